/** Text folding every engine shares: case, accents and odd spaces do not change what a word means. */

const PLAIN_ASCII = /^[\x00-\x7f]*$/;
/** Spaces people paste from the web and from Word: non-breaking, thin, ideographic, zero-width. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t\r\n\f\v]+/g;

/** Lower case without accents: "Février" and "fevrier" meet. Spacing is left as it is. */
export function foldAccents(text: string): string {
  // Most cells are plain ASCII; Unicode normalisation is the costly part, so only accented text pays for it.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Lower case, no accents, every run of spaces (non-breaking, tabs, line breaks) one plain space, trimmed:
 * " Mayor  es Mejor " and "mayor es mejor" meet. German ß reads as ss.
 */
export function fold(text: string): string {
  const folded = PLAIN_ASCII.test(text)
    ? text.toLowerCase()
    : foldAccents(text.replace(ODD_SPACES, ' ')).replace(/ß/g, 'ss');
  return folded.replace(/\s+/g, ' ').trim();
}

/** Lower case with every kind of space removed, accents kept: what the native Excel formula compares. */
export function squeeze(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, '');
}
