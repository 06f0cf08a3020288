import { promises as fs } from 'fs';
import { localToday } from '../functions/registry';

/** Where the CLI writes, injectable so tests capture output without touching the process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<string>;
  /** The date the command treats as today, as an Excel serial. */
  today(): number;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: (path) => fs.readFile(path, 'utf8'),
  today: localToday,
};
