/**
 * One-step accuracy on wide histories (one row per metric, one column per period) found in the
 * corpus workbooks: each of the last three periods is forecast from the periods before it, and
 * the mean absolute error is scaled by the in-sample error of repeating the last value (MASE;
 * below 1 beats that naive forecast). Tables are found, not listed: a header row with eight or
 * more ascending dates in adjacent cells, and every row under it with eight or more numbers.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { serialFromUtcDate } from '../src/core/dates/serial';
import { cleanSeries, forecastAt } from '../src/core/forecast';

const MIN_PERIODS = 8;
const HELD_OUT = 3;

export interface WideSeriesScore {
  readonly table: string;
  readonly row: string;
  readonly periods: number;
  /** Mean absolute scaled error of Rudder's default forecast (null when the history is flat). */
  readonly mase: number | null;
  /** The same for repeating the last value, out of sample. */
  readonly naiveMase: number | null;
}

export interface WideReport {
  readonly series: readonly WideSeriesScore[];
  readonly tables: readonly {
    table: string;
    series: number;
    medianMase: number;
    belowOne: number;
    beatsNaive: number;
  }[];
  readonly scored: number;
  readonly belowOne: number;
  readonly flat: number;
  /** Workbooks ExcelJS could not open. */
  readonly unreadable: readonly string[];
}

function cellNumber(value: ExcelJS.CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value && typeof value === 'object' && 'result' in value) {
    const r = (value as { result?: unknown }).result;
    return typeof r === 'number' && Number.isFinite(r) ? r : null;
  }
  return null;
}

function cellDate(value: ExcelJS.CellValue): number | null {
  return value instanceof Date ? serialFromUtcDate(value) : null;
}

/** The longest run of adjacent ascending date cells in a row: [first column, dates]. */
function dateRun(row: ExcelJS.Row, width: number): { from: number; dates: number[] } | null {
  let best: { from: number; dates: number[] } | null = null;
  let run: { from: number; dates: number[] } | null = null;
  for (let c = 1; c <= width + 1; c++) {
    const d = c <= width ? cellDate(row.getCell(c).value) : null;
    if (d !== null && run !== null && d > run.dates[run.dates.length - 1]) run.dates.push(d);
    else {
      if (run !== null && (best === null || run.dates.length > best.dates.length)) best = run;
      run = d === null ? null : { from: c, dates: [d] };
    }
  }
  return best !== null && best.dates.length >= MIN_PERIODS ? best : null;
}

function rowLabel(row: ExcelJS.Row, before: number): string {
  const parts: string[] = [];
  for (let c = 1; c < before; c++) {
    const v = row.getCell(c).value;
    if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
  }
  return parts.join(' / ') || `row ${row.number}`;
}

export function scoreHistory(
  table: string,
  row: string,
  values: readonly number[],
  dates: readonly number[],
): WideSeriesScore {
  const n = values.length;
  let scale = 0;
  for (let t = 1; t < n - HELD_OUT; t++) scale += Math.abs(values[t] - values[t - 1]);
  scale /= n - HELD_OUT - 1;
  let error = 0;
  let naive = 0;
  for (let k = n - HELD_OUT; k < n; k++) {
    const cleaned = cleanSeries(values.slice(0, k), dates.slice(0, k));
    if (!cleaned.ok) throw new Error(cleaned.reason);
    const outcome = forecastAt(cleaned.series, dates[k]);
    if (!outcome.ok) throw new Error(outcome.reason);
    error += Math.abs(values[k] - outcome.forecast.value);
    naive += Math.abs(values[k] - values[k - 1]);
  }
  const flat = !(scale > 0);
  return {
    table,
    row,
    periods: n,
    mase: flat ? null : error / HELD_OUT / scale,
    naiveMase: flat ? null : naive / HELD_OUT / scale,
  };
}

async function workbookSeries(path: string, file: string): Promise<WideSeriesScore[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: WideSeriesScore[] = [];
  for (const ws of wb.worksheets) {
    const width = ws.columnCount;
    let header: { from: number; dates: number[] } | null = null;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const run = dateRun(row, width);
      if (run !== null) {
        header = run;
        continue;
      }
      if (header === null) continue;
      const values: number[] = [];
      const dates: number[] = [];
      header.dates.forEach((d, i) => {
        const v = cellNumber(row.getCell(header!.from + i).value);
        if (v !== null) {
          values.push(v);
          dates.push(d);
        }
      });
      if (values.length >= MIN_PERIODS)
        out.push(scoreHistory(`${file} ${ws.name}`, rowLabel(row, header.from), values, dates));
    }
  }
  return out;
}

export async function runWideEval(corpusRoot: string): Promise<WideReport> {
  const folder = join(corpusRoot, 'workbooks');
  const series: WideSeriesScore[] = [];
  const unreadable: string[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()) {
    try {
      series.push(...(await workbookSeries(join(folder, file), file)));
    } catch {
      unreadable.push(file);
    }
  }
  const scored = series.filter((s) => s.mase !== null);
  const tables = [...new Set(series.map((s) => s.table))].map((table) => {
    const mine = scored.filter((s) => s.table === table);
    const mases = mine.map((s) => s.mase as number).sort((a, b) => a - b);
    return {
      table,
      series: mine.length,
      medianMase: mases.length ? mases[mases.length >> 1] : Number.NaN,
      belowOne: mine.filter((s) => (s.mase as number) < 1).length,
      beatsNaive: mine.filter((s) => (s.mase as number) < (s.naiveMase as number)).length,
    };
  });
  return {
    series,
    tables,
    scored: scored.length,
    belowOne: scored.filter((s) => (s.mase as number) < 1).length,
    flat: series.length - scored.length,
    unreadable,
  };
}

export function formatWideReport(r: WideReport): string {
  const lines = [
    `Wide histories with ${MIN_PERIODS}+ periods: last ${HELD_OUT} periods forecast one step ahead, MASE below 1 on ${r.belowOne} of ${r.scored} (${r.flat} flat histories have no scale and are left out).`,
    '  table | histories | median MASE | MASE < 1 | beats repeating the last value',
  ];
  if (r.unreadable.length) lines.push(`  (ExcelJS could not read: ${r.unreadable.join(', ')})`);
  for (const t of r.tables) {
    lines.push(`  ${t.table} | ${t.series} | ${t.medianMase.toFixed(3)} | ${t.belowOne} | ${t.beatsNaive}`);
  }
  return lines.join('\n');
}
