/**
 * Forecast functions on 12-point monthly histories (DESIGN §7: over 1 million evaluations per
 * second). The budget is measured in the core as built in lib/ (see `shipped.ts`), from raw lists to the answer (cleaning included):
 * KPI_FORECAST, KPI_OUTLOOK and KPI_CHANCE each. The same calls through the custom-function
 * layer (ranges of cells read as Excel passes them) are reported beside them.
 */
import type { OutlookInput } from '../src/core/forecast';
import { serialFromYmd } from '../src/core/dates/serial';
import type { ExcelArg } from '../src/functions/types';
import { shipped } from './shipped';

type Forecast = typeof import('../src/core/forecast');
type ForecastFunctions = typeof import('../src/functions/forecastFunctions');

const HISTORIES = 256;
const POINTS = 12;

interface History {
  readonly values: number[];
  readonly dates: number[];
  readonly due: number;
  readonly target: number;
}

function histories(): History[] {
  const out: History[] = [];
  const dates = Array.from(
    { length: POINTS },
    (_, i) => serialFromYmd(2026 + Math.floor((i + 1) / 12), ((i + 1) % 12) + 1, 1) - 1,
  );
  for (let k = 0; k < HISTORIES; k++) {
    const slope = ((k * 37) % 21) - 10;
    const values = dates.map((_, i) => 200 + slope * i + (((k + 1) * (i + 3) * 7919) % 41) - 20);
    out.push({ values, dates, due: dates[POINTS - 1] + 30 * (1 + (k % 6)), target: 180 + ((k * 13) % 80) });
  }
  return out;
}

/** Evaluations per CPU second of `step` over the histories (after a warm-up), and per wall second. */
function rate(step: (h: History) => number, durationMs: number): { cpu: number; wall: number } {
  const hs = histories();
  let sink = 0;
  for (let i = 0; i < 100_000; i++) sink += step(hs[i % HISTORIES]);
  let count = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let i = 0; i < 50_000; i++) sink += step(hs[i % HISTORIES]);
    count += 50_000;
    elapsed = performance.now() - t0;
  }
  const used = process.cpuUsage(cpu0);
  if (!Number.isFinite(sink)) throw new Error('benchmark result unusable');
  const cpuMs = (used.user + used.system) / 1000;
  return { cpu: Math.round((count / Math.max(cpuMs, 1)) * 1000), wall: Math.round((count / elapsed) * 1000) };
}

function outlookInput({ cleanSeries }: Forecast, h: History): OutlookInput {
  const cleaned = cleanSeries(h.values, h.dates);
  if (!cleaned.ok) throw new Error(cleaned.reason);
  return { series: cleaned.series, target: { kind: 'value', value: h.target }, direction: 'higher', due: h.due };
}

/** The three functions in the core, from the build in lib/ (see `shipped.ts`). */
function coreSteps(): Record<string, (h: History) => number> {
  const forecast = shipped<Forecast>('core/forecast/index');
  const { cleanSeries, forecastAt, outlookOf, chanceOf } = forecast;
  return {
    KPI_FORECAST: (h) => {
      const cleaned = cleanSeries(h.values, h.dates);
      if (!cleaned.ok) throw new Error(cleaned.reason);
      const f = forecastAt(cleaned.series, h.due);
      return f.ok ? f.forecast.value : 0;
    },
    KPI_OUTLOOK: (h) => outlookOf(outlookInput(forecast, h)).outlook.length,
    KPI_CHANCE: (h) => chanceOf(outlookInput(forecast, h)) ?? 0,
  };
}

function functionStep(name: string): (h: History) => number {
  const { forecastFunctions } = shipped<ForecastFunctions>('functions/forecastFunctions');
  const fn = forecastFunctions().find((f) => f.name === name);
  if (!fn) throw new Error(name);
  const cache = new Map<History, ExcelArg[]>();
  return (h) => {
    let args = cache.get(h);
    if (!args) {
      const row = (xs: number[]): ExcelArg => [xs];
      args =
        name === 'KPI_FORECAST'
          ? [row(h.values), row(h.dates), h.due]
          : [row(h.values), row(h.dates), h.target, 'higher', h.due];
      cache.set(h, args);
    }
    const r = fn.evaluate(args);
    return typeof r === 'number' ? r : typeof r === 'string' ? r.length : 0;
  };
}

export interface ForecastBench {
  readonly core: Record<string, { cpu: number; wall: number }>;
  readonly functions: Record<string, { cpu: number; wall: number }>;
}

export function benchForecast(durationMs = 1000): ForecastBench {
  const core: Record<string, { cpu: number; wall: number }> = {};
  const functions: Record<string, { cpu: number; wall: number }> = {};
  const steps = coreSteps();
  for (const name of Object.keys(steps)) {
    core[name] = rate(steps[name], durationMs);
    functions[name] = rate(functionStep(name), durationMs);
  }
  return { core, functions };
}

const millions = (n: number): string => `${(n / 1e6).toFixed(2)} M`;

/** The `forecast` section of `npm run bench`. */
export async function forecastSection(): Promise<{
  data: unknown;
  lines: { figure: string; value: string; budget: string; ok: boolean | null }[];
}> {
  const r = benchForecast();
  const lines = Object.keys(r.core).flatMap((name) => [
    {
      figure: `${name} evaluations/s, 12 points (core, CPU)`,
      value: millions(r.core[name].cpu),
      budget: '> 1 M',
      ok: r.core[name].cpu > 1e6,
    },
    {
      figure: `${name} evaluations/s, 12 points (custom function, CPU)`,
      value: millions(r.functions[name].cpu),
      budget: 'reported',
      ok: null,
    },
  ]);
  return { data: r, lines };
}

if (require.main === module) {
  console.log(JSON.stringify(benchForecast(), null, 2));
}
