/**
 * Where a table's header and body go, computed once for every adapter so that all three put
 * the same cells in the same places (and pass one contract suite).
 */
import { WorkbookError } from '../errors';
import type { CellInput, TableColumnSpec, TableSpec } from '../port';
import type { TableGeometry } from '../structuredRefs';
import { cellRef, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, rangeText } from './addresses';
import { formulaText } from './cellInputs';

/** Excel table names: a letter, `_` or `\` first, then letters, digits, `_` and `.`; at most 255. */
export function checkTableName(name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rc]$/i.test(name)) {
    throw new WorkbookError(
      `"${name}" cannot be a table name: use letters, digits and _ (starting with a letter), not a cell address.`,
      'bad-address',
    );
  }
}

export interface TablePlan {
  readonly geometry: TableGeometry;
  /** A1 range including the header row. */
  readonly range: string;
  readonly bodyRange: string;
  /** Body rows; Excel keeps one (empty) body row even for a table without data. */
  readonly bodyRows: number;
  /** Body cells, row-major: plain inputs, or the formula text (structured references kept) for formula columns. */
  readonly body: readonly (readonly CellInput[])[];
  readonly columns: readonly TableColumnSpec[];
}

/**
 * Lays out `spec` with its header row at `top`/`left` (the existing table's sheet and place when
 * it is updated). Duplicate or blank headers are refused: Excel would rename them silently.
 */
export function planTable(
  spec: TableSpec,
  place?: { readonly sheet: string; readonly top: number; readonly left: number },
): TablePlan {
  checkTableName(spec.name);
  if (spec.columns.length === 0)
    throw new WorkbookError(`Table ${spec.name} needs at least one column.`, 'write-failed');
  const seen = new Set<string>();
  for (const col of spec.columns) {
    const key = col.header.trim().toLowerCase();
    if (key === '') throw new WorkbookError(`Table ${spec.name} has a column without a header.`, 'write-failed');
    if (seen.has(key))
      throw new WorkbookError(`Table ${spec.name} has two columns named "${col.header}".`, 'write-failed');
    seen.add(key);
  }
  const origin =
    place ??
    (() => {
      const ref = cellRef(spec.topLeft);
      return { sheet: spec.sheet, top: ref.row, left: ref.col };
    })();
  const bodyRows = Math.max(1, spec.rows.length);
  const bottom = origin.top + bodyRows;
  const right = origin.left + spec.columns.length - 1;
  if (bottom >= MAX_SHEET_ROWS || right >= MAX_SHEET_COLUMNS) {
    throw new WorkbookError(`Table ${spec.name} would run past the edge of the sheet.`, 'too-large');
  }
  const body: CellInput[][] = [];
  for (let r = 0; r < bodyRows; r++) {
    const source = spec.rows[r] ?? [];
    body.push(
      spec.columns.map((col, c) =>
        col.formula !== undefined ? { formula: formulaText(col.formula) } : (source[c] ?? null),
      ),
    );
  }
  return {
    geometry: {
      name: spec.name,
      sheet: origin.sheet,
      headerRow: origin.top,
      left: origin.left,
      bottom,
      headers: spec.columns.map((c) => c.header),
    },
    range: rangeText({ top: origin.top, left: origin.left, bottom, right }),
    bodyRange: rangeText({ top: origin.top + 1, left: origin.left, bottom, right }),
    bodyRows,
    body,
    columns: spec.columns,
  };
}
