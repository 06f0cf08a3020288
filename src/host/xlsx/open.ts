/** Opening .xlsx files for the CLI and tests, with plain messages for files that are not workbooks. */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { WorkbookError } from '../errors';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Reads a workbook from bytes; throws `WorkbookError` with a plain reason when it cannot. */
export async function loadWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new WorkbookError(`${fileName} is empty (0 bytes): it is not a workbook.`, 'not-a-workbook');
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new WorkbookError(
      `${fileName} is password-protected or in the old .xls format. Open it in Excel, remove the password or save it as .xlsx, and try again.`,
      'protected',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').toLowerCase();
    const what = head.includes('<html') || head.includes('<!doctype') ? 'a web page saved under a spreadsheet name' : 'not an .xlsx workbook';
    throw new WorkbookError(`${fileName} is ${what}. Save the file from Excel as .xlsx and try again.`, 'not-a-workbook');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbookError(`${fileName} could not be read as an .xlsx workbook (${reason}).`, 'not-a-workbook');
  }
  return workbook;
}

/** Reads a workbook from disk without ever writing to it. */
export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
    throw new WorkbookError(`${path} ${reason}.`, 'not-a-workbook');
  }
  return loadWorkbookBytes(bytes, path);
}
