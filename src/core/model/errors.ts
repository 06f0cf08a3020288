/** Thrown only for misuse by a caller (wrong argument shapes); table contents never throw. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, ModelError.prototype);
  }
}
