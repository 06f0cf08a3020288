import { columnLefts, gridExtent, ROW_HEIGHT, scrollToShow, visibleWindow } from './geometry';
import { gridKeyAction, nextCell, type GridBounds } from './useGridKeyboard';

describe('grid geometry', () => {
  it('turns column widths into left edges, with a default for unset columns', () => {
    const lefts = columnLefts(3, (c) => (c === 1 ? 20 : null));
    expect(lefts).toHaveLength(4);
    expect(lefts[2] - lefts[1]).toBeGreaterThan(lefts[1] - lefts[0]);
  });

  it('draws only the rows on screen of a 10,000-row sheet, plus a little overscan', () => {
    const lefts = columnLefts(10, () => null);
    const win = visibleWindow({ top: 5000 * ROW_HEIGHT, left: 0, height: 20 * ROW_HEIGHT, width: 400 }, 10_000, lefts);
    expect(win.firstRow).toBeGreaterThan(4990);
    expect(win.lastRow - win.firstRow).toBeLessThan(40);
    expect(win.firstCol).toBe(0);
    expect(win.lastCol).toBeLessThan(9);
  });

  it('offers room beyond the used range', () => {
    expect(gridExtent({ rows: 10, columns: 3 })).toEqual({ rows: 60, columns: 16 });
    expect(gridExtent({ rows: 10_000, columns: 30 })).toEqual({ rows: 10_020, columns: 34 });
  });

  it('scrolls just enough to show a cell', () => {
    expect(scrollToShow(100, 200, 150, 174)).toBe(100);
    expect(scrollToShow(100, 200, 50, 74)).toBe(50);
    expect(scrollToShow(100, 200, 400, 424)).toBe(224);
  });
});

describe('grid keys', () => {
  const bounds: GridBounds = { rows: 100, columns: 20, pageRows: 10, lastUsed: { row: 40, col: 8 } };

  it('moves with the arrows and stops at the edges', () => {
    expect(nextCell('ArrowDown', false, { row: 0, col: 0 }, bounds)).toEqual({ row: 1, col: 0 });
    expect(nextCell('ArrowUp', false, { row: 0, col: 0 }, bounds)).toEqual({ row: 0, col: 0 });
    expect(nextCell('ArrowLeft', false, { row: 3, col: 0 }, bounds)).toEqual({ row: 3, col: 0 });
  });

  it('jumps to the used range with Ctrl and to the ends with Home/End', () => {
    expect(nextCell('ArrowDown', true, { row: 0, col: 2 }, bounds)).toEqual({ row: 40, col: 2 });
    expect(nextCell('End', true, { row: 0, col: 0 }, bounds)).toEqual({ row: 40, col: 8 });
    expect(nextCell('Home', false, { row: 5, col: 5 }, bounds)).toEqual({ row: 5, col: 0 });
  });

  it('leaves Tab alone so focus can leave the grid', () => {
    expect(nextCell('Tab', false, { row: 0, col: 0 }, bounds)).toBeNull();
  });

  it('leaves Enter to the cell editor', () => {
    expect(nextCell('Enter', false, { row: 0, col: 0 }, bounds)).toBeNull();
  });

  const press = (key: string, shift = false): { key: string; ctrl: boolean; shift: boolean; alt: boolean } => ({
    key,
    ctrl: false,
    shift,
    alt: false,
  });

  it('stretches the selection from its far corner with Shift, and moves the active cell without', () => {
    const at = { row: 3, col: 0 };
    const corner = { row: 5, col: 2 };
    expect(gridKeyAction(press('ArrowDown', true), at, corner, bounds)).toEqual({
      kind: 'extend',
      to: { row: 6, col: 2 },
    });
    expect(gridKeyAction(press('ArrowDown'), at, corner, bounds)).toEqual({ kind: 'move', to: { row: 4, col: 0 } });
  });

  it('starts editing with Enter or a character and clears with Delete', () => {
    const at = { row: 0, col: 0 };
    expect(gridKeyAction(press('Enter'), at, at, bounds)).toEqual({ kind: 'edit', mode: 'edit', replaceWith: null });
    expect(gridKeyAction(press('x'), at, at, bounds)).toEqual({ kind: 'edit', mode: 'enter', replaceWith: 'x' });
    expect(gridKeyAction(press('Delete'), at, at, bounds)).toEqual({ kind: 'clear' });
  });
});
