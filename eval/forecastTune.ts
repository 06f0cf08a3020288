/**
 * The grid search behind TUNING (src/core/forecast/constants.ts): every combination is scored on
 * a development split of the NYC backtest only; the 2023 labels are not read. Objective: the
 * Brier score, ties broken by macro-F1. `npx tsx eval/forecastTune.ts` scores 2016-2021 → 2022;
 * `npx tsx eval/forecastTune.ts pooled` scores each of 2019-2022 from the years before it, the
 * split TUNING was taken from (one post-pandemic year alone favoured heavy smoothing that the
 * other years did not). A third argument keeps only one damping value, e.g. `pooled 0.8`.
 * The grid below is the last, narrowed one; earlier rounds covered alpha 0.3-1, phi 0.2-0.98,
 * spread scale 0.8-2.5 and floor 0.003-0.1.
 */
import { join } from 'node:path';
import { TUNING, type Tuning } from '../src/core/forecast';
import { casesFor, readNycHistories, scoreRudder } from './forecast';

const GRID = {
  alpha: [0.7, 0.85, 1],
  beta: [0, 0.05, 0.1, 0.2],
  phi: [0.35, 0.5, 0.65, 0.8, 0.9, 0.95, 0.98],
  spreadScale: [1.25, 1.5, 1.75],
  floorShare: [0.01, 0.03],
  priorWeight: [0.5, 2],
} as const;

export async function tuneOnDevelopment(
  corpusRoot: string,
): Promise<{ tuning: Tuning; brier: number; macroF1: number }[]> {
  const cases = casesFor(
    await readNycHistories(corpusRoot),
    process.argv[2] === 'pooled' ? 'development-pooled' : 'development',
  );
  const results: { tuning: Tuning; brier: number; macroF1: number }[] = [];
  for (const alpha of GRID.alpha)
    for (const beta of GRID.beta.filter((b) => b <= alpha))
      for (const phi of GRID.phi)
        for (const spreadScale of GRID.spreadScale)
          for (const floorShare of GRID.floorShare)
            for (const priorWeight of GRID.priorWeight) {
              const tuning: Tuning = { ...TUNING, alpha, beta, phi, spreadScale, floorShare, priorWeight };
              const s = scoreRudder(cases, tuning);
              results.push({ tuning, brier: s.brier, macroF1: s.macroF1 });
            }
  return results.sort((a, b) => a.brier - b.brier || b.macroF1 - a.macroF1);
}

if (require.main === module) {
  tuneOnDevelopment(join(__dirname, '..', '..', 'shared', 'corpus')).then(
    (results) => {
      for (const r of results
        .filter((r) => process.argv[3] === undefined || r.tuning.phi === Number(process.argv[3]))
        .slice(0, 3))
        process.stdout.write(
          `Brier ${r.brier.toFixed(4)}  macro-F1 ${r.macroF1.toFixed(3)}  ${JSON.stringify(r.tuning)}\n`,
        );
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
