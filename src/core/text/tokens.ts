import { fold } from './fold';

/**
 * The words of a text, folded: letters and digits, with apostrophes and inner hyphens kept inside a word
 * ("d'ici", "year-end"); every other character separates words.
 */
export function tokenise(text: string): string[] {
  const folded = fold(text);
  if (folded === '') return [];
  const out: string[] = [];
  for (const raw of folded.split(/[^a-z0-9'\-]+/)) {
    const word = raw.replace(/^['\-]+|['\-]+$/g, '');
    if (word !== '') out.push(word);
  }
  return out;
}

/**
 * A light stem: strips the longest of `suffixes` that leaves at least three letters, so "ventas" meets "venta"
 * and "customers" meets "customer". It only has to be consistent, not correct.
 */
export function stemWord(word: string, suffixes: readonly string[]): string {
  if (word.length <= 4) return word;
  let best = '';
  for (const suffix of suffixes) {
    if (suffix.length > best.length && word.length - suffix.length >= 3 && word.endsWith(suffix)) best = suffix;
  }
  return best === '' ? word : word.slice(0, word.length - best.length);
}
