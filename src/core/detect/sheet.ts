/** A read-only view over a snapshot with the per-row facts every step needs, computed once in one pass. */
import type { CellValue, SheetSnapshot } from '../grid/types';
import { cellType, type CellType } from './cells';
import { textFactsMemo, type TextFacts } from './textFacts';

export interface SheetView {
  readonly name: string;
  readonly originRow: number;
  readonly originCol: number;
  readonly rows: number;
  readonly cols: number;
  value(r: number, c: number): CellValue;
  format(r: number, c: number): string | null;
  formula(r: number, c: number): string | null;
  /** Holds something: a value, or a formula whose result was never calculated. */
  present(r: number, c: number): boolean;
  type(r: number, c: number): CellType;
  /** What a text says, read once per distinct text in this detection. */
  text(raw: string): TextFacts;
  /** Present cells in row `r` (whole row). */
  readonly rowCount: readonly number[];
  /** First and last present column of row `r`, or -1 for an empty row. */
  readonly rowFirst: readonly number[];
  readonly rowLast: readonly number[];
}

function hasValue(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  return typeof v !== 'string' || v.trim() !== '';
}

export function viewOf(sheet: SheetSnapshot): SheetView {
  const values = sheet.values;
  const formats = sheet.numberFormats;
  const formulas = sheet.formulas;
  const rows = values.length;
  const rowCount: number[] = new Array<number>(rows).fill(0);
  const rowFirst: number[] = new Array<number>(rows).fill(-1);
  const rowLast: number[] = new Array<number>(rows).fill(-1);
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    const frow = formulas?.[r];
    const width = Math.max(row.length, frow?.length ?? 0);
    let count = 0;
    let first = -1;
    let last = -1;
    for (let c = 0; c < width; c++) {
      if (hasValue(row[c]) || (frow?.[c] ?? null) !== null) {
        count++;
        if (first < 0) first = c;
        last = c;
      }
    }
    rowCount[r] = count;
    rowFirst[r] = first;
    rowLast[r] = last;
    if (last + 1 > cols) cols = last + 1;
  }
  const value = (r: number, c: number): CellValue => values[r]?.[c] ?? null;
  const format = (r: number, c: number): string | null => formats?.[r]?.[c] ?? null;
  const formula = (r: number, c: number): string | null => formulas?.[r]?.[c] ?? null;
  const text = textFactsMemo();
  // A number's type depends on its format alone, and a sheet has few formats.
  const numberTypes = new Map<string | null, CellType>();
  const numberType = (fmt: string | null): CellType => {
    let t = numberTypes.get(fmt);
    if (t === undefined) {
      t = cellType(0, fmt);
      numberTypes.set(fmt, t);
    }
    return t;
  };
  const type = (r: number, c: number): CellType => {
    const v = value(r, c);
    if (typeof v === 'string') return text(v).type;
    if (typeof v === 'number') return numberType(format(r, c));
    return cellType(v);
  };
  return {
    name: sheet.name,
    originRow: sheet.origin.row,
    originCol: sheet.origin.col,
    rows,
    cols,
    value,
    format,
    formula,
    present: (r, c) => hasValue(values[r]?.[c]) || formula(r, c) !== null,
    type,
    text,
    rowCount,
    rowFirst,
    rowLast,
  };
}

/** Present cells of row `r` between columns `left` and `right` inclusive. */
export function presentIn(view: SheetView, r: number, left: number, right: number): number {
  if (view.rowCount[r] === 0 || view.rowLast[r] < left || view.rowFirst[r] > right) return 0;
  // The common case, a row lying wholly inside the table, costs nothing.
  if (view.rowFirst[r] >= left && view.rowLast[r] <= right) return view.rowCount[r];
  let n = 0;
  const from = Math.max(left, view.rowFirst[r]);
  const to = Math.min(right, view.rowLast[r]);
  for (let c = from; c <= to; c++) if (view.present(r, c)) n++;
  return n;
}
