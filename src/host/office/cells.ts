/** Converting between port values and what Office.js sends and receives for a block of cells. */
import { cellError, type CellValue } from '../../core/grid/types';
import { checkNumber, DEFAULT_DATE_FORMAT, formulaText, isDateInput, isFormulaInput } from '../common/cellInputs';
import { needsTextFormat, TEXT_FORMAT } from '../common/textSafety';
import type { CellInput } from '../port';

export interface OfficeBlock {
  /** What goes to `range.formulas`: constants and formulas; `null` leaves a cell alone (ragged rows). */
  readonly formulas: (string | number | boolean | null)[][];
  /** What goes to `range.numberFormat` first: `@` for risky text, a date format for dates, else `null` (unchanged). */
  readonly numberFormats: (string | null)[][];
  readonly needsFormats: boolean;
  readonly width: number;
}

/**
 * Prepares a block. A null input clears its cell (`''`), because Office.js reads `null` in a
 * 2-D array as "leave unchanged"; missing cells of a ragged row are left unchanged.
 */
export function toOfficeBlock(rows: readonly (readonly CellInput[])[], where: string): OfficeBlock {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  let needsFormats = false;
  const formulas = rows.map((row) => {
    const out = new Array<string | number | boolean | null>(width).fill(null);
    row.forEach((input, c) => {
      if (input === null) out[c] = '';
      else if (typeof input === 'string' || typeof input === 'boolean') out[c] = input;
      else if (typeof input === 'number') out[c] = checkNumber(input, where);
      else if (isDateInput(input)) out[c] = checkNumber(input.date, where);
      else if (isFormulaInput(input)) out[c] = formulaText(input.formula);
    });
    return out;
  });
  const numberFormats = rows.map((row) => {
    const out = new Array<string | null>(width).fill(null);
    row.forEach((input, c) => {
      if (typeof input === 'string' && needsTextFormat(input)) out[c] = TEXT_FORMAT;
      else if (input !== null && isDateInput(input)) out[c] = DEFAULT_DATE_FORMAT;
      else return;
      needsFormats = true;
    });
    return out;
  });
  return { formulas, numberFormats, needsFormats, width };
}

/** A value Office.js returned, with its value type telling real errors from text like "#N/A". */
export function fromOfficeValue(value: unknown, valueType: unknown): CellValue {
  if (valueType === 'Error') return cellError(String(value));
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  // Office.js only returns scalars here; anything else is shown as the error Excel would show.
  return cellError('#VALUE!');
}

/**
 * A formula cell reports `=…`; a constant's "formula" is the constant itself. A text-formatted
 * cell (`@`) never holds a formula, even when its text starts with `=`.
 */
export function fromOfficeFormula(formula: unknown, numberFormat: unknown): string | null {
  if (numberFormat === TEXT_FORMAT) return null;
  return typeof formula === 'string' && formula.startsWith('=') ? formula : null;
}

export function fromOfficeFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' ? format : null;
}

/** `'My sheet'!B2:C3` → `B2:C3`. */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

/** `'My sheet'!B2:C3` → `My sheet`. */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  const raw = bang < 0 ? '' : address.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** `My sheet`, `B2:C3` → `'My sheet'!B2:C3`. */
export function qualifiedAddress(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
