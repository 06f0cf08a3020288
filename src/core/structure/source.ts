/**
 * Reading the user's table: which source column fills each Rudder column (from the corrected
 * roles), and each data row's values converted for its column. The source is only read.
 */
import type { ColumnRole, DetectedColumn, DetectedTable } from '../detect';
import type { CellValue, SheetSnapshot } from '../grid/types';
import { displayText } from '../detect/text';
import { readDate, readNumber, readStrategyType, readTarget, readText, type CellIssue, type ReadCell } from './cells';
import type { DateOrder } from '../dates';
import { columnsOf, isValueColumn, type ValueColumn } from './columns';
import type { PlannedCell, StructureCorrections, StructureKind } from './types';

export interface SourceColumn {
  readonly letter: string;
  readonly index: number;
  readonly header: string;
  readonly role: ColumnRole;
  readonly confidence: number;
  /** Whether the user chose the role (a correction wins over a more confident guess). */
  readonly chosen: boolean;
}

export interface SourceRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** Values by Rudder header (value columns only). */
  readonly values: Readonly<Record<string, PlannedCell>>;
}

export interface IssueCount {
  count: number;
  example: string;
}

export interface SourceRead {
  readonly columns: readonly SourceColumn[];
  /** Rudder header → source column that fills it. */
  readonly filled: ReadonlyMap<string, SourceColumn>;
  readonly notCopied: readonly string[];
  readonly rows: readonly SourceRow[];
  readonly issues: Readonly<Record<CellIssue, IssueCount>>;
  /** Text dates such as 03/04/2027 that were read in the workbook's order but could be read the other way. */
  readonly ambiguousDates: IssueCount;
}

/** A cell of the snapshot by 0-based sheet position. */
export function cellOf(snapshot: SheetSnapshot, row: number, col: number): { value: CellValue; format: string | null } {
  const r = row - snapshot.origin.row;
  const c = col - snapshot.origin.col;
  return { value: snapshot.values[r]?.[c] ?? null, format: snapshot.numberFormats?.[r]?.[c] ?? null };
}

export function sourceColumns(
  table: DetectedTable,
  snapshot: SheetSnapshot,
  corrections: StructureCorrections,
): SourceColumn[] {
  const detectedHeader = table.headerRow + table.headerRows - 1;
  return table.columns.map((col: DetectedColumn) => {
    const chosen = corrections.roles[col.column];
    // With another header row, the column's name is what that row says.
    const header =
      corrections.headerRow === detectedHeader
        ? col.header
        : displayText(cellOf(snapshot, corrections.headerRow - 1, col.index).value);
    return {
      letter: col.column,
      index: col.index,
      header,
      role: chosen ?? col.role,
      confidence: col.confidence,
      chosen: chosen !== undefined,
    };
  });
}

/** The one column per role that fills a Rudder column: a chosen one first, then the surest, then the leftmost. */
function bestOf(
  columns: readonly SourceColumn[],
  role: ColumnRole,
  taken: ReadonlySet<SourceColumn>,
): SourceColumn | undefined {
  return columns
    .filter((c) => c.role === role && !taken.has(c))
    .sort((a, b) => Number(b.chosen) - Number(a.chosen) || b.confidence - a.confidence || a.index - b.index)[0];
}

export function fillColumns(kind: StructureKind, columns: readonly SourceColumn[]): Map<string, SourceColumn> {
  const filled = new Map<string, SourceColumn>();
  const taken = new Set<SourceColumn>();
  for (const col of columnsOf(kind).filter(isValueColumn)) {
    for (const role of col.sources) {
      const found = bestOf(columns, role, taken);
      if (!found) continue;
      filled.set(col.header, found);
      taken.add(found);
      break;
    }
  }
  // A goal sheet's own status words are kept for goals no KPI measures yet.
  if (kind === 'goals') {
    const status = bestOf(columns, 'status', taken);
    if (status) filled.set('Status', status);
  }
  // In a KPI sheet, a second column of goals (when the KPIs have their own column) is the goal link.
  if (kind === 'kpis' && !filled.has('Goal')) {
    const goal = bestOf(columns, 'goal', taken);
    if (goal) filled.set('Goal', goal);
  }
  return filled;
}

function convert(col: ValueColumn, value: CellValue, format: string | null, order: DateOrder): ReadCell {
  switch (col.type) {
    case 'date':
      return readDate(value, format, col.edge ?? 'end', order);
    case 'number':
      return readNumber(value);
    case 'target':
      return readTarget(value);
    case 'strategyType':
      return readStrategyType(value, format);
    default:
      return readText(value, format);
  }
}

const exampleOf = (value: CellValue): string => displayText(value).slice(0, 40);

export function readSource(
  table: DetectedTable,
  snapshot: SheetSnapshot,
  corrections: StructureCorrections & { readonly kind: StructureKind },
  lastDataRow: number,
  order: DateOrder = 'dmy',
): SourceRead {
  const columns = sourceColumns(table, snapshot, corrections);
  const filled = fillColumns(corrections.kind, columns);
  const used = new Set(filled.values());
  const notCopied = columns.filter((c) => !used.has(c) && c.header !== '').map((c) => c.header);
  const valueCols = columnsOf(corrections.kind).filter(isValueColumn);
  const skipped = new Set(table.skippedRows);
  const headerTexts = columns.map((c) => c.header.toLowerCase());
  const issues: Record<CellIssue, IssueCount> = {
    error: { count: 0, example: '' },
    date: { count: 0, example: '' },
    number: { count: 0, example: '' },
  };
  const ambiguousDates: IssueCount = { count: 0, example: '' };
  const rows: SourceRow[] = [];
  for (let row = corrections.headerRow + 1; row <= lastDataRow; row++) {
    if (skipped.has(row)) continue;
    const texts = columns.map((c) => displayText(cellOf(snapshot, row - 1, c.index).value).toLowerCase());
    // A header repeated down the sheet (a printed list) is not a row of data.
    if (texts.every((t, i) => t === headerTexts[i])) continue;
    const values: Record<string, PlannedCell> = {};
    let any = false;
    for (const col of valueCols) {
      const source = filled.get(col.header);
      if (!source) {
        values[col.header] = null;
        continue;
      }
      const { value, format } = cellOf(snapshot, row - 1, source.index);
      const read = convert(col, value, format, order);
      if (read.issue) {
        const count = issues[read.issue];
        if (count.count++ === 0) count.example = exampleOf(value);
      }
      if (read.ambiguousDate && ambiguousDates.count++ === 0) ambiguousDates.example = exampleOf(value);
      values[col.header] = read.cell;
      if (read.cell !== null) any = true;
    }
    const status = filled.get('Status');
    if (status) values.Status = readText(cellOf(snapshot, row - 1, status.index).value, null).cell;
    if (any) rows.push({ row, values });
  }
  return { columns, filled, notCopied, rows, issues, ambiguousDates };
}
