/**
 * `rudder share`: the advisor copy of an .xlsx file (built by `shareCopy.ts`), written to a
 * temporary file beside the target and renamed, so the target is either the whole copy or untouched.
 */
import { promises as fs } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { WorkbookError } from './errors';
import { prepareShareCopy, type ShareOptions, type ShareOutcome } from './shareCopy';
import { openXlsxPort } from './xlsx';

export { prepareShareCopy, type ShareOptions, type ShareOutcome } from './shareCopy';

async function samePath(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Writes bytes to `outPath` through a temporary file in the same folder and a rename. */
export async function writeAtomically(outPath: string, bytes: Uint8Array | string, inputPath?: string): Promise<void> {
  if (inputPath !== undefined && (await samePath(inputPath, outPath))) {
    throw new WorkbookError(
      `Refusing to overwrite ${inputPath}: Rudder never modifies the file it reads. Give another output path.`,
      'write-failed',
    );
  }
  const temp = join(dirname(resolve(outPath)), `.${basename(outPath)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, outPath);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new WorkbookError(
      `Could not write ${outPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
      'write-failed',
    );
  }
}

/** `rudder share`: opens the input, prepares the copy, writes it whole or not at all. */
export async function writeShareCopy(inputPath: string, outPath: string, options: ShareOptions): Promise<ShareOutcome> {
  if (await samePath(inputPath, outPath)) {
    throw new WorkbookError(
      `Refusing to overwrite ${inputPath}: Rudder never modifies the file it reads. Give another output path.`,
      'write-failed',
    );
  }
  const port = await openXlsxPort(inputPath);
  const outcome = await prepareShareCopy(port, options);
  await writeAtomically(outPath, await port.toBytes(), inputPath);
  return outcome;
}
