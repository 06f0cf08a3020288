/**
 * Is this row a header? A header row is mostly labels (text, or numbers and dates that differ
 * from the column below) and shows some evidence: a known header word, labels over typed
 * columns, or labels shorter than the text below them.
 */
import { isNumeric, isTemporal, type CellType } from './cells';
import { headerRoleScores, hasSwotOrStrategyWord } from './match';
import type { SheetView } from './sheet';
import { displayText } from './text';

/** Rows below a candidate header read to learn what its columns hold. */
const LOOKAHEAD_ROWS = 8;
/** Dates or periods over figures in this many columns make a history's header. */
const MIN_PERIOD_RUN = 3;

export interface HeaderCandidate {
  readonly row: number;
  readonly left: number;
  readonly right: number;
  /** Present cells in the row. */
  readonly cells: number;
  /** Distinct values among them (a merged cell read by ExcelJS repeats its value). */
  readonly distinct: number;
  /** Labels naming a role (not just "Type" or "Category"), a SWOT quadrant or a strategy element. */
  readonly roleHits: number;
  /** Text labels over columns of numbers, dates or booleans. */
  readonly contrast: number;
  /** True when the row right below is blank. */
  readonly blankBelow: boolean;
  readonly score: number;
}

interface Below {
  readonly rows: readonly number[];
  readonly dominant: ReadonlyMap<number, CellType>;
  readonly avgTextLen: number;
}

/** The next non-blank rows under `row` within the span, stopping at two blank rows in a row. */
export function rowsBelow(view: SheetView, row: number, left: number, right: number, limit = LOOKAHEAD_ROWS): number[] {
  const out: number[] = [];
  let blanks = 0;
  for (let r = row + 1; r < view.rows && out.length < limit; r++) {
    if (view.rowCount[r] === 0 || view.rowLast[r] < left || view.rowFirst[r] > right) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    out.push(r);
  }
  return out;
}

function mostCommon(types: readonly CellType[]): CellType | undefined {
  let best: CellType | undefined;
  let bestN = 0;
  for (const t of types) {
    let n = 0;
    for (const u of types) if (u === t) n++;
    if (n > bestN) [best, bestN] = [t, n];
  }
  return best;
}

function readBelow(view: SheetView, row: number, left: number, right: number): Below {
  const rows = rowsBelow(view, row, left, right);
  const dominant = new Map<number, CellType>();
  let textLen = 0;
  let textCells = 0;
  const types: CellType[] = [];
  for (let c = left; c <= right; c++) {
    types.length = 0;
    for (const r of rows) {
      const t = view.type(r, c);
      if (t === 'blank') continue;
      types.push(t);
      if (t === 'text') {
        textLen += displayText(view.value(r, c)).length;
        textCells++;
      }
    }
    const best = mostCommon(types);
    if (best) dominant.set(c, best);
  }
  return { rows, dominant, avgTextLen: textCells ? textLen / textCells : 0 };
}

function isLabel(type: CellType, below: CellType | undefined): boolean {
  if (type === 'text') return true;
  // A period over a column not filled in yet: a template's check-in dates, still labels.
  if (isTemporal(type) && below === undefined) return true;
  if (type === 'blank' || type === 'error' || below === undefined) return false;
  if (isNumeric(type) && isNumeric(below)) return false;
  return type !== below;
}

/** "Period:" or "Benchmark: 40-60": a field's caption (with a short value), not the name of a column. */
function isFormLabel(text: string): boolean {
  return /[:：]$/.test(text) || /^[^:：]{1,30}[:：]\s*\S.{0,15}$/.test(text);
}

