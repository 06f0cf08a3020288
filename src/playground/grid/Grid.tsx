/**
 * A windowed spreadsheet grid: only the rows and columns on screen are in the DOM, so a
 * 10,000-row sheet scrolls as smoothly as a small one. Headers sit outside the scroller and
 * follow it by transform, so they never lag a frame behind.
 */
import { mergeClasses } from '@fluentui/react-components';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { cellAddress, columnLetter, type CellRef, type RangeRef } from '../../core/grid/a1';
import { isCellError } from '../../core/grid/types';
import type { GridSource } from '../gridSource';
import { columnLefts, gridExtent, HEADER_HEIGHT, ROW_HEIGHT, scrollToShow, visibleWindow } from './geometry';
import { useGridStyles } from './Grid.styles';
import { CellEditor } from './CellEditor';
import type { CellEditor as Editor } from './useCellEditor';
import { useGridKeyboard, type GridBounds } from './useGridKeyboard';
import { useGridPointer } from './useGridPointer';

export interface GridProps {
  readonly source: GridSource;
  readonly sheet: string;
  /** Changes whenever the workbook does, so the grid redraws. */
  readonly version: number;
  /** The active cell. */
  readonly selected: CellRef;
  /** The selection's far corner (the active cell itself when one cell is selected). */
  readonly corner: CellRef;
  readonly range: RangeRef;
  /** The cell to keep on screen. */
  readonly inView: CellRef;
  readonly onSelect: (cell: CellRef) => void;
  readonly onExtend: (corner: CellRef) => void;
  readonly editor: Editor;
  /** Width in characters for columns the workbook sets no width for. */
  readonly widthHint?: (sheet: string, col: number) => number | null;
}

interface Viewport {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

function cellId(sheet: string, cell: CellRef): string {
  return `grid-${sheet.replace(/[^A-Za-z0-9]/g, '_')}-${cellAddress(cell.row, cell.col)}`;
}

/** Text spills into empty cells on its right, as in Excel; this is how many columns it covers. */
const MAX_SPILL_COLUMNS = 8;

function spillColumns(
  source: GridSource,
  sheet: string,
  row: number,
  col: number,
  usedColumns: number,
  lastCol: number,
): number {
  let span = 1;
  while (span < MAX_SPILL_COLUMNS && col + span <= lastCol) {
    const next = col + span;
    if (next < usedColumns && source.getCellDisplay(sheet, row, next).text !== '') break;
    span++;
  }
  return span;
}

function inside(range: RangeRef, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

export function Grid(props: GridProps): JSX.Element {
  const { source, sheet, selected, corner, range, inView, onSelect, onExtend, editor, widthHint } = props;
  const styles = useGridStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const colStrip = useRef<HTMLDivElement>(null);
  const rowStrip = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Viewport>({ top: 0, left: 0, height: 600, width: 800 });

  // Read on every render (cheap): `version` changes re-render the grid after each workbook change.
  const used = source.getSheetDimensions(sheet);
  const extent = gridExtent(used);
  const lefts = columnLefts(extent.columns, (c) => source.getColumnWidth(sheet, c) ?? widthHint?.(sheet, c) ?? null);
  const win = visibleWindow(viewport, extent.rows, lefts);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    // Headers follow at once; the windowed body re-renders from state.
    if (colStrip.current) colStrip.current.style.transform = `translateX(${-el.scrollLeft}px)`;
    if (rowStrip.current) rowStrip.current.style.transform = `translateY(${-el.scrollTop}px)`;
    setViewport({ top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth });
  }, []);

  useLayoutEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure, sheet]);

  // Keep the moving end of the selection on screen (keyboard moves, Shift+arrows, jumps from the task pane).
  const inViewLeft = lefts[inView.col] ?? 0;
  const inViewRight = lefts[inView.col + 1] ?? 0;
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const top = scrollToShow(el.scrollTop, el.clientHeight, inView.row * ROW_HEIGHT, (inView.row + 1) * ROW_HEIGHT);
    const left = scrollToShow(el.scrollLeft, el.clientWidth, inViewLeft, inViewRight);
    if (top !== el.scrollTop || left !== el.scrollLeft) el.scrollTo({ top, left });
  }, [inView, inViewLeft, inViewRight]);

  const bounds = useMemo<GridBounds>(
    () => ({
      rows: extent.rows,
      columns: extent.columns,
      pageRows: Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 1),
      lastUsed: { row: Math.max(0, used.rows - 1), col: Math.max(0, used.columns - 1) },
    }),
    [extent.rows, extent.columns, viewport.height, used.rows, used.columns],
  );
  const onKeyDown = useGridKeyboard(selected, corner, bounds, {
    onMove: onSelect,
    onExtend,
    onEdit: editor.start,
    onClear: editor.clear,
  });
  const editHere = editor.start;
  const onEditHere = useCallback(() => editHere('edit', null), [editHere]);
  const pointer = useGridPointer({ onSelect, onExtend, onEditHere });
  const focusGrid = useCallback(() => scroller.current?.focus(), []);
  const isBlock = range.top !== range.bottom || range.left !== range.right;
  const blockBox = {
    top: range.top * ROW_HEIGHT,
    left: lefts[range.left] ?? 0,
    height: (range.bottom - range.top + 1) * ROW_HEIGHT,
    width: (lefts[range.right + 1] ?? lefts[lefts.length - 1]) - (lefts[range.left] ?? 0),
  };

  const rows: JSX.Element[] = [];
  const rowHeaders: JSX.Element[] = [];
  for (let r = win.firstRow; r <= win.lastRow; r++) {
    const cells: JSX.Element[] = [];
    for (let c = win.firstCol; c <= win.lastCol; c++) {
      const inUse = r < used.rows && c < used.columns;
      const display = inUse ? source.getCellDisplay(sheet, r, c) : null;
      const isSelected = r === selected.row && c === selected.col;
      const isError = display !== null && isCellError(display.value);
      const spills = display !== null && typeof display.value === 'string' && display.text !== '';
      const spillWidth = spills
        ? lefts[c + spillColumns(source, sheet, r, c, used.columns, win.lastCol)] - lefts[c]
        : 0;
      cells.push(
        <div
          key={c}
          id={isSelected ? cellId(sheet, selected) : undefined}
          role="gridcell"
          aria-colindex={c + 1}
          aria-selected={inside(range, r, c)}
          title={display?.errorMessage ?? undefined}
          data-row={r}
          data-col={c}
          className={mergeClasses(
            styles.cell,
            typeof display?.value === 'number' && styles.number,
            isError && styles.error,
            spillWidth > lefts[c + 1] - lefts[c] && styles.spilling,
            isSelected && styles.selected,
          )}
          style={{
            left: lefts[c],
            width: lefts[c + 1] - lefts[c],
            backgroundColor: display?.fill ?? undefined,
            color: display?.fontColor ?? undefined,
          }}
        >
          {spillWidth > lefts[c + 1] - lefts[c] ? (
            <span
              className={mergeClasses(styles.spill, isBlock && inside(range, r, c) && styles.spillInBlock)}
              style={{ width: spillWidth, backgroundColor: display?.fill ?? undefined }}
            >
              {display?.text}
            </span>
          ) : (
            (display?.text ?? '')
          )}
        </div>,
      );
    }
    rows.push(
      <div
        key={r}
        role="row"
        aria-rowindex={r + 1}
        className={styles.row}
        style={{ top: r * ROW_HEIGHT, width: lefts[lefts.length - 1] }}
      >
        {cells}
      </div>,
    );
    rowHeaders.push(
      <div
        key={r}
        className={mergeClasses(styles.rowHeader, r >= range.top && r <= range.bottom && styles.headerActive)}
        style={{ top: r * ROW_HEIGHT }}
      >
        {r + 1}
      </div>,
    );
  }
  const colHeaders: JSX.Element[] = [];
  for (let c = win.firstCol; c <= win.lastCol; c++) {
    colHeaders.push(
      <div
        key={c}
        className={mergeClasses(styles.colHeader, c >= range.left && c <= range.right && styles.headerActive)}
        style={{ left: lefts[c], width: lefts[c + 1] - lefts[c] }}
      >
        {columnLetter(c)}
      </div>,
    );
  }

  return (
    <div className={styles.root} data-testid="grid">
      <div className={styles.corner} aria-hidden />
      <div className={styles.headerViewport} aria-hidden>
        <div ref={colStrip} className={styles.strip} style={{ height: HEADER_HEIGHT }}>
          {colHeaders}
        </div>
      </div>
      <div className={styles.headerViewport} aria-hidden>
        <div ref={rowStrip} className={styles.strip}>
          {rowHeaders}
        </div>
      </div>
      <div
        ref={scroller}
        className={styles.scroller}
        role="grid"
        aria-label={`Sheet ${sheet}`}
        aria-rowcount={extent.rows}
        aria-colcount={extent.columns}
        aria-activedescendant={cellId(sheet, selected)}
        tabIndex={0}
        onScroll={measure}
        aria-multiselectable
        onKeyDown={onKeyDown}
        onMouseDown={pointer.onMouseDown}
        onMouseOver={pointer.onMouseOver}
        onDoubleClick={pointer.onDoubleClick}
      >
        <div className={styles.spacer} style={{ height: extent.rows * ROW_HEIGHT, width: lefts[lefts.length - 1] }}>
          {isBlock ? <div className={styles.blockFill} style={blockBox} /> : null}
          {rows}
          {isBlock ? <div className={styles.blockEdge} style={blockBox} data-testid="grid-selection" /> : null}
          {editor.state.editing && editor.state.sheet === sheet ? (
            <CellEditor
              editor={editor}
              left={lefts[editor.state.col] ?? 0}
              cellWidth={(lefts[editor.state.col + 1] ?? 0) - (lefts[editor.state.col] ?? 0)}
              onDone={focusGrid}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
