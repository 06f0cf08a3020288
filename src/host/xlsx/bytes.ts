/**
 * Reading a workbook from bytes, with plain errors for files that are not workbooks. No Node
 * built-ins here: the playground opens a user's .xlsx in the browser through this too.
 */
import ExcelJS from 'exceljs';
import { WorkbookError } from '../errors';
import { readCellsOnly } from './cellsOnly';
import { withoutParts } from './zipParts';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Refuses what is clearly not an .xlsx (empty, OLE/password-protected, HTML) before parsing. */
export function checkWorkbookSignature(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0)
    throw new WorkbookError(`${fileName} is empty (0 bytes): it is not a workbook.`, 'not-a-workbook');
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new WorkbookError(
      `${fileName} is password-protected or in the old .xls format. Open it in Excel, remove the password or save it as .xlsx, and try again.`,
      'protected',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).toLowerCase();
    const what =
      head.includes('<html') || head.includes('<!doctype')
        ? 'a web page saved under a spreadsheet name'
        : 'not an .xlsx workbook';
    throw new WorkbookError(
      `${fileName} is ${what}. Save the file from Excel as .xlsx and try again.`,
      'not-a-workbook',
    );
  }
}

export interface LoadOptions {
  /** Skip data validation rules (ExcelJS expands them per cell: whole-column rules are very slow). */
  readonly skipValidations?: boolean;
}

async function parse(bytes: Uint8Array, ignoreNodes: string[] = []): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // JSZip (inside ExcelJS) reads a Uint8Array in Node and in the browser alike.
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0], { ignoreNodes });
  return workbook;
}

/** Drawings and charts: what ExcelJS most often fails on, and nothing Rudder reads. */
function isDrawingPart(name: string): boolean {
  return /^xl\/(drawings|charts)\//.test(name);
}

/**
 * Reads a workbook from bytes; throws `WorkbookError` with a plain reason when it cannot.
 * ExcelJS 4 fails on some charts ("reading 'anchors'"); such a file is read again without its
 * drawings, since cells, tables and formats are what Rudder needs (a copy saved from it has
 * no charts, which ExcelJS would drop anyway). When it still fails (a broken table, pivot or
 * slicer part), the cells are read straight from the sheet XML and `readNoteOf` says what was
 * skipped.
 */
export async function loadWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  options: LoadOptions = {},
): Promise<ExcelJS.Workbook> {
  checkWorkbookSignature(bytes, fileName);
  const ignored = options.skipValidations ? ['dataValidations'] : [];
  try {
    return await parse(bytes, ignored);
  } catch (error) {
    const stripped = withoutParts(bytes, isDrawingPart);
    if (stripped !== null && stripped.length < bytes.length) {
      try {
        return await parse(stripped, [...ignored, 'drawing']);
      } catch {
        // fall through to the first, more telling, error
      }
    }
    const reason = error instanceof Error ? error.message : String(error);
    const cells = await readCellsOnly(bytes, fileName).catch(() => null);
    if (cells !== null) return cells;
    throw new WorkbookError(`${fileName} could not be read as an .xlsx workbook (${reason}).`, 'not-a-workbook');
  }
}
