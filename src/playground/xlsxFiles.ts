/**
 * Opening and saving .xlsx in the browser. The bytes are checked here first, so a photo or a PDF
 * gets a plain message at once; reading and writing the workbook is the memory adapter's job.
 */
import { WorkbookError } from '../host/errors';
import { toXlsxBytes } from '../host/memory';
import { fileSession, type PlaygroundSession } from './session';

/** What the user sees when a file is not an .xlsx workbook. */
export const NOT_A_WORKBOOK = 'That file is not an Excel workbook. Choose a file saved from Excel as .xlsx.';
export const OLD_OR_PROTECTED =
  'That file is password-protected or in the old .xls format. Open it in Excel, remove the password or save it as .xlsx, and try again.';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** Throws a `WorkbookError` with a plain message unless the bytes can be an .xlsx workbook. */
export function checkWorkbookBytes(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE)) throw new WorkbookError(OLD_OR_PROTECTED, 'protected');
  if (!startsWith(bytes, ZIP)) throw new WorkbookError(NOT_A_WORKBOOK, 'not-a-workbook');
}

export async function openXlsx(bytes: Uint8Array, fileName: string): Promise<PlaygroundSession> {
  checkWorkbookBytes(bytes);
  return fileSession(bytes, fileName);
}

export async function saveXlsx(session: PlaygroundSession): Promise<Uint8Array> {
  return toXlsxBytes(session.workbook);
}
