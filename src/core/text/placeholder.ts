import { placeholderKey, placeholderKeys } from '../lang';

// Marked pure so a bundle that never asks about placeholders (the custom functions) leaves the words out.
const PLACEHOLDERS: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ placeholderKeys());

/** Text made only of the marks people type for "nothing here": "-", "--", "—", "?", "…". */
const NOTHING_MARKS = /^[\s\-–—.?/\\*_~…]*$/;

/**
 * Does the cell only say that nothing is there yet, in any language ("TBD", "n/a", "a definir", "k. A.")?
 * Blank text and dashes or question marks alone ("-", "?") do too; a lone "$", "%" or "#" does not.
 */
export function isPlaceholder(text: string): boolean {
  const key = placeholderKey(text);
  // Dashes, dots and question marks stand for nothing; a lone "$", "%" or "#" is a header or a unit.
  if (key === '') return NOTHING_MARKS.test(text);
  return PLACEHOLDERS.has(key);
}
