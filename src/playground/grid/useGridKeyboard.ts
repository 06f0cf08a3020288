/**
 * Spreadsheet keys for the grid: arrows, Page Up/Down, Home/End and Ctrl+Home/End move; with
 * Shift they stretch the selection; Enter, F2 or a character start editing; Delete clears. Tab is
 * left alone so it moves focus out of the grid (the ARIA grid pattern): keyboard users are never trapped.
 */
import { useCallback, type KeyboardEvent } from 'react';
import type { CellRef } from '../../core/grid/a1';
import { idleKeyAction, type EditMode } from './cellEditing';

export interface GridBounds {
  readonly rows: number;
  readonly columns: number;
  /** Rows per page, for Page Up/Down. */
  readonly pageRows: number;
  /** The last used row and column (Ctrl+End). */
  readonly lastUsed: CellRef;
}

/** The cell a key moves to, or `null` when the key is not a navigation key. */
export function nextCell(key: string, ctrl: boolean, at: CellRef, bounds: GridBounds): CellRef | null {
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

/** What a key pressed on the grid (not in the editor) does. */
export type GridKeyAction =
  | { readonly kind: 'move'; readonly to: CellRef }
  | { readonly kind: 'extend'; readonly to: CellRef }
  | { readonly kind: 'edit'; readonly mode: EditMode; readonly replaceWith: string | null }
  | { readonly kind: 'clear' };

export interface KeyPress {
  readonly key: string;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

/** Navigation keys move the active cell, or with Shift the far corner of the selection. */
export function gridKeyAction(press: KeyPress, at: CellRef, corner: CellRef, bounds: GridBounds): GridKeyAction | null {
  const target = nextCell(press.key, press.ctrl, press.shift ? corner : at, bounds);
  if (target) return { kind: press.shift ? 'extend' : 'move', to: target };
  return idleKeyAction(press.key, press);
}

export interface GridKeyHandlers {
  readonly onMove: (cell: CellRef) => void;
  /** Shift with a navigation key: the selection's far corner moves. */
  readonly onExtend: (corner: CellRef) => void;
  readonly onEdit: (mode: EditMode, replaceWith: string | null) => void;
  readonly onClear: () => void;
}

export function useGridKeyboard(
  at: CellRef,
  corner: CellRef,
  bounds: GridBounds,
  handlers: GridKeyHandlers,
): (event: KeyboardEvent) => void {
  const { onMove, onExtend, onEdit, onClear } = handlers;
  return useCallback(
    (event: KeyboardEvent) => {
      // Keys typed into the cell editor are the editor's.
      if (event.target !== event.currentTarget) return;
      const press = { key: event.key, ctrl: event.ctrlKey || event.metaKey, shift: event.shiftKey, alt: event.altKey };
      const action = gridKeyAction(press, at, corner, bounds);
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'move') onMove(action.to);
      else if (action.kind === 'extend') onExtend(action.to);
      else if (action.kind === 'clear') onClear();
      else onEdit(action.mode, action.replaceWith);
    },
    [at, corner, bounds, onMove, onExtend, onEdit, onClear],
  );
}
