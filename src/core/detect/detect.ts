/**
 * Finding the tables on a sheet: walk the rows, take the first header-like row of each block,
 * find where its data ends, then read what each column means from its header and a sample of
 * its cells. Linear in the cells: every row is read a bounded number of times.
 */
import { formatSerialIso } from '../dates';
import { columnLetter, rangeAddress } from '../grid/a1';
import { isCellError, type SheetSnapshot } from '../grid/types';
import { cellType, isDateFormat } from './cells';
import { findExtent } from './extent';
import { evaluateHeader, hasGroupAbove, isGroupRow, isSubHeaderRow, type HeaderCandidate } from './header';
import { tableKind } from './kind';
import { swotQuadrantOf } from './lexicon';
import { settleLayout } from './layout';
import { DETECT_MESSAGES } from './messages';
import { profileColumn } from './profile';
import { alternativesOf, inferRoles, settleForKind, settleOther, type ColumnInput } from './roles';
import { viewOf, type SheetView } from './sheet';
import { splitSegments } from './segments';
import { findSections } from './sections';
import { withSideways } from './sideways';
import { displayText } from './text';
import type { DetectedTable, Detection, DetectOptions } from './types';

/** Header rows are looked for only near the top of each block of rows, which bounds the search. */
const HEADER_SEARCH_ROWS = 30;
const DEFAULT_MAX_ROWS = 200;
/** A column Rudder does not copy is never shown as a sure thing: the user should look before it is left out. */
const OTHER_CONFIDENCE_CAP = 0.75;
/** Cells sampled per table for role inference, so a very wide table does not read every cell. */
const SAMPLE_CELL_BUDGET = 200_000;

function headerText(view: SheetView, r: number, c: number): string {
  const v = view.value(r, c);
  if (typeof v === 'number' && isDateFormat(view.format(r, c))) return formatSerialIso(v);
  return displayText(v);
}

/** Data rows to read for roles: all of them when few, else evenly spread over the extent. */
function sampleRows(first: number, last: number, skipped: ReadonlySet<number>, cap: number): number[] {
  const out: number[] = [];
  const span = last - first + 1;
  const step = span <= cap ? 1 : span / cap;
  for (let i = 0; i < span && out.length < cap; i += step) {
    const r = first + Math.floor(i);
    if (!skipped.has(r)) out.push(r);
  }
  return out;
}

/** A column that only repeats its header text down the rows: a merged cell as ExcelJS reads it, not data. */
function isMergedBlock(view: SheetView, col: ColumnInput, sample: readonly number[], headerRow: number): boolean {
  const own = view.value(headerRow, col.index);
  let repeats = 0;
  for (const r of sample) {
    const v = view.value(r, col.index);
    if (v === own && own !== null) repeats++;
    else if (v !== null || view.formula(r, col.index) !== null) return false;
  }
  return repeats > 0 || own === null;
}

/** Group texts spread right over the columns a merged cell covered (value only in its first cell). */
function groupTexts(view: SheetView, groupRow: number, left: number, right: number, spread: boolean): string[] {
  const out: string[] = [];
  let current = '';
  for (let c = left; c <= right; c++) {
    if (view.present(groupRow, c)) current = headerText(view, groupRow, c);
    else if (!spread) current = '';
    out.push(current);
  }
  return out;
}

