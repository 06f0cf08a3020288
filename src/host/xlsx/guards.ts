/**
 * Size guards that run before ExcelJS inflates anything (Node only: uses zlib). First the zip's
 * central directory: each part's declared inflated size and compression ratio, and their total.
 * Then every part is inflated as a stream, without keeping it, to check that it inflates to what
 * it declares (a zip may lie) while rows, cells and shared strings are counted in the XML; the
 * scan stops at the first limit passed. A sheet's `<dimension>` is not trusted: streaming
 * writers omit it.
 */
import { createInflateRaw } from 'zlib';
import { WorkbookError } from '../errors';
import { dataOffset, zipEntries, type ZipEntry } from './zipParts';

export interface WorkbookLimits {
  /** Rows per sheet. */
  readonly maxRows: number;
  /** Cells with content in all sheets, and shared strings, each. */
  readonly maxCells: number;
  /** Inflated bytes of one part. */
  readonly maxPartBytes: number;
  /** Inflated bytes of all parts together. */
  readonly maxTotalBytes: number;
  /** Inflated size over compressed size, for parts larger than `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
}

const MB = 1024 * 1024;

/** The limits the README documents; `--max-rows` changes `maxRows`. */
export const DEFAULT_LIMITS: WorkbookLimits = {
  maxRows: 250_000,
  maxCells: 5_000_000,
  maxPartBytes: 256 * MB,
  maxTotalBytes: 512 * MB,
  maxRatio: 200,
  ratioFloorBytes: 8 * MB,
};

/** What the scan counted, for the size checks after ExcelJS and for tests. */
export interface PackageCounts {
  readonly inflatedBytes: number;
  readonly cells: number;
  readonly sharedStrings: number;
  /** Rows per worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  readonly rows: ReadonlyMap<string, number>;
  /** Worksheet parts with a data validation over more than `MAX_VALIDATION_CELLS` cells. */
  readonly hugeValidationParts: readonly string[];
}

const ZIP32_UNKNOWN = 0xffffffff;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const SHARED_STRINGS = /^xl\/sharedStrings\.xml$/i;
const ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?(row|c|si)[\s>/]/g;
const VALIDATION = /<(?:[A-Za-z_][\w.-]*:)?dataValidation\s[^>]*?sqref="([^"]+)"/g;

/** Validation ranges above this many cells are not read (ExcelJS expands them one entry per cell). */
export const MAX_VALIDATION_CELLS = 100_000;

const count = (n: number): string => n.toLocaleString('en-US');
const megabytes = (n: number): string => `${count(Math.ceil(n / MB))} MB`;

const TOO_BIG = 'Rudder does not open it (see "Limits" in the README).';
const COPY_PART = 'Copy the part you need to a new workbook and try again.';

function refuse(path: string, what: string, advice = TOO_BIG): WorkbookError {
  return new WorkbookError(`${path} ${what} ${advice}`, 'too-large');
}

