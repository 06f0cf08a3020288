import { placeholderKey, placeholderKeys } from '../lang';

const PLACEHOLDERS: ReadonlySet<string> = new Set(placeholderKeys());

/**
 * Does the cell only say that nothing is there yet, in any language ("TBD", "n/a", "a definir", "k. A.")?
 * Blank text and punctuation alone ("-", "?") do too.
 */
export function isPlaceholder(text: string): boolean {
  const key = placeholderKey(text);
  return key === '' || PLACEHOLDERS.has(key);
}
