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
