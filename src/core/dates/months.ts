/** Month names of every language pack, indexed once; accents and a trailing dot do not matter. */
import { monthEntries } from '../lang';
import { foldAccents } from '../text/fold';

export { foldAccents } from '../text/fold';

const MONTH_INDEX: ReadonlyMap<string, number> = new Map(monthEntries());

/** The month number (1-12) of a month name or abbreviation in any known language, else `undefined`. */
export function monthFromName(word: string): number | undefined {
  const plain = word.endsWith('.') ? word.slice(0, -1) : word;
  return MONTH_INDEX.get(plain.toLowerCase()) ?? MONTH_INDEX.get(foldAccents(plain));
}

/** Every known month word (accented and plain spellings), longest first, for building patterns. */
export function monthWords(): readonly string[] {
  return [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length);
}
