/**
 * Where a table's data ends: at a totals row, a note, a title, a new header, or two blank rows.
 * Walks every row once and reads only the table's own columns, so a million rows stay linear.
 */
import { NOTE_WORDS, TOTAL_WORDS } from './lexicon';
import { evaluateHeader } from './header';
import { presentIn, type SheetView } from './sheet';
import { normalizeText } from './text';

export interface Extent {
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Repeated header rows and blank rows inside the data, 0-based. */
  readonly skipped: readonly number[];
}

/** Lower-cased header texts by column, for spotting a header repeated after a page break. */
export type HeaderTexts = ReadonlyMap<number, string>;

function isRepeatedHeader(view: SheetView, r: number, header: HeaderTexts): boolean {
  const needed = Math.max(2, Math.ceil(header.size * 0.6));
  let same = 0;
  let different = 0;
  for (const [c, text] of header) {
    const v = view.value(r, c);
    // Length first: most data cells differ from their header in length, which costs nothing to check.
    if (typeof v === 'string' && v.length >= text.length && v.trim().toLowerCase() === text) same++;
    else if (++different > header.size - needed) return false;
  }
  return same >= needed;
}

function firstText(view: SheetView, r: number, left: number, right: number): { text: string; col: number } | undefined {
  const from = Math.max(left, view.rowFirst[r]);
  const to = Math.min(right, view.rowLast[r]);
  for (let c = from; c <= to; c++) {
    const v = view.value(r, c);
    if (typeof v === 'string' && v.trim() !== '') return { text: v, col: c };
    if (view.present(r, c)) return undefined;
  }
  return undefined;
}

function otherText(view: SheetView, r: number, left: number, right: number, except: number): boolean {
  const from = Math.max(left, view.rowFirst[r]);
  const to = Math.min(right, view.rowLast[r]);
  for (let c = from; c <= to; c++) {
    if (c === except) continue;
    const v = view.value(r, c);
    if (typeof v === 'string' && /[a-z]{2}/i.test(v) && !/^[$€£¥]?[\d\s.,%()-]+$/.test(v)) return true;
  }
  return false;
}

const TOTAL_PREFIXES: ReadonlySet<string> = new Set([...TOTAL_WORDS].map((w) => w.slice(0, 3)));

/** "Total", "Grand total", "Summe", or "Total costs" alone in a row of figures. */
function isTotalsRow(view: SheetView, r: number, left: number, right: number): boolean {
  const first = firstText(view, r, left, right);
  if (!first || first.text.length > 40) return false;
  // Folding accents costs more than the rest of the row walk: look at the first letters first.
  if (!TOTAL_PREFIXES.has(first.text.trim().slice(0, 3).toLowerCase())) return false;
  const norm = normalizeText(first.text);
  if (TOTAL_WORDS.has(norm)) return true;
  const words = norm.split(' ');
  const lead = words.length > 1 && (TOTAL_WORDS.has(words[0]) || TOTAL_WORDS.has(`${words[0]} ${words[1]}`));
  return lead && !otherText(view, r, left, right, first.col);
}

function isNoteRow(view: SheetView, r: number, left: number, right: number): boolean {
  const first = firstText(view, r, left, right);
  if (!first) return false;
  const text = first.text.trim();
  if (text.startsWith('*') || text.startsWith('(')) return true;
  const word = normalizeText(text).split(' ')[0];
  return NOTE_WORDS.has(word) || (text.length >= 60 && right - left >= 2);
}

/** One caption repeated across the row: a merged title over the next block, never data. */
function isMergedTitle(view: SheetView, r: number, left: number, right: number): boolean {
  const from = Math.max(left, view.rowFirst[r]);
  const to = Math.min(right, view.rowLast[r]);
  let text: string | undefined;
  let cells = 0;
  for (let c = from; c <= to; c++) {
    const v = view.value(r, c);
    if (v === null) continue;
    if (typeof v !== 'string' || (text !== undefined && v !== text)) return false;
    text = v;
    cells++;
  }
  return cells >= 2 && text !== undefined && text.trim().length >= 4;
}

/** Columns where this row holds text under a number or boolean in the previous data row. */
function typeFlips(view: SheetView, prev: number, r: number, left: number, right: number): number {
  let flips = 0;
  const from = Math.max(left, view.rowFirst[r]);
  const to = Math.min(right, view.rowLast[r]);
  for (let c = from; c <= to; c++) {
    const before = view.value(prev, c);
    if (typeof view.value(r, c) === 'string' && (typeof before === 'number' || typeof before === 'boolean')) flips++;
  }
  return flips;
}

/** After a blank row, a row that is plainly a header (role words, typed columns below) starts another table. */
function startsNewTable(view: SheetView, r: number): boolean {
  const candidate = evaluateHeader(view, r);
  return candidate !== undefined && candidate.roleHits + candidate.contrast >= 2 && candidate.score >= 0.7;
}

export function findExtent(
  view: SheetView,
  headerBottom: number,
  left: number,
  right: number,
  header: HeaderTexts,
): Extent | undefined {
  let first = -1;
  let last = -1;
  const skipped: number[] = [];
  let blanks: number[] = [];
  for (let r = headerBottom + 1; r < view.rows; r++) {
    const present = presentIn(view, r, left, right);
    if (present === 0) {
      blanks.push(r);
      if (blanks.length >= 2 || (first < 0 && blanks.length >= 2)) break;
      continue;
    }
    if (isRepeatedHeader(view, r, header)) {
      if (first >= 0) skipped.push(...blanks, r);
      blanks = [];
      continue;
    }
    if (isTotalsRow(view, r, left, right)) break;
    const afterBlank = blanks.length > 0;
    if (
      present === 1 &&
      right > left &&
      (afterBlank || isNoteRow(view, r, left, right)) &&
      firstText(view, r, left, right)
    )
      break;
    if (afterBlank && first >= 0 && (startsNewTable(view, r) || isMergedTitle(view, r, left, right))) break;
    // Without a blank row, only a row that turns numbers into labels in several columns is checked.
    if (!afterBlank && last >= 0 && typeFlips(view, last, r, left, right) >= 2 && startsNewTable(view, r)) break;
    if (first < 0) first = r;
    else skipped.push(...blanks);
    blanks = [];
    last = r;
  }
  if (first < 0) return undefined;
  // A repeated header after the last data row ends the table; it is not a skipped row inside it.
  return { firstDataRow: first, lastDataRow: last, skipped: skipped.filter((r) => r > first && r < last) };
}
