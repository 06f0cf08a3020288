/** Text helpers shared by validation, import and the eval: one notion of "the same words". */

/** Trims, turns every run of whitespace (newlines too) into one space, drops control characters. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The comparison key of an item: case, accents, spacing and trailing punctuation ignored,
 * so "Loyal customers." and "loyal  Customers" count as one item.
 */
export function textKey(text: string): string {
  return cleanText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s.,;:!?…]+$/u, '')
    .replace(/^[\s•·▪◦*-]+/u, '');
}

/** Cuts text to at most `max` characters at a word boundary when one is near, ending with an ellipsis. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const cut = text.slice(0, room);
  const space = cut.lastIndexOf(' ');
  const base = space > room * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s.,;:]+$/, '')}…`;
}
