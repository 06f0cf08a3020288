/**
 * The grid's state over a workbook: active sheet, the selection (an active cell and the corner a
 * Shift+arrow or a drag stretched it to) and a version that moves on every change. The workbook's
 * selection is the one truth, so a flow that calls `port.select()` moves the grid, and the cells
 * selected in the grid are what `port.getSelection()` returns ("Use my selection").
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseRangeAddress, rangeAddress, type CellRef, type RangeRef } from '../../core/grid/a1';
import type { PlaygroundWorkbook } from '../gridSource';

export interface SheetView {
  readonly sheets: readonly string[];
  readonly sheet: string;
  /** The active cell: the one the formula bar shows and typing edits. */
  readonly selected: CellRef;
  /** The corner opposite the active cell; the same cell when one cell is selected. */
  readonly corner: CellRef;
  /** The selected block, the active cell in one of its corners. */
  readonly range: RangeRef;
  /** The cell the grid keeps on screen: the far corner while a block is being stretched, else the active cell. */
  readonly inView: CellRef;
  readonly version: number;
  readonly selectSheet: (sheet: string) => void;
  readonly selectCell: (cell: CellRef) => void;
  /** Stretches the selection from the active cell to `corner`. */
  readonly extendTo: (corner: CellRef) => void;
  /** Set when the workbook refused a selection or a write; the user is told in plain words. */
  readonly error: string | null;
  readonly showError: (message: string | null) => void;
}

export function blockOf(a: CellRef, b: CellRef): RangeRef {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function addressOf(range: RangeRef): string {
  return rangeAddress(range.top, range.left, range.bottom, range.right);
}

export function useSheetView(workbook: PlaygroundWorkbook): SheetView {
  const [version, setVersion] = useState(0);
  const [sheet, setSheet] = useState(() => workbook.sheetNames()[0] ?? '');
  const [selected, setSelected] = useState<CellRef>({ row: 0, col: 0 });
  const [corner, setCorner] = useState<CellRef>({ row: 0, col: 0 });
  const [stretching, setStretching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = useRef({ sheet, selected, corner });
  current.current = { sheet, selected, corner };
  // Each change asks the workbook for its selection; only the latest answer counts, because a
  // write's notice can be answered after the grid has already selected the next cell.
  const asked = useRef(0);

  useEffect(() => {
    const onChange = (): void => {
      setVersion((v) => v + 1);
      const ask = ++asked.current;
      workbook.getSelection().then(
        (sel) => {
          if (!sel || ask !== asked.current) return;
          const range = parseRangeAddress(sel.address);
          const now = current.current;
          if (sel.sheet === now.sheet && addressOf(blockOf(now.selected, now.corner)) === addressOf(range)) return;
          setSheet(sel.sheet);
          setSelected({ row: range.top, col: range.left });
          setCorner({ row: range.bottom, col: range.right });
          setStretching(false);
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
    (sheetName: string, active: CellRef, end: CellRef) => {
      current.current = { sheet: sheetName, selected: active, corner: end };
      asked.current++;
      workbook
        .select(sheetName, addressOf(blockOf(active, end)))
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    },
    [workbook],
  );

  const selectSheet = useCallback(
    (name: string) => {
      const origin = { row: 0, col: 0 };
      setSheet(name);
      setSelected(origin);
      setCorner(origin);
      setStretching(false);
      tell(name, origin, origin);
    },
    [tell],
  );

  const selectCell = useCallback(
    (cell: CellRef) => {
      setSelected(cell);
      setCorner(cell);
      setStretching(false);
      tell(current.current.sheet, cell, cell);
    },
    [tell],
  );

  const extendTo = useCallback(
    (end: CellRef) => {
      setCorner(end);
      setStretching(true);
      tell(current.current.sheet, current.current.selected, end);
    },
    [tell],
  );

  return {
    sheets,
    sheet: activeSheet,
    selected,
    corner,
    range: blockOf(selected, corner),
    inView: stretching ? corner : selected,
    version,
    selectSheet,
    selectCell,
    extendTo,
    error,
    showError: setError,
  };
}
