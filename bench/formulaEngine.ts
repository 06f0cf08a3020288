/**
 * Custom function versus native formula in one spreadsheet engine, side by side in one run:
 * the same 100,000 KPI rows, a column of =RUDDER.KPI_STATUS(...) against a column of the
 * equivalent native IF formula (undated statuses, higher and lower, 10% tolerance band).
 */
import type { RawCellContent } from 'hyperformula';
import { createRudderFunctions } from '../src/functions/registry';
import { buildEngine } from '../src/host/memory/engine';
import { serialFromYmd } from '../src/core/dates/serial';

export interface FormulaEngineBench {
  readonly rows: number;
  readonly customMs: number;
  readonly nativeMs: number;
  /** customMs / nativeMs; the budget is at most 1.2. */
  readonly ratio: number;
  /** Rows where the two columns disagree (must be 0, or the comparison is not like for like). */
  readonly disagreements: number;
}

const NATIVE = (r: number): string =>
  `=IF(A${r}="","No data",IF(C${r}="lower",IF(A${r}<=B${r},"Achieved",IF(A${r}<=B${r}+ABS(B${r})*0.1,"At risk","Off track")),IF(A${r}>=B${r},"Achieved",IF(A${r}>=B${r}-ABS(B${r})*0.1,"At risk","Off track"))))`;
const CUSTOM = (r: number): string => `=RUDDER.KPI_STATUS(A${r},B${r},C${r})`;

function dataRows(rows: number): RawCellContent[][] {
  const out: RawCellContent[][] = [];
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < rows; i++) {
    const target = 50 + Math.round(random() * 200);
    const actual = i % 50 === 0 ? null : Math.round(target * (0.7 + random() * 0.6));
    out.push([actual, target, i % 3 === 0 ? 'lower' : 'higher']);
  }
  return out;
}

function timeColumn(data: RawCellContent[][], formula: (r: number) => string): { ms: number; values: unknown[] } {
  const hf = buildEngine({
    functions: createRudderFunctions(() => serialFromYmd(2027, 1, 15)),
    maxRows: data.length + 10,
  });
  const id = hf.getSheetId(hf.addSheet('KPIs')) ?? 0;
  hf.setSheetContent(id, data);
  const column = data.map((_, i) => [formula(i + 1)]);
  const started = performance.now();
  hf.setCellContents({ sheet: id, row: 0, col: 3 }, column);
  const ms = performance.now() - started;
  const values = hf.getSheetValues(id).map((row) => row[3]);
  hf.destroy();
  return { ms, values };
}

export function benchFormulaEngine(rows = 100_000, rounds = 3): FormulaEngineBench {
  const data = dataRows(rows);
  timeColumn(dataRows(2000), CUSTOM);
  timeColumn(dataRows(2000), NATIVE);
  const custom: number[] = [];
  const native: number[] = [];
  let disagreements = 0;
  for (let round = 0; round < rounds; round++) {
    // Alternate the order so warm-up and garbage collection fall on both sides alike.
    const first = round % 2 === 0 ? CUSTOM : NATIVE;
    const a = timeColumn(data, first);
    const b = timeColumn(data, first === CUSTOM ? NATIVE : CUSTOM);
    const [c, n] = first === CUSTOM ? [a, b] : [b, a];
    custom.push(c.ms);
    native.push(n.ms);
    if (round === 0) disagreements = c.values.filter((v, i) => v !== n.values[i]).length;
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const customMs = median(custom);
  const nativeMs = median(native);
  return { rows, customMs, nativeMs, ratio: customMs / nativeMs, disagreements };
}
