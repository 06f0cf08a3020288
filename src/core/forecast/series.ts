/**
 * Cleaning a KPI history before any forecast: points without a readable value or date are
 * dropped and counted, the rest are sorted by date, a repeated date keeps the value given last
 * (a correction is typed below the figure it corrects), and points after as_of are set aside.
 */
import type { Series } from './types';

export type SeriesInput = readonly (number | null)[];

export type CleanedSeries =
  { readonly ok: true; readonly series: Series } | { readonly ok: false; readonly reason: string };

const usable = (v: number | null): v is number => v !== null && Number.isFinite(v);

/**
 * `dates` null means the values are equally spaced periods 1, 2, 3…; `null` entries in either
 * list are unreadable cells. Lists of different lengths are refused, since the pairing would be
 * a guess.
 */
export function cleanSeries(values: SeriesInput, dates: SeriesInput | null, asOf: number | null = null): CleanedSeries {
  if (dates !== null && dates.length !== values.length) {
    return {
      ok: false,
      reason: `values has ${values.length} cells but dates has ${dates.length}: give one date per value.`,
    };
  }
  let dropped = 0;
  let afterAsOf = 0;
  let sorted = true;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const d = dates === null ? i + 1 : dates[i];
    if (!usable(v) || !usable(d)) {
      dropped++;
      continue;
    }
    if (asOf !== null && d > asOf) {
      afterAsOf++;
      continue;
    }
    if (xs.length > 0 && d <= xs[xs.length - 1]) sorted = false;
    xs.push(d);
    ys.push(v);
  }
  if (sorted) return { ok: true, series: { dates: xs, values: ys, dropped, merged: 0, afterAsOf } };
  // Stable by date, then by input position (kept points are in input order), so the later of two equal dates wins.
  const idx = xs.map((_, k) => k).sort((a, b) => xs[a] - xs[b] || a - b);
  const dOut: number[] = [];
  const vOut: number[] = [];
  let merged = 0;
  for (const k of idx) {
    if (dOut.length > 0 && dOut[dOut.length - 1] === xs[k]) {
      vOut[vOut.length - 1] = ys[k];
      merged++;
    } else {
      dOut.push(xs[k]);
      vOut.push(ys[k]);
    }
  }
  return { ok: true, series: { dates: dOut, values: vOut, dropped, merged, afterAsOf } };
}

/** A series from plain numbers already in date order (tests, the evaluation and the benchmark). */
export function seriesOf(values: readonly number[], dates: readonly number[]): Series {
  const cleaned = cleanSeries(values, dates);
  if (!cleaned.ok) throw new RangeError(cleaned.reason);
  return cleaned.series;
}
