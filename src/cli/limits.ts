/** `--max-rows`: the one size limit a user may raise or lower (the others are in src/host/xlsx/guards.ts). */
import { InvalidArgumentError, Option } from 'commander';
import { XLSX_MAX_ROWS, type OpenOptions } from '../host/xlsx';

/** Excel's own last row: no sheet can have more. */
const EXCEL_ROWS = 1_048_576;

export interface MaxRowsOption {
  readonly maxRows?: number;
}

function parseMaxRows(text: string): number {
  const n = Number(text.replace(/[,_]/g, ''));
  if (!Number.isInteger(n) || n < 1 || n > EXCEL_ROWS)
    throw new InvalidArgumentError(`give a whole number of rows from 1 to ${EXCEL_ROWS.toLocaleString('en-US')}.`);
  return n;
}

export function maxRowsOption(): Option {
  return new Option(
    '--max-rows <rows>',
    `refuse sheets with more rows than this (default ${XLSX_MAX_ROWS.toLocaleString('en-US')}; larger files take more time and memory)`,
  ).argParser(parseMaxRows);
}

export function openOptionsOf(options: MaxRowsOption): OpenOptions {
  return options.maxRows === undefined ? {} : { maxRows: options.maxRows };
}
