/**
 * Spreadsheet keys for the grid: arrows, Enter, Page Up/Down, Home/End and Ctrl+Home/End. Tab is
 * left alone so it moves focus out of the grid (the ARIA grid pattern): keyboard users are never trapped.
 */
import { useCallback, type KeyboardEvent } from 'react';
import type { CellRef } from '../../core/grid/a1';

export interface GridBounds {
  readonly rows: number;
  readonly columns: number;
  /** Rows per page, for Page Up/Down. */
  readonly pageRows: number;
  /** The last used row and column (Ctrl+End). */
  readonly lastUsed: CellRef;
}

/** The cell a key moves to, or `null` when the key is not a navigation key. */
export function nextCell(key: string, ctrl: boolean, shift: boolean, at: CellRef, bounds: GridBounds): CellRef | null {
  const clampRow = (r: number): number => Math.min(bounds.rows - 1, Math.max(0, r));
  const clampCol = (c: number): number => Math.min(bounds.columns - 1, Math.max(0, c));
  switch (key) {
    case 'ArrowUp':
      return { row: ctrl ? 0 : clampRow(at.row - 1), col: at.col };
    case 'ArrowDown':
      return { row: ctrl ? bounds.lastUsed.row : clampRow(at.row + 1), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: ctrl ? 0 : clampCol(at.col - 1) };
    case 'ArrowRight':
      return { row: at.row, col: ctrl ? bounds.lastUsed.col : clampCol(at.col + 1) };
    case 'Enter':
      return { row: clampRow(at.row + (shift ? -1 : 1)), col: at.col };
    case 'PageDown':
      return { row: clampRow(at.row + bounds.pageRows), col: at.col };
    case 'PageUp':
      return { row: clampRow(at.row - bounds.pageRows), col: at.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? bounds.lastUsed : { row: at.row, col: bounds.lastUsed.col };
    default:
      return null;
  }
}

export function useGridKeyboard(
  at: CellRef,
  bounds: GridBounds,
  onMove: (cell: CellRef) => void,
): (event: KeyboardEvent) => void {
  return useCallback(
    (event: KeyboardEvent) => {
      const target = nextCell(event.key, event.ctrlKey || event.metaKey, event.shiftKey, at, bounds);
      if (!target) return;
      event.preventDefault();
      onMove(target);
    },
    [at, bounds, onMove],
  );
}
