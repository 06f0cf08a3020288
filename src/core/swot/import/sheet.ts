/** A sheet snapshot seen by the SWOT readers: cell access, cached classification, A1 addresses. */
import { cellAddress } from '../../grid/a1';
import { isCellError, type CellValue, type SheetSnapshot } from '../../grid/types';
import type { SwotQuadrant, TowsType } from '../types';
import { classifyText, type TextKind } from './classify';

const PLAIN_REFERENCE = /^=\+?\s*(?:(?:'[^']+'|[^\s!'"()]+)!)?\$?[A-Z]{1,3}\$?\d{1,7}\s*$/iu;

/** An item found by a layout reader, before list cells are split and duplicates dropped. */
export interface RawItem {
  readonly quadrant: SwotQuadrant;
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly entity?: string;
  readonly impact?: number;
  /**
   * Set when the cell holds a strategy or countermeasure rather than an item: its TOWS pairing when the
   * layout says it, and the cell of the item it answers when it answers one.
   */
  readonly strategy?: {
    readonly type: TowsType | null;
    readonly from: { readonly row: number; readonly col: number } | null;
  };
  /** An item a TOWS matrix repeats along its edges: kept only when the workbook lists its items nowhere else. */
  readonly restated?: boolean;
}

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** Cells a reader has already explained (items, labels, headers), so the next reader skips them. */
  readonly consumed = new Set<number>();
  /** Cells in item positions that hold error values, reported once each. */
  readonly errorCells = new Map<number, string>();
  private readonly snapshot: SheetSnapshot;
  private readonly kinds = new Map<number, TextKind>();

  constructor(snapshot: SheetSnapshot) {
    this.snapshot = snapshot;
    this.name = snapshot.name;
    this.rowCount = snapshot.values.length;
    this.colCount = snapshot.values.reduce((max, row) => Math.max(max, row.length), 0);
  }

  key(row: number, col: number): number {
    return row * this.colCount + col;
  }

  value(row: number, col: number): CellValue {
    return this.snapshot.values[row]?.[col] ?? null;
  }

  /** The cell's text when it holds non-blank text, else null (numbers, booleans, errors, blanks). */
  text(row: number, col: number): string | null {
    const v = this.value(row, col);
    return typeof v === 'string' && v.trim() !== '' ? v : null;
  }

  kind(row: number, col: number): TextKind | null {
    const text = this.text(row, col);
    if (text === null) return null;
    const key = this.key(row, col);
    let kind = this.kinds.get(key);
    if (kind === undefined) {
      kind = classifyText(text);
      this.kinds.set(key, kind);
    }
    return kind;
  }

  quadrantAt(row: number, col: number): { quadrant: SwotQuadrant; weak: boolean; letter?: string } | null {
    const k = this.kind(row, col);
    if (k?.kind !== 'quadrant') return null;
    return { quadrant: k.quadrant, weak: k.weak, ...(k.letter !== undefined ? { letter: k.letter } : {}) };
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  address(row: number, col: number): string {
    return cellAddress(this.snapshot.origin.row + row, this.snapshot.origin.col + col);
  }

  /**
   * Reads a cell in an item position: its text if it is an item, nothing for labels and blanks.
   * An error value is remembered for a warning rather than taken as an item. `leftEdge`: the first column of
   * the quadrant being read; the same words just left of it belong to another quadrant, not to a merged cell.
   */
  itemText(row: number, col: number, leftEdge = 0): string | null {
    const v = this.value(row, col);
    if (isCellError(v)) {
      this.errorCells.set(this.key(row, col), v.code);
      return null;
    }
    const k = this.kind(row, col);
    if (
      k?.kind !== 'text' ||
      this.isCopy(row, col) ||
      this.headsNumbers(row, col) ||
      (col > leftEdge && this.continuesMerge(row, col))
    )
      return null;
    return this.text(row, col);
  }

  /**
   * True when the cell to the left holds the same text: a merged cell seen through a reader that repeats the
   * value in every cell it covers (ExcelJS does; Excel shows it once).
   */
  continuesMerge(row: number, col: number): boolean {
    const text = this.text(row, col);
    return col > 0 && text !== null && this.text(row, col - 1) === text;
  }

  /**
   * True when the cell shows another cell's text through a plain reference (`=SWOT!G8`, `=+FODA!E14`):
   * the item is read where it was written, not again in each sheet that repeats it.
   */
  isCopy(row: number, col: number): boolean {
    const formula = this.snapshot.formulas?.[row]?.[col];
    return typeof formula === 'string' && PLAIN_REFERENCE.test(formula);
  }

  /** True when the two cells below hold numbers: the text heads a column of figures (a score block), not a list. */
  private headsNumbers(row: number, col: number): boolean {
    return typeof this.value(row + 1, col) === 'number' && typeof this.value(row + 2, col) === 'number';
  }
}
