/** Errors an adapter throws for misuse or unreadable input, with a message a user can read. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code:
      | 'not-a-workbook'
      | 'protected'
      | 'empty'
      | 'too-large'
      | 'no-such-sheet'
      | 'no-such-table'
      | 'write-failed'
      | 'bad-address',
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}
