/**
 * Editing the grid's cells: start on the active cell, keep the typed text, and on commit write it
 * through the port (so the engine recalculates and every dependent cell, Rudder's statuses
 * included, follows). An unchanged entry writes nothing.
 */
import { useCallback, useRef, useState } from 'react';
import { cellAddress, type CellRef } from '../../core/grid/a1';
import type { CellInput } from '../../host/port';
import type { PlaygroundWorkbook } from '../gridSource';
import { cellInputFromText, editTextOf, type EditingState, type EditMode } from './cellEditing';
import type { SheetView } from './useSheetView';

export interface CellEditor {
  readonly state: EditingState;
  readonly start: (mode: EditMode, replaceWith: string | null) => void;
  readonly change: (text: string) => void;
  /** Writes the entry; `move` steps the active cell after it (Enter, Tab, arrows). */
  readonly commit: (move: { readonly rows: number; readonly cols: number } | null) => void;
  readonly cancel: () => void;
  /** Empties the selected cells (Delete). */
  readonly clear: () => void;
}

const IDLE: EditingState = { editing: false };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useCellEditor(workbook: PlaygroundWorkbook, view: SheetView, limits: CellRef): CellEditor {
  const [state, setState] = useState<EditingState>(IDLE);
  // Read and cleared synchronously: the editor's blur after Enter must not write a second time.
  const live = useRef<EditingState>(IDLE);
  const update = useCallback((next: EditingState): void => {
    live.current = next;
    setState(next);
  }, []);
  const { sheet, selected, range, selectCell, showError } = view;

  const start = useCallback(
    (mode: EditMode, replaceWith: string | null) => {
      if (!sheet) return;
      const used = workbook.getSheetDimensions(sheet);
      const inUse = selected.row < used.rows && selected.col < used.columns;
      const original = editTextOf(inUse ? workbook.getCellDisplay(sheet, selected.row, selected.col) : null);
      update({ editing: true, sheet, ...selected, original, text: replaceWith ?? original, mode });
    },
    [workbook, sheet, selected, update],
  );

  const change = useCallback(
    (text: string) => {
      const now = live.current;
      if (now.editing) update({ ...now, text });
    },
    [update],
  );

  const commit = useCallback(
    (move: { readonly rows: number; readonly cols: number } | null) => {
      const now = live.current;
      if (!now.editing) return;
      update(IDLE);
      if (now.text !== now.original) {
        showError(null);
        workbook
          .writeBlock(now.sheet, cellAddress(now.row, now.col), [[cellInputFromText(now.text)]])
          .catch((error: unknown) => showError(messageOf(error)));
      }
      if (move)
        selectCell({
          row: Math.min(limits.row, Math.max(0, now.row + move.rows)),
          col: Math.min(limits.col, Math.max(0, now.col + move.cols)),
        });
    },
    [workbook, selectCell, showError, limits.row, limits.col, update],
  );

  const cancel = useCallback(() => update(IDLE), [update]);

  const clear = useCallback(() => {
    if (!sheet) return;
    // Only the part inside the used cells: emptying empty cells changes nothing.
    const used = workbook.getSheetDimensions(sheet);
    const bottom = Math.min(range.bottom, used.rows - 1);
    const right = Math.min(range.right, used.columns - 1);
    if (bottom < range.top || right < range.left) return;
    const rows: CellInput[][] = Array.from({ length: bottom - range.top + 1 }, () =>
      new Array<CellInput>(right - range.left + 1).fill(null),
    );
    showError(null);
    workbook
      .writeBlock(sheet, cellAddress(range.top, range.left), rows)
      .catch((error: unknown) => showError(messageOf(error)));
  }, [workbook, sheet, range, showError]);

  return { state, start, change, commit, cancel, clear };
}
