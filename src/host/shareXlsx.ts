/**
 * `rudder share`: the advisor copy of an .xlsx file (built by `shareCopy.ts`), written to a
 * temporary file beside the target and renamed, so the target is either the whole copy or untouched.
 */
import { advisorCopyBytes, prepareShareCopy, type ShareOptions, type ShareOutcome } from './shareCopy';
import { openXlsxPort, type OpenOptions } from './xlsx';
import { checkOutputPath, writeOutputFile } from './xlsx/safeWrite';

export {
  advisorCopyBytes,
  DEFAULT_SHARE_FORM,
  prepareShareCopy,
  type ShareOptions,
  type ShareOutcome,
} from './shareCopy';

/** Writes bytes or text to `outPath` whole or not at all (see `safeWrite.ts`); never onto the input. */
export async function writeAtomically(
  outPath: string,
  content: Uint8Array | string,
  inputPath?: string,
): Promise<void> {
  await writeOutputFile(outPath, content, { inputPath });
}

/** `rudder share`: opens the input, prepares the copy, writes it whole or not at all. */
export async function writeShareCopy(
  inputPath: string,
  outPath: string,
  options: ShareOptions,
  open: OpenOptions = {},
): Promise<ShareOutcome> {
  await checkOutputPath(outPath, inputPath);
  const port = await openXlsxPort(inputPath, open);
  const outcome = await prepareShareCopy(port, options);
  await writeAtomically(outPath, await advisorCopyBytes(port.workbook, outcome), inputPath);
  return outcome;
}