/** Scores `row` as a header; `undefined` when it plainly is not one. */
export function evaluateHeader(view: SheetView, row: number): HeaderCandidate | undefined {
  if (view.rowCount[row] < 2) return undefined;
  // Uncalculated formulas and placeholders are not labels.
  const left = view.rowFirst[row];
  const right = view.rowLast[row];
  const seen = new Map<string, number>();
  const captions = new Set<string>();
  let cells = 0;
  let formLabels = 0;
  let afterFormLabel = false;
  for (let c = left; c <= right; c++) {
    if (view.value(row, c) === null || view.type(row, c) === 'blank') continue;
    cells++;
    const text = displayText(view.value(row, c));
    seen.set(text.toLowerCase(), (seen.get(text.toLowerCase()) ?? 0) + 1);
    const field = isFormLabel(text);
    if (field) formLabels++;
    else if (!afterFormLabel) captions.add(text.toLowerCase());
    afterFormLabel = field;
  }
  // A title merged across columns repeats one value; form fields ("Period:") are labels of single values,
  // and a title beside a few fields ("Page: 2") is a document's heading, not a header.
  if (seen.size < 2 || captions.size < 2 || formLabels * 2 >= cells) return undefined;
  // One merged text over most of the row, beside a field or two ("Fecha", a date), is a heading too.
  if (seen.size <= 3 && Math.max(...seen.values()) * 2 > cells) return undefined;
  const below = readBelow(view, row, left, right);
  if (below.rows.length === 0) return undefined;
  let labels = 0;
  let contrast = 0;
  let hits = 0;
  let roleHits = 0;
  let headerLen = 0;
  let headerTexts = 0;
  let periodsOverFigures = 0;
  for (let c = left; c <= right; c++) {
    const type = view.type(row, c);
    if (type === 'blank') continue;
    const under = below.dominant.get(c);
    if (!isLabel(type, under)) continue;
    labels++;
    if (isTemporal(type) && under !== undefined && isNumeric(under)) periodsOverFigures++;
    if (type !== 'text') continue;
    const text = displayText(view.value(row, c));
    if (isFormLabel(text)) continue;
    headerLen += text.length;
    headerTexts++;
    if (under !== undefined && under !== 'text') contrast++;
    const roles = headerRoleScores(text);
    const swot = hasSwotOrStrategyWord(text);
    if (roles.size > 0 || swot) hits++;
    if (swot || [...roles.keys()].some((role) => role !== 'other')) roleHits++;
  }
  const labelShare = labels / cells;
  if (labelShare < 0.6) return undefined;
  const avgHeader = headerTexts ? headerLen / headerTexts : 0;
  const shorter = below.avgTextLen > 0 && avgHeader > 0 && avgHeader < 0.7 * below.avgTextLen ? 1 : 0;
  // A run of dates or periods over figures is a history's header (weekly check-ins under an objective's title).
  const periodRun = periodsOverFigures >= MIN_PERIOD_RUN ? 1 : 0;
  const evidence = contrast + hits + shorter + periodRun;
  if (evidence === 0) return undefined;
  const score = labelShare * (0.5 + 0.5 * Math.min(1, evidence / 3));
  const blankBelow = row + 1 >= view.rows || view.rowCount[row + 1] === 0;
  return { row, left, right, cells, distinct: seen.size, roleHits, contrast, blankBelow, score };
}

/**
 * A group row ("Q1" over "Target", "Actual") sits right above the real header, names fewer
 * columns than it does and leaves gaps where a merged cell spans.
 */
export function isGroupRow(view: SheetView, group: HeaderCandidate, header: HeaderCandidate): boolean {
  if (header.row !== group.row + 1 || group.distinct >= header.distinct) return false;
  let gapUnderHeader = false;
  for (let c = group.left; c <= group.right; c++) {
    if (!view.present(group.row, c) && view.present(header.row, c)) gapUnderHeader = true;
    const t = view.type(group.row, c);
    if (t !== 'blank' && t !== 'text' && t !== 'period' && t !== 'number') return false;
  }
  return gapUnderHeader || group.cells > group.distinct;
}

/**
 * A second header line under the real one ("Status" under "Customer sign-off"): fewer labels,
 * at least one naming a role, and set apart from the data by a blank row or by typed columns.
 */
export function isSubHeaderRow(header: HeaderCandidate, sub: HeaderCandidate): boolean {
  if (sub.row !== header.row + 1 || sub.cells >= header.cells || sub.roleHits === 0) return false;
  return sub.blankBelow || sub.contrast > 0 || sub.roleHits >= 2;
}

/**
 * The row right above an accepted header, when it groups that header's columns: labels such as
 * "Q1" or "2026" (periods, which alone do not look like a header), over a merged span, inside the
 * header's columns. A single caption at the table's left edge is a title instead.
 */
export function hasGroupAbove(view: SheetView, header: HeaderCandidate): boolean {
  const r = header.row - 1;
  if (r < 0 || view.rowCount[r] === 0) return false;
  if (view.rowFirst[r] < header.left || view.rowLast[r] > header.right) return false;
  const seen = new Set<string>();
  let merged = false;
  let periods = 0;
  let previous: string | undefined;
  for (let c = header.left; c <= header.right; c++) {
    const t = view.type(r, c);
    if (t === 'blank') {
      if (previous !== undefined && view.present(header.row, c)) merged = true;
      continue;
    }
    if (t !== 'text') {
      // Figures above a header are totals or rates of its columns, not captions; a year is a caption.
      const v = view.value(r, c);
      const year = typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100;
      if (t !== 'period' && t !== 'date' && !year) return false;
      periods++;
    }
    const text = displayText(view.value(r, c));
    // "Employee no.: 100050" above a header is a form's field, not a caption over columns.
    if (isFormLabel(text)) return false;
    if (text === previous) merged = true;
    previous = text;
    seen.add(text);
  }
  if (seen.size === 0 || seen.size >= header.distinct) return false;
  // One text caption is a subtitle; one "Q1" or "2026" over some columns still groups them.
  if (seen.size === 1 && (view.rowFirst[r] === header.left || periods === 0)) return false;
  return merged;
}
