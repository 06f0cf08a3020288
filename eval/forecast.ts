/**
 * Backtest of the forecasting engine (src/core/forecast) on NYC Mayor's Management Report
 * indicators (../shared/corpus/kpi/nyc-mmr-indicators.csv, never copied here), and the
 * one-step accuracy table on wide histories (eval/forecastWide.ts).
 *
 * Fiscal years end on 30 June. Test: from the 2016-2022 actuals, the 2023 target and the
 * direction, predict whether 2023 met the target, against the city's own Met_Goal labels. The
 * file has no label for 2022 and no 2022 target, so the development split asks whether the 2022
 * actual met the same (2023) target, from the 2016-2021 actuals: a derived label, the only one
 * the data allows. Every tuned constant of the engine was chosen on the development split.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serialFromYmd } from '../src/core/dates/serial';
import { cleanSeries, forecastAt, meetsTarget, outlookOf, TUNING, type Tuning } from '../src/core/forecast';
import { parseCsv } from '../src/core/grid/csv';
import { parseDirection, parseTarget, type Direction, type KpiTarget } from '../src/core/kpi';
import { formatWideReport, runWideEval, type WideReport } from './forecastWide';

const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023] as const;
const fiscalYearEnd = (year: number): number => serialFromYmd(year, 6, 30);

export interface NycHistory {
  readonly id: string;
  readonly direction: Direction;
  readonly target: KpiTarget;
  /** By fiscal year; null where the file says NA. */
  readonly actuals: ReadonlyMap<number, number | null>;
  /** The city's label for 2023, when there is one. */
  readonly metGoal2023: boolean | null;
}

export interface Scores {
  readonly rows: number;
  readonly macroF1: number;
  readonly brier: number;
  /** Rows where Rudder said Too little data and the score fell back to persistence. */
  readonly fellBack: number;
}

export interface SplitReport {
  readonly name: string;
  readonly rudder: Scores;
  readonly persistence: Scores;
  readonly linear: Scores;
}

export interface ForecastReport {
  readonly tuning: Tuning;
  readonly development: SplitReport;
  readonly pooled: SplitReport;
  readonly test: SplitReport;
  readonly wide: WideReport;
}

const NA = (v: string | undefined): boolean => v === undefined || v.trim() === '' || v.trim() === 'NA';

export async function readNycHistories(corpusRoot: string): Promise<NycHistory[]> {
  const text = await readFile(join(corpusRoot, 'kpi', 'nyc-mmr-indicators.csv'), 'utf8');
  const [header, ...data] = parseCsv(text);
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`column ${name} not found in the NYC file`);
    return i;
  };
  const out: NycHistory[] = [];
  for (const r of data) {
    if (r.length < header.length || NA(r[col('Target.MMR')])) continue;
    const direction = parseDirection(r[col('Desired.Direction')]);
    if (!direction.ok) continue;
    const target = parseTarget(r[col('Target.MMR')], direction.value);
    if (!target.ok) continue;
    const actuals = new Map<number, number | null>();
    for (const y of YEARS) {
      const cell = r[col(String(y))];
      const v = NA(cell) ? null : Number(cell);
      actuals.set(y, v !== null && Number.isFinite(v) ? v : null);
    }
    const label = r[col('Success')];
    out.push({
      id: r[col('ID')],
      direction: direction.value,
      target: target.value,
      actuals,
      metGoal2023: label === 'Met_Goal' ? true : label === 'Did_Not_Meet' ? false : null,
    });
  }
  return out;
}

interface Case {
  readonly history: NycHistory;
  readonly years: readonly number[];
  readonly outcomeYear: number;
  readonly met: boolean;
}

/** Test cases: rows with the city's label. Development cases: rows with a 2022 actual. */
export type { Case };

/**
 * Test cases: rows with the city's label, 2023 from 2016-2022. Development cases: the same rows
 * (the city labelled them), one year earlier, the derived label of the 2022 actual against the
 * target; `development-pooled` adds 2019, 2020 and 2021 as outcome years the same way, so the
 * tuning does not rest on the one year after the pandemic alone.
 */
export function casesFor(
  histories: readonly NycHistory[],
  split: 'development' | 'development-pooled' | 'test',
): Case[] {
  const cases: Case[] = [];
  const outcomeYears = split === 'development' ? [2022] : [2019, 2020, 2021, 2022];
  for (const h of histories) {
    if (h.metGoal2023 === null) continue;
    if (split === 'test') {
      cases.push({ history: h, years: YEARS.slice(0, 7), outcomeYear: 2023, met: h.metGoal2023 });
      continue;
    }
    for (const year of outcomeYears) {
      const actual = h.actuals.get(year) ?? null;
      if (actual === null) continue;
      const years = YEARS.filter((y) => y < year);
      cases.push({ history: h, years, outcomeYear: year, met: meetsTarget(actual, h.target, h.direction) });
    }
  }
  return cases;
}

type Predictor = (c: Case) => number | null;

function lastKnown(c: Case): number | null {
  for (let i = c.years.length - 1; i >= 0; i--) {
    const v = c.history.actuals.get(c.years[i]) ?? null;
    if (v !== null) return v;
  }
  return null;
}

