/** Thrown only for misuse of `runAlignment` (no model, no as-of date); findings are returned, never thrown. */
export class AlignmentError extends Error {
  override readonly name = 'AlignmentError';
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, AlignmentError.prototype);
  }
}

export const ALIGNMENT_MISUSE = {
  model: 'runAlignment needs a model from buildStrategyModel.',
  asOf: (got: string) => `runAlignment needs asOf as an Excel serial date (a number from 1), got ${got}.`,
  smartScore: 'The smartScore option of runAlignment must be a function.',
};
