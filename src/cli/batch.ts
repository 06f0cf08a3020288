/**
 * JSON Lines batches for the CLI: each line is answered on its own; a bad line is reported on
 * stderr with its number and the rest carry on (the command exits 2 at the end).
 */
import { CliError } from './errors';
import type { CliIo } from './io';
import { readJsonLines, type JsonObject } from './jsonl';

/** A field's value as the commands take it: one JSON scalar (or absent). */
export type BatchField = string | number | boolean | null | undefined;

/** The fields of a batch line, each checked to be a scalar. */
export type BatchFields = Readonly<Record<string, BatchField>>;

function typeName(value: unknown): string {
  return Array.isArray(value) ? 'a list' : 'an object';
}

/**
 * Checks that every field is a number, text, true/false or null: a list or an object where a
 * value belongs is refused naming the field, instead of reaching code that expects text.
 */
export function scalarFields(value: JsonObject): BatchFields {
  const out: Record<string, BatchField> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== null && typeof field === 'object')
      throw new CliError(`"${key}" is ${typeName(field)}; give a number or text, e.g. "${key}": 260.`);
    out[key] = field as BatchField;
  }
  return out;
}

/**
 * Answers every line; resolves to the number of bad lines. An unreadable file is bad input. By default every
 * field must be a scalar (`scalarFields`); a command whose lines hold lists (`rudder outlook`: values and dates)
 * passes `checkFields: 'own'` and checks each field itself.
 */
export async function readBatch(file: string, io: CliIo, answer: (value: BatchFields) => string): Promise<number>;
export async function readBatch(
  file: string,
  io: CliIo,
  answer: (value: JsonObject) => string,
  checkFields: 'own',
): Promise<number>;
export async function readBatch(
  file: string,
  io: CliIo,
  answer: ((value: BatchFields) => string) | ((value: JsonObject) => string),
  checkFields: 'scalars' | 'own' = 'scalars',
): Promise<number> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
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
      const fields = checkFields === 'own' ? line.value : scalarFields(line.value);
      io.out((answer as (value: JsonObject) => string)(fields));
    } catch (error) {
      bad++;
      // A line that trips an unforeseen error is still one bad line: the others are answered.
      const reason = error instanceof CliError ? error.message : `this line could not be read (${String(error)})`;
      io.err(`line ${line.line}: ${reason}`);
    }
  }
  return bad;
}
