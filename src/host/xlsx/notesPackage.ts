/**
 * Adds the notes kept in a `CellNotes` to a package ExcelJS has written. ExcelJS wrote each such
 * sheet's `xl/commentsN.xml` and `xl/drawings/vmlDrawingN.vml` (N is the sheet's id) for the note it
 * holds, with the sheet's link to them and their content types; only those two parts are rewritten
 * here, with the other notes added, and every other part is copied as it is, still compressed. The
 * new parts are built and compressed piece by piece, so a copy with 200,000 notes never holds their
 * whole text at once. Browser-safe: the compression is the platform's `CompressionStream`.
 */
import { WorkbookError } from '../errors';
import type { CellNotes } from './notesParts';
import { crc32 } from './notesCrc';
import { dataOffset, localRecordLength, zipEntries, type ZipEntry } from './zipParts';

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIGNATURE = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

/** A part written anew: its compressed bytes, in pieces, with what the zip's records say about it. */
interface NewPart {
  readonly pieces: readonly Uint8Array[];
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
}

function failed(reason: string): WorkbookError {
  return new WorkbookError(`The copy could not be written: its notes could not be added (${reason}).`, 'write-failed');
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const pieces: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) pieces.push(next.value);
  return pieces;
}

function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The text of a part ExcelJS wrote (stored or deflated). */
async function partText(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  const start = dataOffset(bytes, entry);
  if (start < 0) throw failed(`${entry.name} is not where the package says`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return new TextDecoder().decode(data);
  if (entry.method !== DEFLATED) throw failed(`${entry.name} uses compression method ${entry.method}`);
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  const reading = drain(inflater.readable);
  await writer.write(data.slice()); // a part of its own (the stream takes bytes over a whole buffer)
  await writer.close();
  return new TextDecoder().decode(joined(await reading));
}

/** Compresses text given in pieces, keeping only the compressed bytes and a running checksum. */
async function compressed(pieces: Iterable<string>): Promise<NewPart> {
  const deflater = new CompressionStream('deflate-raw');
  const writer = deflater.writable.getWriter();
  const reading = drain(deflater.readable);
  const encoder = new TextEncoder();
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const bytes = encoder.encode(piece);
    crc = crc32(bytes, crc);
    size += bytes.length;
    await writer.write(bytes);
  }
  await writer.close();
  const out = await reading;
  return { pieces: out, compressedSize: out.reduce((n, p) => n + p.length, 0), size, crc };
}

/** The part's text with `added` inserted before its last `closing` tag. */
function* insertedBefore(text: string, closing: string, added: Iterable<string>, name: string): Generator<string> {
  const at = text.lastIndexOf(closing);
  if (at < 0) throw failed(`${name} has no ${closing}`);
  yield text.slice(0, at);
  yield* added;
  yield text.slice(at);
}

function localHeader(name: Uint8Array, part: NewPart, old: Uint8Array, oldEntry: ZipEntry): Uint8Array {
  const header = new Uint8Array(30 + name.length);
  const v = new DataView(header.buffer);
  const oldCentral = new DataView(old.buffer, old.byteOffset + oldEntry.centralOffset, 46);
  v.setUint32(0, LOCAL_SIGNATURE, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 0, true);
  v.setUint16(8, DEFLATED, true);
  v.setUint16(10, oldCentral.getUint16(12, true), true); // the old part's time and date
  v.setUint16(12, oldCentral.getUint16(14, true), true);
  v.setUint32(14, part.crc, true);
  v.setUint32(18, part.compressedSize, true);
  v.setUint32(22, part.size, true);
  v.setUint16(26, name.length, true);
  v.setUint16(28, 0, true);
  header.set(name, 30);
  return header;
}

function centralRecord(local: Uint8Array, name: Uint8Array, offset: number): Uint8Array {
  const record = new Uint8Array(46 + name.length);
  const v = new DataView(record.buffer);
  v.setUint32(0, CENTRAL_SIGNATURE, true);
  v.setUint16(4, 20, true);
  record.set(local.subarray(4, 30), 6); // version needed to the lengths: the same fields as the local header
  v.setUint32(42, offset, true);
  record.set(name, 46);
  return record;
}

/** The package with `replaced` parts written anew and every other part copied raw. */
function rebuilt(bytes: Uint8Array, entries: readonly ZipEntry[], replaced: ReadonlyMap<string, NewPart>): Uint8Array {
  const pieces: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const part = replaced.get(entry.name);
    if (part === undefined) {
      const length = localRecordLength(bytes, entry);
      if (length < 0) throw failed(`${entry.name} is not where the package says`);
      pieces.push(bytes.subarray(entry.localOffset, entry.localOffset + length));
      const central = bytes.slice(entry.centralOffset, entry.centralOffset + entry.centralLength);
      new DataView(central.buffer).setUint32(42, offset, true);
      centrals.push(central);
      offset += length;
      continue;
    }
    const name = new TextEncoder().encode(entry.name);
    const local = localHeader(name, part, bytes, entry);
    pieces.push(local, ...part.pieces);
    centrals.push(centralRecord(local, name, offset));
    offset += local.length + part.compressedSize;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, EOCD_SIGNATURE, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, centralSize, true);
  v.setUint32(16, offset, true);
  return joined([...pieces, ...centrals, end]);
}

/**
 * Whether this platform compresses raw deflate streams (Node 18, Chromium 103, Safari 16.4, Firefox
 * 113 and later), which writing the notes parts takes.
 */
export function canWriteNotesParts(): boolean {
  try {
    new CompressionStream('deflate-raw');
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false; // an older browser: the notes go through ExcelJS instead
  }
}

/**
 * The package with every note of `notes` in it; the package itself when there are none to add.
 * Throws `WorkbookError` ('write-failed') if ExcelJS did not write the parts the notes go into.
 */
export async function withCellNotes(bytes: Uint8Array, notes: CellNotes): Promise<Uint8Array> {
  const sheetIds = notes.sheetIds();
  if (sheetIds.length === 0) return bytes;
  const entries = zipEntries(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const replaced = new Map<string, NewPart>();
  for (const id of sheetIds) {
    const comments = byName.get(`xl/comments${id}.xml`);
    const drawing = byName.get(`xl/drawings/vmlDrawing${id}.vml`);
    if (!comments || !drawing) throw failed(`sheet ${id} has no notes part`);
    const commentsText = await partText(bytes, comments);
    replaced.set(
      comments.name,
      await compressed(insertedBefore(commentsText, '</commentList>', notes.commentsXml(id), comments.name)),
    );
    const drawingText = await partText(bytes, drawing);
    // Shape ids go on from those ExcelJS gave its own notes on this sheet (1025, 1026 …).
    const firstId = 1025 + (drawingText.match(/<v:shape /g)?.length ?? 0);
    replaced.set(
      drawing.name,
      await compressed(insertedBefore(drawingText, '</xml>', notes.shapesXml(id, firstId), drawing.name)),
    );
  }
  return rebuilt(bytes, entries, replaced);
}