/** Refuses from the central directory alone: declared sizes and ratios, before inflating a byte. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], path: string, limits: WorkbookLimits): void {
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize === ZIP32_UNKNOWN || e.compressedSize === ZIP32_UNKNOWN)
      throw refuse(path, `has a part (${e.name}) over 4 GB when unpacked.`);
    if (e.uncompressedSize > limits.maxPartBytes)
      throw refuse(
        path,
        `has a part (${e.name}) that unpacks to ${megabytes(e.uncompressedSize)}, over the limit of ${megabytes(limits.maxPartBytes)}.`,
      );
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
      throw refuse(
        path,
        `has a part (${e.name}) packed ${Math.round(ratio)} to 1 (${megabytes(e.uncompressedSize)} from ${megabytes(e.compressedSize)}): far more than a real workbook, as in a zip bomb.`,
      );
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalBytes)
    throw refuse(
      path,
      `unpacks to ${megabytes(total)}, over the limit of ${megabytes(limits.maxTotalBytes)} for a workbook.`,
    );
}

function validationCells(sqref: string): number {
  let total = 0;
  for (const part of sqref.split(/\s+/)) {
    const m = /^\$?([A-Z]+)?\$?(\d+)?(?::\$?([A-Z]+)?\$?(\d+)?)?$/i.exec(part);
    if (!m) continue;
    const col = (s: string | undefined, fallback: number): number =>
      s === undefined ? fallback : [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const left = col(m[1], 1);
    const top = m[2] === undefined ? 1 : Number(m[2]);
    const right = m[3] === undefined && m[4] === undefined ? left : col(m[3], 16_384);
    const bottom = m[3] === undefined && m[4] === undefined ? top : m[4] === undefined ? 1_048_576 : Number(m[4]);
    total += (Math.abs(bottom - top) + 1) * (Math.abs(right - left) + 1);
  }
  return total;
}

interface PartScan {
  bytes: number;
  rows: number;
  cells: number;
  strings: number;
  hugeValidation: boolean;
}

/** Inflates one part as a stream, counting as it goes; `check` returns a refusal to stop at a limit. */
function scanPart(
  raw: Uint8Array,
  entry: ZipEntry,
  countXml: boolean,
  check: (scan: PartScan) => WorkbookError | null,
): Promise<PartScan> {
  const scan: PartScan = { bytes: 0, rows: 0, cells: 0, strings: 0, hugeValidation: false };
  let carry = '';
  const take = (text: string): void => {
    for (const m of text.matchAll(ELEMENT)) {
      if (m[1] === 'row') scan.rows++;
      else if (m[1] === 'c') scan.cells++;
      else scan.strings++;
    }
    if (text.includes('ataValidation'))
      for (const m of text.matchAll(VALIDATION))
        if (validationCells(m[1]) > MAX_VALIDATION_CELLS) scan.hugeValidation = true;
  };
  return new Promise((done, fail) => {
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      scan.bytes += chunk.length;
      if (countXml) {
        // Tags cannot hold '<': all before the last '<' is whole tags, the rest waits for the next chunk.
        const text = carry + chunk.toString('latin1');
        const cut = text.lastIndexOf('<');
        const whole = cut < 0 || text.length - cut > 64 * 1024 ? text.length : cut;
        take(text.slice(0, whole));
        carry = text.slice(whole);
      }
      const refusal = check(scan);
      if (refusal !== null) {
        inflate.destroy();
        fail(refusal);
      }
    });
    inflate.on('error', () => {
      // A damaged stream: ExcelJS reports it in its own words; the sizes seen so far were within limits.
      done(scan);
    });
    inflate.on('end', () => {
      if (countXml) take(carry);
      const refusal = check(scan);
      if (refusal === null) done(scan);
      else fail(refusal);
    });
    inflate.end(raw.subarray(0, entry.compressedSize));
  });
}

/**
 * Refuses a package whose parts are too large, packed like a zip bomb, or whose sheets have more
 * rows or cells than the limits; resolves to what it counted. Nothing is kept in memory but counts.
 */
export async function guardPackage(
  bytes: Uint8Array,
  path: string,
  limits: WorkbookLimits = DEFAULT_LIMITS,
): Promise<PackageCounts> {
  const entries = zipEntries(bytes);
  checkDeclaredSizes(entries, path, limits);
  let inflatedBytes = 0;
  let cells = 0;
  let sharedStrings = 0;
  const rows = new Map<string, number>();
  const hugeValidationParts: string[] = [];
  for (const entry of entries) {
    const start = dataOffset(bytes, entry);
    if (start < 0 || entry.method !== 8) {
      inflatedBytes += entry.method === 0 ? entry.compressedSize : 0;
      continue;
    }
    const isSheet = WORKSHEET.test(entry.name);
    const isStrings = SHARED_STRINGS.test(entry.name);
    const before = inflatedBytes;
    const scan = await scanPart(bytes.subarray(start), entry, isSheet || isStrings, (s) => {
      // A part that inflates past what it declared is lying about its size, as zip bombs do.
      if (s.bytes > entry.uncompressedSize + 1024)
        return refuse(path, `has a part (${entry.name}) that unpacks to more than it declares, as in a zip bomb.`);
      if (before + s.bytes > limits.maxTotalBytes)
        return refuse(path, `unpacks to more than ${megabytes(limits.maxTotalBytes)}, the limit for a workbook.`);
      if (isSheet && s.rows > limits.maxRows)
        return refuse(
          path,
          `has a sheet with more than ${count(limits.maxRows)} rows; Rudder reads at most ${count(limits.maxRows)} rows per sheet (--max-rows changes it).`,
          COPY_PART,
        );
      if (cells + s.cells > limits.maxCells || s.strings > limits.maxCells)
        return refuse(
          path,
          `has more than ${count(limits.maxCells)} ${isStrings ? 'texts' : 'cells'}; Rudder reads at most ${count(limits.maxCells)} per workbook.`,
          COPY_PART,
        );
      return null;
    });
    inflatedBytes += scan.bytes;
    cells += scan.cells;
    if (isStrings) sharedStrings += scan.strings;
    if (isSheet) rows.set(entry.name, scan.rows);
    if (scan.hugeValidation) hugeValidationParts.push(entry.name);
  }
  return { inflatedBytes, cells, sharedStrings, rows, hugeValidationParts };
}
