/**
 * Reading a JSON Lines file for the batch commands, with a plain line for each way it can fail:
 * missing, a folder, larger than the batch limit, or not UTF-8 (which Node would otherwise
 * replace silently with U+FFFD, changing goal texts without a word).
 */
import { promises as fs } from 'fs';
import { CliError } from './errors';

/** Well under Node's longest string (about 512 MB): a batch of goals or KPIs is far smaller. */
export const MAX_BATCH_FILE_BYTES = 256 * 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line holding the first byte sequence that is not UTF-8, or `null` when all are. */
export function firstNonUtf8Line(bytes: Uint8Array): number | null {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      strictUtf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    line++;
    start = end + 1;
  }
  return null;
}

function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist: check the path';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be opened: you do not have permission to read it';
  return 'cannot be read: check the path';
}

export async function readUtf8TextFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isFile() && stat.size > MAX_BATCH_FILE_BYTES)
      throw new CliError(
        `${path} is ${Math.round(stat.size / 1024 / 1024)} MB; Rudder reads batch files up to ${MAX_BATCH_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files and try again.`,
      );
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path} ${reasonFor(error)}.`);
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new CliError(
      `${path} line ${firstNonUtf8Line(bytes) ?? '?'} is not UTF-8 text. Save the file as UTF-8 (in most editors: Save As, Encoding UTF-8) and try again.`,
    );
  }
}
