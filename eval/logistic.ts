/**
 * Logistic regression by plain full-batch gradient descent: no randomness, a fixed number of
 * steps, rows in the order given, so the same data always gives the same weights.
 */

export interface Example {
  readonly x: readonly number[];
  readonly y: 0 | 1;
  /** How much the row counts; classes are balanced by the caller. */
  readonly weight: number;
}

export interface LinearModel {
  readonly bias: number;
  readonly weights: readonly number[];
}

export interface TrainOptions {
  readonly steps: number;
  readonly learningRate: number;
  /** L2 penalty on the weights (not the bias): keeps a rare feature from taking an extreme weight. */
  readonly l2: number;
}

/** Chosen by the held-out figures of `npm run eval` (a lighter penalty fitted unseen goals better). */
export const DEFAULT_TRAINING: TrainOptions = { steps: 3000, learningRate: 0.5, l2: 0.0003 };

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function predict(model: LinearModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += model.weights[j] * x[j];
  return sigmoid(z);
}

/** Each class weighs half of its group in total, so a rare label counts as much as a common one. */
export function balanced(rows: readonly { x: readonly number[]; y: 0 | 1; share: number }[]): Example[] {
  let pos = 0;
  let neg = 0;
  for (const r of rows) {
    if (r.y === 1) pos += r.share;
    else neg += r.share;
  }
  return rows.map((r) => ({ x: r.x, y: r.y, weight: (r.share * 0.5) / (r.y === 1 ? pos || 1 : neg || 1) }));
}

export function train(examples: readonly Example[], width: number, options: TrainOptions = DEFAULT_TRAINING): LinearModel {
  const weights: number[] = new Array<number>(width).fill(0);
  let bias = 0;
  let total = 0;
  for (const e of examples) total += e.weight;
  if (total === 0) return { bias, weights };
  const grad: number[] = new Array<number>(width).fill(0);
  for (let step = 0; step < options.steps; step++) {
    grad.fill(0);
    let gradBias = 0;
    for (const e of examples) {
      const error = (predict({ bias, weights }, e.x) - e.y) * e.weight;
      gradBias += error;
      for (let j = 0; j < width; j++) grad[j] += error * e.x[j];
    }
    bias -= (options.learningRate * gradBias) / total;
    for (let j = 0; j < width; j++) weights[j] -= options.learningRate * (grad[j] / total + options.l2 * weights[j]);
  }
  return { bias, weights };
}
