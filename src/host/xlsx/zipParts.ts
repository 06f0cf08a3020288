/**
 * Just enough of the zip format to list an .xlsx package's parts and to copy it without some
 * of them (raw compressed bytes are copied, nothing is re-encoded). No Node built-ins, so the
 * browser playground can use it too.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
  /** Offset and length of this entry's record in the central directory. */
  readonly centralOffset: number;
  readonly centralLength: number;
  readonly flags: number;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endOfCentralDirectory(v: DataView): number {
  const stop = Math.max(0, v.byteLength - 65_557);
  for (let i = v.byteLength - 22; i >= stop; i--) if (v.getUint32(i, true) === EOCD_SIGNATURE) return i;
  return -1;
}

function decodeName(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** The package's entries from its central directory; an unreadable package gives an empty list. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const v = view(bytes);
  const eocd = endOfCentralDirectory(v);
  if (eocd < 0) return [];
  const count = v.getUint16(eocd + 10, true);
  let offset = v.getUint32(eocd + 16, true);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count && offset + 46 <= bytes.length; i++) {
    if (v.getUint32(offset, true) !== CENTRAL_SIGNATURE) break;
    const nameLength = v.getUint16(offset + 28, true);
    const length = 46 + nameLength + v.getUint16(offset + 30, true) + v.getUint16(offset + 32, true);
    out.push({
      name: decodeName(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      flags: v.getUint16(offset + 8, true),
      method: v.getUint16(offset + 10, true),
      compressedSize: v.getUint32(offset + 20, true),
      uncompressedSize: v.getUint32(offset + 24, true),
      localOffset: v.getUint32(offset + 42, true),
      centralOffset: offset,
      centralLength: length,
    });
    offset += length;
  }
  return out;
}

/** Where an entry's compressed data starts, or -1 when the local header is not where it should be. */
export function dataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const v = view(bytes);
  if (entry.localOffset + 30 > bytes.length || v.getUint32(entry.localOffset, true) !== LOCAL_SIGNATURE) return -1;
  return entry.localOffset + 30 + v.getUint16(entry.localOffset + 26, true) + v.getUint16(entry.localOffset + 28, true);
}

/** The length of an entry's local record: header, data and data descriptor; -1 when it is not where it should be. */
export function localRecordLength(bytes: Uint8Array, entry: ZipEntry): number {
  const start = dataOffset(bytes, entry);
  if (start < 0) return -1;
  let end = start + entry.compressedSize;
  if (entry.flags & 0x8)
    end += end + 4 <= bytes.length && view(bytes).getUint32(end, true) === DESCRIPTOR_SIGNATURE ? 16 : 12;
  return end - entry.localOffset;
}

/** A copy of the package without the parts `drop` selects; `null` if the package cannot be rewritten. */
export function withoutParts(bytes: Uint8Array, drop: (name: string) => boolean): Uint8Array | null {
  const entries = zipEntries(bytes);
  if (entries.length === 0) return null;
  const kept = entries.filter((e) => !drop(e.name));
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of kept) {
    const length = localRecordLength(bytes, entry);
    if (length < 0) return null;
    locals.push(bytes.subarray(entry.localOffset, entry.localOffset + length));
    const central = bytes.slice(entry.centralOffset, entry.centralOffset + entry.centralLength);
    view(central).setUint32(42, offset, true);
    centrals.push(central);
    offset += length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals]) {
    out.set(part, at);
    at += part.length;
  }
  const v = view(out);
  v.setUint32(at, EOCD_SIGNATURE, true);
  v.setUint16(at + 8, kept.length, true);
  v.setUint16(at + 10, kept.length, true);
  v.setUint32(at + 12, centralSize, true);
  v.setUint32(at + 16, offset, true);
  return out;
}
