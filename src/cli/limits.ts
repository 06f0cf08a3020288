/**
 * How the commands that read a workbook read it: `--max-rows`, the one size limit a user may raise or
 * lower (the others are in src/host/xlsx/guards.ts), and `--locale`, the order of day and month in text dates.
 */
import { InvalidArgumentError, Option } from 'commander';
import { dateOrderOfLocale } from '../core/dates';
import { XLSX_MAX_ROWS, type OpenOptions } from '../host/xlsx';

/** Excel's own last row: no sheet can have more. */
const EXCEL_ROWS = 1_048_576;

export interface WorkbookReadOptions {
  readonly maxRows?: number;
  readonly locale?: string;
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

/** A locale with a region (en-US, fr-CA), which settles whether 03/04/2027 is 3 April or March 4. */
function parseLocale(text: string): string {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(text.trim().replace(/_/g, '-'))[0];
  } catch {
    tag = undefined;
  }
  if (tag === undefined || dateOrderOfLocale(tag) === null)
    throw new InvalidArgumentError('give a language and region such as en-US (month first) or en-GB (day first).');
  return tag;
}

export function localeOption(): Option {
  return new Option(
    '--locale <tag>',
    'read text dates such as 03/04/2027 as this locale writes them, e.g. en-US (month first) or en-GB (day first); default day first, with a note when a date could be read either way',
  ).argParser(parseLocale);
}

export function openOptionsOf(options: WorkbookReadOptions): OpenOptions {
  return {
    ...(options.maxRows === undefined ? {} : { maxRows: options.maxRows }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  };
}
