/**
 * Label-above-text blocks: headings down one column, each over the text it names ("Vision" over the vision,
 * "Strengths" over a list of strengths), with nothing beside them. No row of such a block is a header, so the
 * ordinary reading finds nothing; the headings say what the block is.
 */
import { columnLetter, parseRangeAddress, rangeAddress } from '../grid/a1';
import { STRATEGY_WORDS, SWOT_WORDS } from './lexicon';
import type { SheetView } from './sheet';
import { displayText, normalizeText } from './text';
import type { DetectedTable, TableKind } from './types';

/** Headings are short: a long line that mentions "strengths" is an item about them. */
const MAX_HEADING_WORDS = 6;
/** Blank rows a block may hold between one section and the next. */
const MAX_GAP = 2;
/** Distinct headings of one kind a column needs before it reads as a block of sections. */
const MIN_HEADINGS = 2;
const KIND_CONFIDENCE = 0.7;
const COLUMN_CONFIDENCE = 0.6;

interface Heading {
  readonly kind: TableKind;
  /** The quadrant or strategy element it names, so two headings naming the same thing count once. */
  readonly key: string;
}

/** The quadrant or strategy element a short line names, in whole or in a run of one to three of its words. */
export function headingOf(text: string): Heading | undefined {
  const words = normalizeText(text)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return undefined;
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const phrase = words.slice(i, i + size).join(' ');
      const quadrant = SWOT_WORDS.get(phrase);
      if (quadrant) return { kind: 'swot', key: quadrant };
      if (STRATEGY_WORDS.has(phrase)) return { kind: 'strategy', key: phrase };
    }
  }
  return undefined;
}

/** The text a row holds in its one column, when it holds nothing else (a merged cell repeats the same text). */
function loneText(view: SheetView, r: number): string | undefined {
  if (view.rowCount[r] === 0) return undefined;
  const first = view.rowFirst[r];
  const value = view.value(r, first);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  for (let c = first + 1; c <= view.rowLast[r]; c++) {
    if (view.present(r, c) && view.value(r, c) !== value) return undefined;
  }
  return value;
}

interface Block {
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
  readonly kind: TableKind;
  readonly headings: readonly number[];
  /** Enough distinct headings with text under them; a run that falls short is skipped whole. */
  readonly valid: boolean;
}

/** Grows a block down from its first heading over lone texts in the same column, across short gaps. */
function blockFrom(view: SheetView, col: number, top: number, kind: TableKind): Block {
  const headings: number[] = [];
  const keys = new Set<string>();
  let bottom = top;
  let gap = 0;
  let textUnderLast = false;
  let sectionsWithText = 0;
  for (let r = top; r < view.rows; r++) {
    if (view.rowCount[r] === 0) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    const text = view.rowFirst[r] === col ? loneText(view, r) : undefined;
    if (text === undefined) break;
    gap = 0;
    bottom = r;
    const heading = headingOf(text);
    if (heading && heading.kind === kind) {
      if (textUnderLast) sectionsWithText++;
      headings.push(r);
      keys.add(heading.key);
      textUnderLast = false;
    } else textUnderLast = true;
  }
  if (textUnderLast) sectionsWithText++;
  const valid = keys.size >= MIN_HEADINGS && sectionsWithText >= MIN_HEADINGS;
  return { col, top, bottom, kind, headings, valid };
}

function tableOf(view: SheetView, block: Block): DetectedTable {
  const row = (r: number): number => view.originRow + r + 1;
  const headingRows = new Set(block.headings);
  const skipped: number[] = [];
  for (let r = block.top + 2; r < block.bottom; r++)
    if (headingRows.has(r) || view.rowCount[r] === 0) skipped.push(row(r));
  return {
    sheet: view.name,
    range: rangeAddress(
      view.originRow + block.top,
      view.originCol + block.col,
      view.originRow + block.bottom,
      view.originCol + block.col,
    ),
    headerRow: row(block.top),
    headerRows: 1,
    firstDataRow: row(block.top + 1),
    lastDataRow: row(block.bottom),
    kind: block.kind,
    kindConfidence: KIND_CONFIDENCE,
    layout: 'flat',
    orientation: 'sections',
    columns: [
      {
        column: columnLetter(view.originCol + block.col),
        index: view.originCol + block.col,
        header: displayText(view.value(block.top, block.col)),
        role: 'other',
        confidence: COLUMN_CONFIDENCE,
        alternatives: [],
      },
    ],
    skippedRows: skipped,
  };
}

/** The spans of rows (0-based, in the view) that tables already found cover. */
function coveredSpans(view: SheetView, found: readonly DetectedTable[]): (readonly [number, number])[] {
  return found.map((t) => {
    const r = parseRangeAddress(t.range);
    return [r.top - view.originRow, r.bottom - view.originRow] as const;
  });
}

/** Longer lines are never headings: they are not even read for heading words. */
const MAX_HEADING_CHARS = 80;

/** The label-above-text blocks of a sheet, outside the tables already found. Reads each row at most twice. */
export function findSections(view: SheetView, found: readonly DetectedTable[]): DetectedTable[] {
  const spans = coveredSpans(view, found);
  const covered = (top: number, bottom: number): boolean => spans.some(([a, b]) => top <= b && a <= bottom);
  const out: DetectedTable[] = [];
  for (let r = 0; r < view.rows; r++) {
    const span = spans.find(([a, b]) => a <= r && r <= b);
    if (span) {
      r = span[1];
      continue;
    }
    const text = loneText(view, r);
    const heading = text === undefined || text.length > MAX_HEADING_CHARS ? undefined : headingOf(text);
    if (!heading) continue;
    const block = blockFrom(view, view.rowFirst[r], r, heading.kind);
    // A later start inside the same run sees fewer headings, so a run that falls short is not walked again.
    if (block.valid && !covered(block.top, block.bottom)) out.push(tableOf(view, block));
    r = block.bottom;
  }
  return out;
}
