/**
 * The workbook behind the Excel fake: cells with values, formulas and number formats, tables,
 * rules and panes. It behaves like Excel where the adapter's correctness depends on it: a
 * string written to a cell that is not text-formatted is parsed (so "=cmd" becomes a formula
 * and "123" a number), and `null` in a written 2-D array leaves a cell unchanged.
 */
import { parseRangeAddress, rangeAddress, type RangeRef } from '../../src/core/grid/a1';

export type FakeScalar = string | number | boolean;

export interface FakeCell {
  value: FakeScalar;
  /** Formula text (`=…`) for formula cells; `null` for constants. The fake does not calculate. */
  formula: string | null;
  numberFormat: string;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  readonly cells: Map<string, FakeCell>;
  frozenRows: number;
  readonly conditionalFormats: { address: string; kind: string; rule: unknown; fill: string; font: string }[];
  readonly validations: { address: string; source: unknown }[];
  readonly columnWidths: Map<number, number>;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  range: RangeRef;
}

/** A workbook-level name. */
export interface FakeName {
  name: string;
  formula: string;
  comment: string;
}

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  /** Whether this Excel has LAMBDA (Microsoft 365, Excel 2024); older Excel refuses LAMBDA formulas. */
  lambda = true;
  /** The system culture Excel runs in (`Application.cultureInfo.name`). */
  culture = 'en-US';
  activeSheet: FakeSheet | null = null;
  selection: { sheet: FakeSheet; address: string } | null = null;

  addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) throw fakeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
    const sheet: FakeSheet = {
      name,
      visibility: 'Visible',
      cells: new Map(),
      frozenRows: 0,
      conditionalFormats: [],
      validations: [],
      columnWidths: new Map(),
    };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  findName(name: string): FakeName | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  findTable(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
}

/** Errors as Office.js raises them: an `Error` with a `code`. */
export function fakeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

export function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function parseAddress(address: string): RangeRef {
  try {
    return parseRangeAddress(address);
  } catch {
    throw fakeError('InvalidArgument', `The argument "${address}" is invalid.`);
  }
}

export function qualified(sheet: FakeSheet, range: RangeRef): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${rangeAddress(range.top, range.left, range.bottom, range.right)}`;
}

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
  return sheet.cells.get(key(row, col)) ?? { value: '', formula: null, numberFormat: 'General' };
}

function isEmpty(cell: FakeCell): boolean {
  return cell.value === '' && cell.formula === null;
}

function store(sheet: FakeSheet, row: number, col: number, cell: FakeCell): void {
  if (isEmpty(cell) && cell.numberFormat === 'General') sheet.cells.delete(key(row, col));
  else sheet.cells.set(key(row, col), cell);
}

/** What Excel does with something typed into a cell of format `numberFormat`. */
export function enter(sheet: FakeSheet, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) return; // null leaves the cell unchanged
  const cell = { ...cellAt(sheet, row, col) };
  cell.formula = null;
  if (typeof input === 'number' || typeof input === 'boolean') cell.value = input;
  else if (typeof input !== 'string') throw fakeError('InvalidArgument', `Cannot write ${typeof input} to a cell.`);
  else if (cell.numberFormat === '@') cell.value = input;
  else if (input === '') cell.value = '';
  else if (/^[=+\-@]/.test(input) && input.length > 1) {
    cell.formula = input.startsWith('=') ? input : `=${input.slice(input.startsWith('@') ? 1 : 0)}`;
    cell.value = '';
  } else if (/^[-+]?\d+(\.\d+)?$/.test(input.trim())) cell.value = Number(input);
  else if (/^(true|false)$/i.test(input.trim())) cell.value = input.trim().toLowerCase() === 'true';
  else cell.value = input;
  store(sheet, row, col, cell);
}

export function setFormat(sheet: FakeSheet, row: number, col: number, format: unknown): void {
  if (format === null || format === undefined) return;
  store(sheet, row, col, {
    ...cellAt(sheet, row, col),
    numberFormat: format === '' ? 'General' : typeof format === 'string' ? format : JSON.stringify(format),
  });
}

export function clearContents(sheet: FakeSheet, range: RangeRef): void {
  for (const [k, cell] of [...sheet.cells]) {
    const [r, c] = k.split(',').map(Number);
    if (r >= range.top && r <= range.bottom && c >= range.left && c <= range.right)
      store(sheet, r, c, { ...cell, value: '', formula: null });
  }
}

/** The used range, counting cells with values or formulas only (`valuesOnly`). */
export function usedRange(sheet: FakeSheet): RangeRef | null {
  let ref: RangeRef | null = null;
  for (const [k, cell] of sheet.cells) {
    if (isEmpty(cell)) continue;
    const [r, c] = k.split(',').map(Number);
    ref = ref
      ? {
          top: Math.min(ref.top, r),
          left: Math.min(ref.left, c),
          bottom: Math.max(ref.bottom, r),
          right: Math.max(ref.right, c),
        }
      : { top: r, left: c, bottom: r, right: c };
  }
  return ref;
}

/** Values, formulas, number formats and value types of a block, as Office.js returns them. */
export function readBlock(
  sheet: FakeSheet,
  range: RangeRef,
): Record<'values' | 'formulas' | 'numberFormat' | 'valueTypes', unknown[][]> {
  const out = {
    values: [] as unknown[][],
    formulas: [] as unknown[][],
    numberFormat: [] as unknown[][],
    valueTypes: [] as unknown[][],
  };
  for (let r = range.top; r <= range.bottom; r++) {
    const v: unknown[] = [];
    const f: unknown[] = [];
    const n: unknown[] = [];
    const t: unknown[] = [];
    for (let c = range.left; c <= range.right; c++) {
      const cell = cellAt(sheet, r, c);
      v.push(cell.value);
      f.push(cell.formula ?? cell.value);
      n.push(cell.numberFormat);
      const isError =
        typeof cell.value === 'string' &&
        cell.numberFormat !== '@' &&
        /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?)$/.test(cell.value);
      t.push(
        isError
          ? 'Error'
          : cell.value === ''
            ? 'Empty'
            : typeof cell.value === 'number'
              ? 'Double'
              : typeof cell.value === 'boolean'
                ? 'Boolean'
                : 'String',
      );
    }
    out.values.push(v);
    out.formulas.push(f);
    out.numberFormat.push(n);
    out.valueTypes.push(t);
  }
  return out;
}
