/** A sheet snapshot seen by the SWOT readers: cell access, cached classification, A1 addresses. */
import { cellAddress } from '../../grid/a1';
import { isCellError, type CellValue, type SheetSnapshot } from '../../grid/types';
import type { SwotQuadrant } from '../types';
import { classifyText, type TextKind } from './classify';

/** An item found by a layout reader, before list cells are split and duplicates dropped. */
export interface RawItem {
  readonly quadrant: SwotQuadrant;
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly entity?: string;
  readonly impact?: number;
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

  quadrantAt(row: number, col: number): { quadrant: SwotQuadrant; weak: boolean } | null {
    const k = this.kind(row, col);
    return k?.kind === 'quadrant' ? { quadrant: k.quadrant, weak: k.weak } : null;
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
   * An error value is remembered for a warning rather than taken as an item.
   */
  itemText(row: number, col: number): string | null {
    const v = this.value(row, col);
    if (isCellError(v)) {
      this.errorCells.set(this.key(row, col), v.code);
      return null;
    }
    const k = this.kind(row, col);
    return k?.kind === 'text' ? this.text(row, col) : null;
  }
}
