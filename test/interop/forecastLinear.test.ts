/**
 * KPI_FORECAST(…, "linear") against LibreOffice's FORECAST on the same date serials: the
 * function promises Excel's FORECAST.LINEAR, and LibreOffice is the independent engine here.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { forecastAt, seriesOf } from '../../src/core/forecast';
import { recalculateToCsv } from './libreoffice';

jest.setTimeout(300_000);

interface LinearCase {
  readonly values: number[];
  readonly dates: number[];
  readonly at: number;
}

/** Deterministic histories: 2 to 24 points, monthly to irregular dates, values from -500 to 5,000 with decimals. */
function cases(): LinearCase[] {
  const out: LinearCase[] = [];
  let seed = 7;
  const next = (): number => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  for (let k = 0; k < 200; k++) {
    const n = 2 + (k % 23);
    const dates: number[] = [];
    let d = 44000 + Math.floor(next() * 2000);
    for (let i = 0; i < n; i++) {
      dates.push(d);
      d += 1 + Math.floor(next() * (k % 2 === 0 ? 31 : 120));
    }
    const values = dates.map(() => Math.round((next() * 5500 - 500) * 100) / 100);
    out.push({ values, dates, at: d + Math.floor(next() * 400) });
  }
  return out;
}

it('equals LibreOffice FORECAST within 1e-9 (relative) on 200 histories', async () => {
  const all = cases();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Linear');
  all.forEach((c, i) => {
    const r = i + 1;
    const n = c.values.length;
    // Column A: the answer; B: at; then the values, then the dates, on one row each.
    ws.getCell(r, 2).value = c.at;
    c.values.forEach((v, j) => (ws.getCell(r, 3 + j).value = v));
    c.dates.forEach((v, j) => (ws.getCell(r, 30 + j).value = v));
    const col = (c0: number): string => ws.getColumn(c0).letter;
    ws.getCell(r, 1).value = {
      formula: `FORECAST(B${r},${col(3)}${r}:${col(2 + n)}${r},${col(30)}${r}:${col(29 + n)}${r})`,
    };
    ws.getCell(r, 1).numFmt = '0.000000000000E+00';
  });
  const file = join(mkdtempSync(join(tmpdir(), 'rudder-forecast-')), 'linear.xlsx');
  await wb.xlsx.writeFile(file);
  const sheets = await recalculateToCsv(file);
  const rows = sheets.Linear;
  let compared = 0;
  all.forEach((c, i) => {
    const theirs = Number(rows[i][0]);
    const ours = forecastAt(seriesOf(c.values, c.dates), c.at, 'linear');
    if (!ours.ok) throw new Error(ours.reason);
    expect(Number.isFinite(theirs)).toBe(true);
    expect(Math.abs(ours.forecast.value - theirs)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(theirs)));
    compared++;
  });
  expect(compared).toBe(200);
});
