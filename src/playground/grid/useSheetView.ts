/**
 * The grid's state over a workbook: active sheet, selected cell and a version that moves on every
 * change. The workbook's selection is the one truth, so a flow that calls `port.select()` moves
 * the grid, and a click in the grid is what `port.getSelection()` returns.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { cellAddress, parseRangeAddress, type CellRef } from '../../core/grid/a1';
import type { PlaygroundWorkbook } from '../gridSource';

export interface SheetView {
  readonly sheets: readonly string[];
  readonly sheet: string;
  readonly selected: CellRef;
  readonly version: number;
  readonly selectSheet: (sheet: string) => void;
  readonly selectCell: (cell: CellRef) => void;
  /** Set when the workbook refused a selection (it should not, but the user is told). */
  readonly error: string | null;
}

export function useSheetView(workbook: PlaygroundWorkbook): SheetView {
  const [version, setVersion] = useState(0);
  const [sheet, setSheet] = useState(() => workbook.sheetNames()[0] ?? '');
  const [selected, setSelected] = useState<CellRef>({ row: 0, col: 0 });
  const [error, setError] = useState<string | null>(null);
  const current = useRef({ sheet, selected });
  current.current = { sheet, selected };

  useEffect(() => {
    const onChange = (): void => {
      setVersion((v) => v + 1);
      workbook.getSelection().then(
        (sel) => {
          if (!sel) return;
          const range = parseRangeAddress(sel.address);
          const now = current.current;
          if (sel.sheet !== now.sheet || range.top !== now.selected.row || range.left !== now.selected.col) {
            setSheet(sel.sheet);
            setSelected({ row: range.top, col: range.left });
          }
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    };
    return workbook.subscribe(onChange);
  }, [workbook]);

  // A deleted sheet (or a new workbook) falls back to the first sheet.
  const sheets = workbook.sheetNames();
  const activeSheet = sheets.includes(sheet) ? sheet : (sheets[0] ?? '');

  const tell = useCallback(
    (sheetName: string, cell: CellRef) => {
      workbook
        .select(sheetName, cellAddress(cell.row, cell.col))
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    },
    [workbook],
  );

  const selectSheet = useCallback(
    (name: string) => {
      setSheet(name);
      setSelected({ row: 0, col: 0 });
      tell(name, { row: 0, col: 0 });
    },
    [tell],
  );

  const selectCell = useCallback(
    (cell: CellRef) => {
      setSelected(cell);
      tell(current.current.sheet, cell);
    },
    [tell],
  );

  return { sheets, sheet: activeSheet, selected, version, selectSheet, selectCell, error };
}