function buildTable(
  view: SheetView,
  block: HeaderBlock,
  left: number,
  right: number,
  maxRows: number,
  rowQuadrants: number,
): DetectedTable | undefined {
  const headerRow = block.header.row;
  let top = block.top;
  let groups = top < headerRow ? groupTexts(view, top, left, right, block.spread) : [];
  // One caption over every column of the table is its title, not a level of its header.
  if (block.spread && groups.every((g) => g === groups[0])) {
    top = headerRow;
    groups = [];
  }
  const header = new Map<number, string>();
  for (let c = left; c <= right; c++) {
    const v = view.value(headerRow, c);
    if (typeof v === 'string' && v.trim() !== '') header.set(c, v.trim().toLowerCase());
  }
  const extent = findExtent(view, headerRow, left, right, header);
  if (!extent) return undefined;
  const skipped = new Set(extent.skipped);
  const width = right - left + 1;
  const cap = Math.max(20, Math.min(maxRows, Math.floor(SAMPLE_CELL_BUDGET / width)));
  const sample = sampleRows(extent.firstDataRow, extent.lastDataRow, skipped, cap);
  const inputs: ColumnInput[] = [];
  for (let c = left; c <= right; c++) {
    const name = headerText(view, headerRow, c);
    const group = groups[c - left] ?? '';
    const headerLabel = [group, name].filter((s) => s !== '').join(' ');
    inputs.push({ index: c, header: headerLabel, name, group, profile: profileColumn(view, c, sample) });
  }
  if (inputs.every((col) => isMergedBlock(view, col, sample, headerRow))) return undefined;
  const roled = inferRoles(inputs);
  const above = top > 0 ? groupTexts(view, top - 1, left, right, false).filter((t) => t !== '') : [];
  const guessed = tableKind(roled, above, rowQuadrants);
  settleForKind(roled, guessed.kind);
  const { layout, kind } = settleLayout(roled, guessed);
  if (kind.kind === 'other') settleOther(roled);
  const row = (r: number): number => view.originRow + r + 1;
  return {
    sheet: view.name,
    range: rangeAddress(
      view.originRow + top,
      view.originCol + left,
      view.originRow + extent.lastDataRow,
      view.originCol + right,
    ),
    headerRow: row(top),
    headerRows: headerRow - top + 1,
    firstDataRow: row(extent.firstDataRow),
    lastDataRow: row(extent.lastDataRow),
    kind: kind.kind,
    kindConfidence: kind.confidence,
    layout,
    orientation: 'rows',
    columns: roled.map((col) => ({
      column: columnLetter(view.originCol + col.input.index),
      index: view.originCol + col.input.index,
      header: col.input.header,
      role: col.role,
      confidence: col.role === 'other' ? Math.min(col.confidence, OTHER_CONFIDENCE_CAP) : col.confidence,
      alternatives: alternativesOf(col),
    })),
    skippedRows: extent.skipped.map(row),
  };
}

/** Why there is nothing to structure, read from a bounded sample of the sheet's cells. */
function reasonForNothing(view: SheetView, sawLonelyHeader: boolean): string {
  let present = 0;
  let text = 0;
  let errors = 0;
  let uncalculated = 0;
  let rowsWithContent = 0;
  let widest = 0;
  let firstRow = -1;
  let firstRowUncalculated = 0;
  const columns = new Set<number>();
  const texts = new Set<string>();
  for (let r = 0; r < view.rows && present < 100_000; r++) {
    if (view.rowCount[r] === 0) continue;
    rowsWithContent++;
    if (firstRow < 0) firstRow = r;
    widest = Math.max(widest, view.rowCount[r]);
    for (let c = view.rowFirst[r]; c <= view.rowLast[r]; c++) {
      if (!view.present(r, c)) continue;
      present++;
      if (columns.size < 2) columns.add(c);
      const v = view.value(r, c);
      if (v === null) {
        uncalculated++;
        if (r === firstRow) firstRowUncalculated++;
      } else if (isCellError(v)) errors++;
      else if (cellType(v, view.format(r, c)) === 'text') {
        text++;
        if (texts.size < 2) texts.add(displayText(v));
      }
    }
  }
  if (present === 0) return DETECT_MESSAGES.emptySheet;
  if (uncalculated === present) return DETECT_MESSAGES.uncalculated;
  if (errors === present) return DETECT_MESSAGES.onlyErrors;
  if (firstRowUncalculated >= 2 && firstRowUncalculated === view.rowCount[firstRow] && rowsWithContent > 1)
    return DETECT_MESSAGES.headerUncalculated;
  if (text === 0) return DETECT_MESSAGES.onlyNumbers;
  if (texts.size === 1 && text === present && widest > 1) return DETECT_MESSAGES.onlyMerged;
  if (columns.size === 1 && rowsWithContent > 2) return DETECT_MESSAGES.singleColumn;
  if (rowsWithContent <= 2 && widest <= 1) return DETECT_MESSAGES.onlyTitle;
  if (rowsWithContent === 1 && text >= 2) return DETECT_MESSAGES.headerWithoutData;
  if (sawLonelyHeader) return DETECT_MESSAGES.headerWithoutData;
  return DETECT_MESSAGES.noHeader;
}

