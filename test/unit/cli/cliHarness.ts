import { serialFromYmd } from '../../../src/core/dates/serial';
import type { CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `rudder …` in-process with captured output, files served from `files`, and a fixed today
 * (another day where a program that reads the clock, such as LibreOffice, must agree).
 */
export async function runCli(
  args: readonly string[],
  files: Readonly<Record<string, string>> = {},
  today = serialFromYmd(2027, 1, 15),
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
    readFile: (path) => (path in files ? Promise.resolve(files[path]) : Promise.reject(new Error('ENOENT'))),
    today: () => today,
  };
  const code = await main(['node', 'rudder', ...args], io);
  return { code, stdout, stderr };
}
