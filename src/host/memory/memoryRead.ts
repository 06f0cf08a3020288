/** Reading blocks out of the memory workbook's engine, with the formats and formula texts kept beside it. */
import type { HyperFormula } from 'hyperformula';
import type { RangeRef } from '../../core/grid/a1';
import type { SheetSnapshot } from '../../core/grid/types';
import { fromEngineValue } from './engine';
import { cellKey, type SheetState } from './sheetState';

/** The bounding box of non-empty cells, or `null` for an empty sheet. */
export function usedRef(engine: HyperFormula, sheetId: number): RangeRef | null {
  const values = engine.getSheetValues(sheetId);
  let top = -1;
  let bottom = -1;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  return top < 0 ? null : { top, left, bottom, right };
}

/** Values, formulas (as written, structured references kept) and number formats of a block. */
export function snapshotOf(engine: HyperFormula, sheetId: number, state: SheetState, range: RangeRef): SheetSnapshot {
  const source = {
    start: { sheet: sheetId, row: range.top, col: range.left },
    end: { sheet: sheetId, row: range.bottom, col: range.right },
  };
  const values = engine.getRangeValues(source).map((row) => row.map(fromEngineValue));
  const formulas = engine
    .getRangeFormulas(source)
    .map((row, r) =>
      row.map((f, c) => state.originalFormulas.get(cellKey(range.top + r, range.left + c)) ?? f ?? null),
    );
  const numberFormats = values.map((row, r) =>
    row.map((_, c) => state.formats.get(cellKey(range.top + r, range.left + c)) ?? null),
  );
  return { name: state.name, origin: { row: range.top, col: range.left }, values, formulas, numberFormats };
}
