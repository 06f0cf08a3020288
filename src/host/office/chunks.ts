/**
 * Excel on the web refuses requests and responses over 5 MB. Reads and writes are split into
 * row bands that stay under a budget with room to spare; each band costs one `context.sync()`.
 */

/** The documented limit of Excel on the web, per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one band may carry: 80% of the limit, for the JSON envelope and estimation error. */
export const CHUNK_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);
/**
 * Estimated response bytes per cell when reading values, formulas, number formats and value
 * types (each a JSON array entry of ~10-30 characters); deliberately pessimistic.
 */
export const READ_BYTES_PER_CELL = 96;

export interface RowBand {
  /** 0-based offset of the band's first row within the block. */
  readonly start: number;
  /** Number of rows. */
  readonly count: number;
}

/** Bands for reading `rows` x `columns` cells. */
export function readBands(rows: number, columns: number): RowBand[] {
  const perRow = Math.max(1, columns) * READ_BYTES_PER_CELL;
  const size = Math.max(1, Math.floor(CHUNK_BUDGET_BYTES / perRow));
  const bands: RowBand[] = [];
  for (let start = 0; start < rows; start += size) bands.push({ start, count: Math.min(size, rows - start) });
  return bands;
}

/** Bands for writing, from each row's own estimated payload (JSON text of what is sent). */
export function writeBands(rowBytes: readonly number[]): RowBand[] {
  const bands: RowBand[] = [];
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((size, i) => {
    if (i > start && bytes + size > CHUNK_BUDGET_BYTES) {
      bands.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rowBytes.length > start) bands.push({ start, count: rowBytes.length - start });
  return bands;
}

/** Estimated JSON bytes of one row of a 2-D array sent to Excel. */
export function rowPayload(row: readonly unknown[]): number {
  return JSON.stringify(row).length + 1;
}
