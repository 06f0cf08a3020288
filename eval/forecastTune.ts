/**
 * The grid search behind TUNING (src/core/forecast/constants.ts), on the development split of the
 * NYC backtest only: each of fiscal 2019-2022 predicted from the years before it, judged as the
 * actual against the target. The 2023 labels are never read here.
 *
 * Each development year is held out in turn: the setting with the best score on the other three
 * years predicts the held-out one, and the held-out predictions together say how well choosing
 * by this grid carries to a year it did not see. TUNING is then the setting chosen on all four.
 * Objective: the Brier score, ties broken by macro-F1. `npx tsx eval/forecastTune.ts`; add
 * `without-status` to choose the smoothing alone the same way (status weight 0), for comparison.
 * Earlier rounds covered alpha 0.3-1, phi 0.2-0.98, spread scale 0.8-2.5, floor 0.003-0.1 and
 * prior weight 0.5-2; the smoothing gains and floor below are the narrowed ranges.
 */
import { join } from 'node:path';
import { TUNING, type Tuning } from '../src/core/forecast';
import {
  addTallies,
  casesFor,
  readNycHistories,
  scoresOf,
  tallyRudder,
  type Case,
  type Scores,
  type Tallies,
} from './forecast';

const GRID = {
  beta: [0, 0.1, 0.2],
  phi: [0.35, 0.5, 0.8],
  spreadScale: [1, 1.25, 1.5, 1.75],
  statusWeight: [0, 0.2, 0.3, 0.4, 0.5, 0.6],
  statusKept: [0.75, 0.8, 0.85],
} as const;

export const DEVELOPMENT_YEARS = [2019, 2020, 2021, 2022] as const;

/** `without-status` keeps the status weight at 0: the smoothing alone, chosen the same way, for comparison. */
function settings(withStatus: boolean): Tuning[] {
  const out: Tuning[] = [];
  for (const beta of GRID.beta)
    for (const phi of GRID.phi)
      for (const spreadScale of GRID.spreadScale)
        for (const statusWeight of withStatus ? GRID.statusWeight : [0])
          for (const statusKept of GRID.statusKept)
            out.push({ ...TUNING, beta, phi, spreadScale, statusWeight, statusKept });
  return out;
}

const better = (a: Scores, b: Scores): boolean => a.brier < b.brier || (a.brier === b.brier && a.macroF1 > b.macroF1);

export interface HeldOutYear {
  readonly year: number;
  readonly chosen: Tuning;
  readonly scores: Scores;
}

export interface TuneReport {
  readonly heldOut: readonly HeldOutYear[];
  /** The held-out years' predictions scored together. */
  readonly heldOutPooled: Scores;
  /** The setting chosen on all four years, and its (in-sample) score there. */
  readonly chosen: Tuning;
  readonly chosenScores: Scores;
}

function pick(
  grid: readonly Tuning[],
  byYear: readonly (readonly Tallies[])[],
  years: readonly number[],
): { tuning: Tuning; index: number; scores: Scores } {
  let best = { tuning: grid[0], index: 0, scores: { rows: 0, macroF1: 0, brier: Infinity, fellBack: 0 } as Scores };
  grid.forEach((tuning, index) => {
    const pooled = years.map((y) => byYear[index][DEVELOPMENT_YEARS.indexOf(y as 2019)]).reduce(addTallies);
    const scores = scoresOf(pooled);
    if (better(scores, best.scores)) best = { tuning, index, scores };
  });
  return best;
}

export async function tuneOnDevelopment(corpusRoot: string, withStatus = true): Promise<TuneReport> {
  const cases = casesFor(await readNycHistories(corpusRoot), 'development-pooled');
  const ofYear = (y: number): Case[] => cases.filter((c) => c.outcomeYear === y);
  const caseYears = DEVELOPMENT_YEARS.map(ofYear);
  const grid = settings(withStatus);
  // Tallies of each setting on each year, computed once; a pooled score adds the years' tallies.
  const byYear = grid.map((tuning) => caseYears.map((cs) => tallyRudder(cs, tuning)));
  const heldOut: HeldOutYear[] = [];
  let heldOutTally: Tallies | null = null;
  for (const year of DEVELOPMENT_YEARS) {
    const choice = pick(
      grid,
      byYear,
      DEVELOPMENT_YEARS.filter((y) => y !== year),
    );
    const t = byYear[choice.index][DEVELOPMENT_YEARS.indexOf(year)];
    heldOutTally = heldOutTally === null ? t : addTallies(heldOutTally, t);
    heldOut.push({ year, chosen: choice.tuning, scores: scoresOf(t) });
  }
  const all = pick(grid, byYear, DEVELOPMENT_YEARS);
  return {
    heldOut,
    heldOutPooled: scoresOf(heldOutTally as Tallies),
    chosen: all.tuning,
    chosenScores: all.scores,
  };
}

const fmt = (s: Scores): string => `macro-F1 ${s.macroF1.toFixed(3)}, Brier ${s.brier.toFixed(4)} (${s.rows} rows)`;
const settingText = (t: Tuning): string =>
  `beta ${t.beta}, phi ${t.phi}, spread x${t.spreadScale}, status weight ${t.statusWeight}, kept ${t.statusKept}`;

export function formatTuneReport(r: TuneReport): string {
  const lines = r.heldOut.map(
    (h) => `  held out ${h.year}: ${fmt(h.scores)}; chosen on the other years: ${settingText(h.chosen)}`,
  );
  lines.push(`  held-out development years together: ${fmt(r.heldOutPooled)}`);
  lines.push(`  chosen on all four years: ${settingText(r.chosen)}; there ${fmt(r.chosenScores)}`);
  return ['NYC development years, each held out in turn (the tuning search, eval/forecastTune.ts):', ...lines].join(
    '\n',
  );
}

if (require.main === module) {
  tuneOnDevelopment(join(__dirname, '..', '..', 'shared', 'corpus'), process.argv[2] !== 'without-status').then(
    (r) => process.stdout.write(`${formatTuneReport(r)}\n`),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
