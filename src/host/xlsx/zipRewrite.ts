/**
 * An .xlsx package with some parts written anew and every other part copied as it is, still
 * compressed: the advisor copy's notes are added this way, and Structure puts back the rows it wrote
 * apart from ExcelJS. No Node built-ins, so the browser copy can use it too.
 */
import { localRecordLength, zipEntries, type ZipEntry } from './zipParts';

const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIGNATURE = 0x06054b50;
const DEFLATED = 8;
const DATA_DESCRIPTOR_FLAG = 0x8;

/** A part's new content, already deflated (in pieces), with the checksum and size of its text. */
export interface RewrittenPart {
  readonly deflated: readonly Uint8Array[];
  readonly crc: number;
  readonly size: number;
}

/** The CRC-32 table of the zip format (the IEEE polynomial, as zlib computes it): constant data. */
const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of `bytes`, going on from `previous` (the CRC of what came before them; 0 at the start). */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = ~previous >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** The new local header of a rewritten part: its old name, time and flags (no data descriptor), its new sizes. */
function localHeader(bytes: Uint8Array, entry: ZipEntry, part: RewrittenPart, compressedSize: number): Uint8Array {
  const central = new DataView(bytes.buffer, bytes.byteOffset + entry.centralOffset, 46);
  const nameLength = central.getUint16(28, true);
  const header = new Uint8Array(30 + nameLength);
  const v = new DataView(header.buffer);
  v.setUint32(0, LOCAL_SIGNATURE, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, entry.flags & ~DATA_DESCRIPTOR_FLAG, true);
  v.setUint16(8, DEFLATED, true);
  v.setUint16(10, central.getUint16(12, true), true);
  v.setUint16(12, central.getUint16(14, true), true);
  v.setUint32(14, part.crc, true);
  v.setUint32(18, compressedSize, true);
  v.setUint32(22, part.size, true);
  v.setUint16(26, nameLength, true);
  header.set(bytes.subarray(entry.centralOffset + 46, entry.centralOffset + 46 + nameLength), 30);
  return header;
}

/**
 * The package with the named parts' contents replaced and every other part copied raw. `fail` makes
 * the error for a package whose parts are not where its directory says.
 */
export function withPartsReplaced(
  bytes: Uint8Array,
  replaced: ReadonlyMap<string, RewrittenPart>,
  fail: (reason: string) => Error,
): Uint8Array {
  const pieces: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of zipEntries(bytes)) {
    const part = replaced.get(entry.name);
    const central = bytes.slice(entry.centralOffset, entry.centralOffset + entry.centralLength);
    const cv = new DataView(central.buffer);
    cv.setUint32(42, offset, true);
    if (part === undefined) {
      const length = localRecordLength(bytes, entry);
      if (length < 0) throw fail(`the part ${entry.name} is not where the package says`);
      pieces.push(bytes.subarray(entry.localOffset, entry.localOffset + length));
      offset += length;
    } else {
      const compressedSize = part.deflated.reduce((n, d) => n + d.length, 0);
      const header = localHeader(bytes, entry, part, compressedSize);
      pieces.push(header, ...part.deflated);
      offset += header.length + compressedSize;
      cv.setUint16(8, entry.flags & ~DATA_DESCRIPTOR_FLAG, true);
      cv.setUint16(10, DEFLATED, true);
      cv.setUint32(16, part.crc, true);
      cv.setUint32(20, compressedSize, true);
      cv.setUint32(24, part.size, true);
    }
    centrals.push(central);
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const piece of [...pieces, ...centrals]) {
    out.set(piece, at);
    at += piece.length;
  }
  const v = new DataView(out.buffer);
  v.setUint32(at, EOCD_SIGNATURE, true);
  v.setUint16(at + 8, centrals.length, true);
  v.setUint16(at + 10, centrals.length, true);
  v.setUint32(at + 12, centralSize, true);
  v.setUint32(at + 16, offset, true);
  return out;
}
