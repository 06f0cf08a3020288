/** Splitting a cell that holds a list ("• a\n• b", "- a; - b", "1. a 2. b") into its items. */
import { cleanText } from '../text';

// A bullet needs a space after a dash or star so "-5% margin" keeps its sign; symbols need none.
const MARKER = /^\s*(?:[•·▪◦●○■□►▸➢➤✓✔→]\s*|[-–—*+]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)/iu;
const INLINE_SYMBOL = /\s*[•▪◦●○■□►▸➢➤✓✔]\s*/u;

function stripMarker(line: string): string {
  return line.replace(MARKER, '');
}

/** Cleans one piece: marker gone, list separators at the end gone, spacing tidy. */
function tidy(piece: string): string {
  return cleanText(stripMarker(piece)).replace(/[\s;,]+$/u, '');
}

function splitLine(line: string): string[] {
  const symbolParts = line.split(INLINE_SYMBOL).filter((p) => p.trim() !== '');
  if (symbolParts.length > 1 && INLINE_SYMBOL.test(line)) return symbolParts;
  // "- a; - b": semicolons count as separators only when the next piece starts with a marker too.
  if (MARKER.test(line) && /;\s*(?:[-–—*+]\s+|\(?\d{1,2}[.)]\s+)/u.test(line))
    return line.split(/;\s*(?=[-–—*+]\s+|\(?\d{1,2}[.)]\s+)/u);
  // "1. a 2. b 3. c" on one line: split before each following number, but only in a counted list.
  if (/^\s*\(?1[.)]\s+/u.test(line) && /\s\(?2[.)]\s+/u.test(line)) return line.split(/\s(?=\(?\d{1,2}[.)]\s+)/u);
  return [line];
}

/**
 * The items in one cell's text. A cell without list markers or line breaks is one item.
 * A line without a marker that starts in lower case continues the line before it (text wrapped by
 * hand) in a bulleted list, and elsewhere when the line before stops mid-sentence.
 */
export function splitBullets(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const bulleted = lines.some((l) => MARKER.test(l));
  const merged: string[] = [];
  for (const line of lines) {
    const previous = merged[merged.length - 1];
    // Without bullets, a lower-case line after one that stops mid-sentence is the same sentence wrapped by hand.
    const midSentence = previous !== undefined && !/[.;:!?]\s*$/u.test(previous);
    const continues = merged.length > 0 && !MARKER.test(line) && /^\s*\p{Ll}/u.test(line) && (bulleted || midSentence);
    if (continues) merged[merged.length - 1] = `${merged[merged.length - 1]} ${line.trim()}`;
    else merged.push(line);
  }
  return merged
    .flatMap(splitLine)
    .map(tidy)
    .filter((p) => p !== '');
}
