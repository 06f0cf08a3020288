/** How the playground grid shows a value: a small subset of Excel number formats. */
import { formatSerialIso, isValidSerial } from '../../core/dates/serial';
import { isCellError, type CellValue } from '../../core/grid/types';

function decimalsOf(format: string): number {
  const m = /0\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const text = value.toPrecision(10);
  return String(Number(text));
}

/** Formats a value with its number format (`0`, `0.00`, `0%`, `#,##0`, dates, `@`, General). */
export function formatCell(value: CellValue, numberFormat: string | null): string {
  if (value === null) return '';
  if (isCellError(value)) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = numberFormat ?? 'General';
  if (/[yd]/i.test(format) && !/[#0]/.test(format) && isValidSerial(Math.floor(value)))
    return formatSerialIso(Math.floor(value));
  if (format.includes('%')) return `${(value * 100).toFixed(decimalsOf(format))}%`;
  if (/[#0]/.test(format)) {
    const fixed = value.toFixed(decimalsOf(format));
    if (!format.includes(',')) return fixed;
    const [int, frac] = fixed.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return frac === undefined ? grouped : `${grouped}.${frac}`;
  }
  return general(value);
}