/** The header at `row`, or the pair of rows starting there when it is a group row over the real header. */
interface HeaderBlock {
  readonly top: number;
  readonly header: HeaderCandidate;
  /** Whether top-row texts spread right over blank cells, as a merged group cell does. */
  readonly spread: boolean;
}

function headerBlock(view: SheetView, candidate: HeaderCandidate): HeaderBlock {
  const next = candidate.row + 1 < view.rows ? evaluateHeader(view, candidate.row + 1) : undefined;
  if (next && isGroupRow(view, candidate, next)) return { top: candidate.row, header: next, spread: true };
  // The lower line is the one read first for roles, so the sub-header takes the header's place.
  if (next && isSubHeaderRow(candidate, next)) {
    return { top: candidate.row, header: { ...next, left: candidate.left, right: candidate.right }, spread: false };
  }
  if (hasGroupAbove(view, candidate)) return { top: candidate.row - 1, header: candidate, spread: true };
  return { top: candidate.row, header: candidate, spread: false };
}

/** How many SWOT quadrants the cells of a header row name. */
function quadrantsNamed(view: SheetView, header: HeaderCandidate): number {
  const quadrants = new Set<string>();
  for (let c = header.left; c <= header.right; c++) {
    const q = view.present(header.row, c) ? swotQuadrantOf(displayText(view.value(header.row, c))) : undefined;
    if (q) quadrants.add(q);
  }
  return quadrants.size;
}

/**
 * The tables on a sheet: header rows with records under them, then sideways tables (field names down a column)
 * where the ordinary reading found nothing Rudder can use, then blocks of headings over text.
 */
export function detectTables(sheet: SheetSnapshot, options: DetectOptions = {}): Detection {
  const view = viewOf(sheet);
  const upright = detectRows(view, options);
  const found = upright.ok ? upright.tables : [];
  const turnedToo = withSideways(sheet, found, (turned) => {
    const result = detectRows(viewOf(turned), options);
    return result.ok ? result.tables : [];
  });
  const tables = [...turnedToo, ...findSections(view, turnedToo)];
  return tables.length > 0 ? { ok: true, tables } : upright;
}

function detectRows(view: SheetView, options: DetectOptions): Detection {
  const maxRows = Math.max(1, Math.floor(options.maxRows ?? DEFAULT_MAX_ROWS));
  const tables: DetectedTable[] = [];
  let sawLonelyHeader = false;
  let blockRow = 0;
  for (let r = 0; r < view.rows; r++) {
    if (view.rowCount[r] === 0) {
      blockRow = 0;
      continue;
    }
    if (++blockRow > HEADER_SEARCH_ROWS) continue;
    const candidate = evaluateHeader(view, r);
    if (!candidate) continue;
    const block = headerBlock(view, candidate);
    let end = -1;
    const rowQuadrants = quadrantsNamed(view, block.header);
    for (const [left, right] of splitSegments(view, block.header, block.top, block.spread)) {
      const table = buildTable(view, block, left, right, maxRows, rowQuadrants);
      if (!table) continue;
      tables.push(table);
      end = Math.max(end, table.lastDataRow - view.originRow - 1);
    }
    if (end < 0) {
      sawLonelyHeader = true;
      continue;
    }
    r = end;
    blockRow = 0;
  }
  return tables.length > 0 ? { ok: true, tables } : { ok: false, reason: reasonForNothing(view, sawLonelyHeader) };
}