const persistence: Predictor = (c) => {
  const last = lastKnown(c);
  return last === null ? null : meetsTarget(last, c.history.target, c.history.direction) ? 0.8 : 0.2;
};

function seriesOfCase(c: Case) {
  const cleaned = cleanSeries(
    c.years.map((y) => c.history.actuals.get(y) ?? null),
    c.years.map(fiscalYearEnd),
  );
  if (!cleaned.ok) throw new Error(cleaned.reason);
  return cleaned.series;
}

const straightLine: Predictor = (c) => {
  const outcome = forecastAt(seriesOfCase(c), fiscalYearEnd(c.outcomeYear), 'linear');
  if (!outcome.ok) return null;
  return meetsTarget(outcome.forecast.value, c.history.target, c.history.direction) ? 1 : 0;
};

const rudderWith =
  (tuning: Tuning): Predictor =>
  (c) => {
    const series = seriesOfCase(c);
    const result = outlookOf(
      {
        series,
        target: c.history.target,
        direction: c.history.direction,
        due: fiscalYearEnd(c.outcomeYear),
        asOf: fiscalYearEnd(c.outcomeYear - 1),
      },
      tuning,
    );
    return result.probability;
  };

/** What a score is made of; tallies of disjoint case sets add up (the tuning's held-out years). */
export interface Tallies {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly squaredError: number;
  readonly rows: number;
  readonly fellBack: number;
}

/** "probability >= 0.5" against the outcome, and the squared error of the probability; a null prediction falls back to persistence. */
export function tally(cases: readonly Case[], predict: Predictor): Tallies {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let squaredError = 0;
  let fellBack = 0;
  for (const c of cases) {
    let p = predict(c);
    if (p === null) {
      fellBack++;
      p = persistence(c) ?? 0.5;
    }
    const said = p >= 0.5;
    if (said && c.met) tp++;
    else if (said) fp++;
    else if (c.met) fn++;
    else tn++;
    squaredError += (p - (c.met ? 1 : 0)) ** 2;
  }
  return { tp, fp, fn, tn, squaredError, rows: cases.length, fellBack };
}

export function addTallies(a: Tallies, b: Tallies): Tallies {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    tn: a.tn + b.tn,
    squaredError: a.squaredError + b.squaredError,
    rows: a.rows + b.rows,
    fellBack: a.fellBack + b.fellBack,
  };
}

/** Macro-F1 of "probability >= 0.5" and the Brier score. */
export function scoresOf(t: Tallies): Scores {
  const f1 = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  const macroF1 = (f1(t.tp, t.fp, t.fn) + f1(t.tn, t.fn, t.fp)) / 2;
  return { rows: t.rows, macroF1, brier: t.rows ? t.squaredError / t.rows : 0, fellBack: t.fellBack };
}

export function score(cases: readonly Case[], predict: Predictor): Scores {
  return scoresOf(tally(cases, predict));
}

export function tallyRudder(cases: readonly Case[], tuning: Tuning): Tallies {
  return tally(cases, rudderWith(tuning));
}

export function scoreRudder(cases: readonly Case[], tuning: Tuning): Scores {
  return score(cases, rudderWith(tuning));
}

function splitReport(name: string, cases: readonly Case[], tuning: Tuning): SplitReport {
  return {
    name,
    rudder: score(cases, rudderWith(tuning)),
    persistence: score(cases, persistence),
    linear: score(cases, straightLine),
  };
}

export async function runForecastEval(corpusRoot: string, tuning: Tuning = TUNING): Promise<ForecastReport> {
  const histories = await readNycHistories(corpusRoot);
  return {
    tuning,
    development: splitReport(
      'development: 2016-2021 → 2022 (2022 actual against the target)',
      casesFor(histories, 'development'),
      tuning,
    ),
    pooled: splitReport(
      'development, pooled: each of 2019-2022 from the years before it (actual against the target)',
      casesFor(histories, 'development-pooled'),
      tuning,
    ),
    test: splitReport("test: 2016-2022 → 2023 (the city's Met_Goal labels)", casesFor(histories, 'test'), tuning),
    wide: await runWideEval(corpusRoot),
  };
}

const fmt = (s: Scores): string =>
  `macro-F1 ${s.macroF1.toFixed(3)}, Brier ${s.brier.toFixed(3)} (${s.rows} rows${s.fellBack ? `, ${s.fellBack} too short: persistence` : ''})`;

export function formatForecastReport(r: ForecastReport): string {
  const lines = [`Tuning (chosen on the pooled development split): ${JSON.stringify(r.tuning)}`];
  for (const split of [r.development, r.pooled, r.test]) {
    lines.push(`NYC ${split.name}`);
    lines.push(`  Rudder (probability >= 0.5): ${fmt(split.rudder)}`);
    lines.push(`  persistence (last value, 0.8/0.2): ${fmt(split.persistence)}`);
    lines.push(`  straight line (FORECAST.LINEAR, 1/0): ${fmt(split.linear)}`);
  }
  lines.push(formatWideReport(r.wide));
  return lines.join('\n');
}

if (require.main === module) {
  const root = join(__dirname, '..', '..', 'shared', 'corpus');
  runForecastEval(root).then(
    (report) => console.log(formatForecastReport(report)),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
