/** Exit codes of DESIGN §5 and the error that carries one. */
export const EXIT_OK = 0;
/** A check the command ran found errors (audit). */
export const EXIT_FINDINGS = 1;
/** Bad input: a one-line message on stderr, no stack trace. */
export const EXIT_BAD_INPUT = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_BAD_INPUT,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
