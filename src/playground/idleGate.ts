/**
 * Whether the task pane is in the middle of a long task, and a promise for the moment it is not.
 * Open and Reset wait on it before they replace the workbook: a file read while Apply writes must not
 * swap the workbook out from under it.
 */
export class IdleGate {
  private busy = false;
  private readonly waiting: (() => void)[] = [];

  setBusy(busy: boolean): void {
    this.busy = busy;
    if (busy) return;
    for (const resume of this.waiting.splice(0)) resume();
  }

  isBusy(): boolean {
    return this.busy;
  }

  /** Resolves at once when idle, else when the running task ends. */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
