import WEIGHTS from './weights.json';

/** The criteria the linear model judges; Achievable and Relevant read the goal's numbers and context directly. */
export type LearnedCriterion = 'specific' | 'measurable' | 'timeBound';

/** One criterion's weights: a bias and one weight per feature, in `FEATURES` order. */
export interface LinearWeights {
  readonly bias: number;
  readonly weights: readonly number[];
}

const MODEL: Readonly<Record<LearnedCriterion, LinearWeights>> = WEIGHTS;

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
