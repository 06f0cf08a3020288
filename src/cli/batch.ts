/**
 * JSON Lines batches for the CLI: each line is answered on its own; a bad line (CliError) is
 * reported on stderr with its number and the rest carry on.
 */
import { CliError } from './errors';
import type { CliIo } from './io';
import { readJsonLines, type JsonObject } from './jsonl';

/** Answers every line; resolves to the number of bad lines. An unreadable file is bad input. */
export async function readBatch(file: string, io: CliIo, answer: (value: JsonObject) => string): Promise<number> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch {
    throw new CliError(`${file} cannot be read: check the path.`);
  }
  let bad = 0;
  for (const line of readJsonLines(text)) {
    if (!line.ok) {
      bad++;
      io.err(`line ${line.line}: ${line.reason}`);
      continue;
    }
    try {
      io.out(answer(line.value));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      bad++;
      io.err(`line ${line.line}: ${error.message}`);
    }
  }
  return bad;
}
