/** A1 addressing: column letters and cell addresses, 0-based internally. */

export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`Column index must be a whole number from 0, got ${col}`);
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  const up = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(up)) throw new RangeError(`"${letters}" is not a column name such as A or AB`);
  let n = 0;
  for (const ch of up) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `cellAddress(0, 0)` is `A1`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** `rangeAddress(0, 0, 9, 2)` is `A1:C10`. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  const b = cellAddress(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export function parseCellAddress(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) throw new RangeError(`"${address}" is not a cell address such as B7`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function parseRangeAddress(address: string): RangeRef {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = bare.split(':');
  const start = parseCellAddress(a);
  const end = b === undefined ? start : parseCellAddress(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
