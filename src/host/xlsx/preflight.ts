/**
 * A cheap look inside an .xlsx before ExcelJS parses it all: each worksheet declares its extent
 * in `<dimension ref="A1:C1000000"/>` near the start of its XML, so a million-row sheet can be
 * refused in milliseconds instead of after minutes of parsing (Node only: uses zlib).
 */
import { inflateRawSync, constants as zlibConstants } from 'zlib';
import { dataOffset, zipEntries } from './zipParts';

/** The dimension element sits in the first few hundred bytes; 64 KB leaves room for long sheetPr blocks. */
const HEAD_BYTES = 64 * 1024;

export interface SheetExtent {
  /** Part name inside the package, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  /** Last row the sheet declares (1-based), or `null` when it declares none. */
  readonly lastRow: number | null;
}

function headOfPart(bytes: Uint8Array, start: number, method: number, compressedSize: number): string | null {
  const slice = bytes.subarray(start, Math.min(bytes.length, start + Math.min(compressedSize, HEAD_BYTES)));
  let text: Uint8Array;
  if (method === 0) text = slice;
  else if (method === 8) {
    try {
      // A truncated deflate stream: SYNC_FLUSH returns what inflated so far instead of failing.
      text = inflateRawSync(slice, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    } catch {
      return null;
    }
  } else return null;
  return Buffer.from(text.subarray(0, HEAD_BYTES)).toString('utf8');
}

/** The declared extent of every worksheet part; an unreadable package gives an empty list. */
export function worksheetExtents(bytes: Uint8Array): SheetExtent[] {
  const out: SheetExtent[] = [];
  for (const entry of zipEntries(bytes)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const start = dataOffset(bytes, entry);
    const head = start < 0 ? null : headOfPart(bytes, start, entry.method, entry.compressedSize);
    const m = head === null ? null : /<(?:\w+:)?dimension\s+ref="(?:[A-Za-z]+\d+:)?\$?[A-Za-z]+\$?(\d+)"/.exec(head);
    out.push({ part: entry.name, lastRow: m ? Number(m[1]) : null });
  }
  return out;
}

/** The package's `xl/workbook.xml` as text, or `null` when it cannot be read. */
export function workbookXml(bytes: Uint8Array): string | null {
  const entry = zipEntries(bytes).find((e) => e.name === 'xl/workbook.xml');
  const start = entry ? dataOffset(bytes, entry) : -1;
  if (!entry || start < 0 || (entry.method !== 0 && entry.method !== 8)) return null;
  const raw = bytes.subarray(start, start + entry.compressedSize);
  try {
    return Buffer.from(entry.method === 0 ? raw : inflateRawSync(raw)).toString('utf8');
  } catch {
    return null;
  }
}
