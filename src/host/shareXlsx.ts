/**
 * `rudder share`: the advisor copy of an .xlsx file (built by `shareCopy.ts`), written to a
 * temporary file beside the target and renamed, so the target is either the whole copy or untouched.
 */
import { prepareShareCopy, type ShareOptions, type ShareOutcome } from './shareCopy';
import { openXlsxPort, type OpenOptions, type XlsxFilePort } from './xlsx';
import { canWriteNotesParts, withCellNotes } from './xlsx/notesPackage';
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

/**
 * The prepared copy of a file as .xlsx bytes, with every note of the outcome on its cell. The workbook's last
 * use: the rows of its plain sheets (the big KPI table among them) are written apart from ExcelJS and let go as
 * they are written, which keeps a 100,000-row copy within the memory budget. The browser's copy, which has no
 * Node modules, goes through `advisorCopyBytes` instead.
 */
export async function advisorCopyFileBytes(
  port: XlsxFilePort,
  outcome: Pick<ShareOutcome, 'notes'>,
): Promise<Uint8Array> {
  if (!canWriteNotesParts()) outcome.notes.handOver(port.workbook);
  return withCellNotes(await port.toBytes({ lastUse: true, quick: true }), outcome.notes);
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
  await writeAtomically(outPath, await advisorCopyFileBytes(port, outcome), inputPath);
  return outcome;
}
