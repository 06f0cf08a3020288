/** The mouse on the grid: click selects a cell, Shift+click or a drag selects a block, a double-click edits. */
import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import type { CellRef } from '../../core/grid/a1';

export interface GridPointerHandlers {
  readonly onSelect: (cell: CellRef) => void;
  readonly onExtend: (corner: CellRef) => void;
  readonly onEditHere: () => void;
}

function cellAt(event: MouseEvent): CellRef | null {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
  return target ? { row: Number(target.dataset.row), col: Number(target.dataset.col) } : null;
}

export function useGridPointer({ onSelect, onExtend, onEditHere }: GridPointerHandlers): {
  readonly onMouseDown: (event: MouseEvent) => void;
  readonly onMouseOver: (event: MouseEvent) => void;
  readonly onDoubleClick: (event: MouseEvent) => void;
} {
  const dragging = useRef<CellRef | null>(null);

  useEffect(() => {
    const stop = (): void => {
      dragging.current = null;
    };
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

  const onMouseDown = useCallback(
    (event: MouseEvent) => {
      if (event.button !== 0) return;
      const cell = cellAt(event);
      if (!cell) return;
      if (event.shiftKey) {
        onExtend(cell);
        return;
      }
      onSelect(cell);
      dragging.current = cell;
    },
    [onSelect, onExtend],
  );

  const onMouseOver = useCallback(
    (event: MouseEvent) => {
      const from = dragging.current;
      if (!from) return;
      const cell = cellAt(event);
      if (!cell || (cell.row === from.row && cell.col === from.col)) return;
      dragging.current = cell;
      onExtend(cell);
    },
    [onExtend],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      if (cellAt(event)) onEditHere();
    },
    [onEditHere],
  );

  return { onMouseDown, onMouseOver, onDoubleClick };
}
