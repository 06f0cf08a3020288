import { localToday } from '../functions/registry';
import { readUtf8TextFile } from './textFile';

/** Where the CLI writes, injectable so tests capture output without touching the process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** A UTF-8 text file; rejects with a `CliError` saying plainly why it cannot be read. */
  readFile(path: string): Promise<string>;
  /** The date the command treats as today, as an Excel serial. */
  today(): number;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: readUtf8TextFile,
  today: localToday,
};

/**
 * A reader that stops early (`rudder audit plan.xlsx | head`) closes the pipe under the CLI: that ends the run
 * quietly with the exit code so far, instead of an unhandled EPIPE and a stack trace.
 */
export function endQuietlyWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}
