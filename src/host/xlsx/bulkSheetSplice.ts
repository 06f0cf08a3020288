/**
 * Puts the rows `bulkSheetRows.ts` took out of a sheet back into the package ExcelJS wrote without them:
 * the sheet's part is rebuilt as ExcelJS's text up to `</sheetData>`, the rows, then the rest of ExcelJS's
 * text, with the sheet's `<dimension>` widened to the rows; every other part is copied raw. Node only.
 */
import { constants, deflateRawSync, inflateRawSync } from 'zlib';
import { parseRangeAddress, rangeAddress } from '../../core/grid/a1';
import { WorkbookError } from '../errors';
import type { DetachedRows } from './bulkSheetRows';
import { dataOffset, zipEntries, type ZipEntry } from './zipParts';
import { crc32, withPartsReplaced, type RewrittenPart } from './zipRewrite';

const DEFLATE = 8;

function broken(reason: string): WorkbookError {
  return new WorkbookError(`Could not write the workbook: ${reason}.`, 'write-failed');
}

function partText(bytes: Uint8Array, entry: ZipEntry): string {
  const start = dataOffset(bytes, entry);
  if (start < 0) throw broken(`the part ${entry.name} is unreadable`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const raw = entry.method === DEFLATE ? inflateRawSync(data) : data;
  return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
}

/** The style index ExcelJS gave each carrier cell ('' where it wrote none, i.e. the default style). */
function styleIndexes(sheetXml: string, carriers: readonly string[]): string[] {
  const wanted = new Set(carriers);
  const found = new Map<string, string>();
  for (const m of sheetXml.matchAll(/<c\s([^>]*?)\/?>/g)) {
    const r = /(?:^|\s)r="([^"]+)"/.exec(m[1])?.[1];
    if (r === undefined || !wanted.has(r)) continue;
    found.set(r, /(?:^|\s)s="(\d+)"/.exec(m[1])?.[1] ?? '');
  }
  return carriers.map((address) => found.get(address) ?? '');
}

/**
 * The `si` of each shared formula mark: for a master ExcelJS wrote, the number it gave (read from its `<f>`);
 * for a master in the rows put back, a number past every one ExcelJS gave in the sheet, so none is used twice.
 */
function sharedIndexes(sheetXml: string, masters: readonly (string | null)[]): string[] {
  const given = new Map<string, string>();
  let next = 0;
  for (const m of sheetXml.matchAll(/<c\s([^>]*?)>\s*<f\s([^>]*?)\/?>/g)) {
    const si = /(?:^|\s)si="(\d+)"/.exec(m[2])?.[1];
    if (si === undefined) continue;
    next = Math.max(next, Number(si) + 1);
    const r = /(?:^|\s)r="([^"]+)"/.exec(m[1])?.[1];
    if (r !== undefined) given.set(r, si);
  }
  return masters.map((address) => {
    if (address === null) return String(next++);
    const si = given.get(address);
    if (si === undefined) throw broken(`the shared formula at ${address} was not written as one`);
    return si;
  });
}

/** The sheet's `<dimension>`: the range of ExcelJS's own rows widened to take in the rows put back. */
function widenDimension(xml: string, rows: DetachedRows): string {
  return xml.replace(/<dimension ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"\s*\/>/, (_whole, ref: string) => {
    const kept = parseRangeAddress(ref);
    const range = rangeAddress(
      kept.top,
      Math.min(kept.left, rows.left - 1),
      Math.max(kept.bottom, rows.bottom - 1),
      Math.max(kept.right, rows.right - 1),
    );
    return `<dimension ref="${range}"/>`;
  });
}

/**
 * The rows' parts with each style mark replaced by ExcelJS's index, each part deflated again, after ExcelJS's text
 * before them and before its text after them, with the checksum taken over the whole text in order.
 */
function rebuiltSheet(xml: string, rows: DetachedRows): RewrittenPart {
  const styles = styleIndexes(xml, rows.styleCarriers);
  const shared = sharedIndexes(xml, rows.sharedMasters);
  const resolved = (text: string): string =>
    text.replace(/ (s|si)="#(\d+)"/g, (_m, name: string, k: string) => {
      if (name === 'si') return ` si="${shared[Number(k)]}"`;
      return styles[Number(k)] ? ` s="${styles[Number(k)]}"` : '';
    });
  const widened = widenDimension(xml, rows);
  const closed = widened.indexOf('</sheetData>');
  const empty = closed < 0 ? widened.search(/<sheetData\s*\/>/) : -1;
  if (closed < 0 && empty < 0) throw broken('a sheet has no cell data element');
  const head = closed >= 0 ? widened.slice(0, closed) : `${widened.slice(0, empty)}<sheetData>`;
  const tail = closed >= 0 ? widened.slice(closed) : `</sheetData>${widened.slice(widened.indexOf('>', empty) + 1)}`;
  const deflated: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  const add = (text: string, last: boolean): void => {
    const bytes = Buffer.from(text, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    deflated.push(deflateRawSync(bytes, last ? {} : { finishFlush: constants.Z_SYNC_FLUSH }));
  };
  add(head, false);
  for (const part of rows.parts) {
    const text = inflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
    add(resolved(text), false);
  }
  add(tail, true);
  if (size > 0xffffffff) throw broken('a sheet is too large for the file format');
  return { deflated, crc, size };
}

/** The package ExcelJS wrote, with the rows taken out of its sheets put back. */
export function spliceDetachedRows(bytes: Uint8Array, detached: readonly DetachedRows[]): Uint8Array {
  if (detached.length === 0) return bytes;
  const entries = new Map(zipEntries(bytes).map((e) => [e.name, e]));
  const replaced = new Map<string, RewrittenPart>();
  for (const rows of detached) {
    const name = `xl/worksheets/sheet${rows.sheetId}.xml`;
    const entry = entries.get(name);
    if (entry === undefined) throw broken(`the part ${name} is missing`);
    replaced.set(name, rebuiltSheet(partText(bytes, entry), rows));
  }
  return withPartsReplaced(bytes, replaced, broken);
}
