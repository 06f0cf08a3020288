/** Opening .xlsx files for the CLI and tests, with plain messages for files that are not workbooks. */
import { promises as fs } from 'fs';
import type ExcelJS from 'exceljs';
import { WorkbookError } from '../errors';
import { loadWorkbookBytes } from './bytes';

export { loadWorkbookBytes } from './bytes';

/** The file's bytes, or a `WorkbookError` saying plainly why they cannot be read. */
export async function readWorkbookFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
    throw new WorkbookError(`${path} ${reason}.`, 'not-a-workbook');
  }
}

/** Reads a workbook from disk without ever writing to it. */
export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(await readWorkbookFileBytes(path), path);
}
