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
import { dataOffset, zipEntries, type ZipEntry } from './zipParts';
import { crc32, withPartsReplaced, type RewrittenPart } from './zipRewrite';

const STORED = 0;
const DEFLATED = 8;

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
async function compressed(pieces: Iterable<string>): Promise<RewrittenPart> {
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
  return { deflated: await reading, size, crc };
}

/** The part's text with `added` inserted before its last `closing` tag. */
function* insertedBefore(text: string, closing: string, added: Iterable<string>, name: string): Generator<string> {
  const at = text.lastIndexOf(closing);
  if (at < 0) throw failed(`${name} has no ${closing}`);
  yield text.slice(0, at);
  yield* added;
  yield text.slice(at);
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
  const replaced = new Map<string, RewrittenPart>();
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
  return withPartsReplaced(bytes, replaced, failed);
}
