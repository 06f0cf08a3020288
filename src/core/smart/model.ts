import WEIGHTS from './weights.json';
import { FEATURES } from './features';

/** The criteria the linear model judges; Achievable and Relevant read the goal's numbers and context directly. */
export type LearnedCriterion = 'specific' | 'measurable' | 'timeBound';

interface CriterionWeights {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** One criterion's weights in `FEATURES` order: a feature the file does not name weighs nothing. */
export interface LinearWeights {
  readonly bias: number;
  readonly weights: readonly number[];
}

function aligned(w: CriterionWeights): LinearWeights {
  return { bias: w.bias, weights: FEATURES.map((name) => w.weights[name] ?? 0) };
}

const MODEL: Readonly<Record<LearnedCriterion, LinearWeights>> = {
  specific: aligned(WEIGHTS.specific),
  measurable: aligned(WEIGHTS.measurable),
  timeBound: aligned(WEIGHTS.timeBound),
};

/** The model's weights for a criterion, as trained by `npm run train:smart`. */
export const weightsOf = (criterion: LearnedCriterion): LinearWeights => MODEL[criterion];

/** The weighted sum of the features: above 0 the criterion is met. */
export function logit(w: LinearWeights, values: readonly number[]): number {
  let z = w.bias;
  for (let j = 0; j < values.length; j++) z += w.weights[j] * values[j];
  return z;
}

/**
 * How firmly a score leans to the side the model chose. The weights are shrunk while training (a
 * penalty on large weights, classes balanced), so the plain probability under-states clear cases:
 * a goal with an amount, a named object and "next quarter" would earn 15 of its 20 points. Doubling
 * the sum keeps every verdict (0.5 stays the line) and lets a clearly met criterion earn its points.
 */
const SCORE_SHARPNESS = 2;

/** The criterion's score, 0..1: above 0.5 the model judges it met. */
export const probability = (z: number): number => 1 / (1 + Math.exp(-SCORE_SHARPNESS * z));

/**
 * The feature that pulls the score down most in this goal (a present sign with a negative weight),
 * or, when none does, the missing sign that would have helped most. Tips are chosen from it.
 */
export function weakestSign(w: LinearWeights, values: readonly number[]): { feature: string; present: boolean } {
  let worst = -1;
  let worstPull = 0;
  let missing = -1;
  let missingGain = 0;
  for (let j = 0; j < values.length; j++) {
    const pull = w.weights[j] * values[j];
    if (pull < worstPull) {
      worstPull = pull;
      worst = j;
    }
    const gain = w.weights[j] * (1 - values[j]);
    if (gain > missingGain) {
      missingGain = gain;
      missing = j;
    }
  }
  if (worst >= 0) return { feature: FEATURES[worst], present: true };
  return { feature: missing >= 0 ? FEATURES[missing] : '', present: false };
}
