/** What the memory workbook keeps beside HyperFormula's cells: formats, rules, tables, panes. */
import type { RangeRef } from '../../core/grid/a1';
import type { ConditionalRule, TableColumnSpec } from '../port';

export interface ConditionalEntry {
  readonly address: string;
  readonly range: RangeRef;
  readonly rules: readonly ConditionalRule[];
}

export interface ValidationEntry {
  readonly address: string;
  readonly range: RangeRef;
  readonly values: readonly string[];
}

export interface SheetState {
  name: string;
  visible: boolean;
  frozenRows: number;
  /** Number formats by cell key (`row,col`). */
  readonly formats: Map<string, string>;
  /** Formula text as written (structured references kept), for cells HyperFormula holds in A1 form. */
  readonly originalFormulas: Map<string, string>;
  readonly conditionalFormats: ConditionalEntry[];
  readonly validations: ValidationEntry[];
  readonly columnWidths: Map<number, number>;
}

export interface TableState {
  readonly name: string;
  sheet: string;
  readonly top: number;
  readonly left: number;
  headers: string[];
  bodyRows: number;
  columns: readonly TableColumnSpec[];
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function newSheetState(name: string): SheetState {
  return {
    name,
    visible: true,
    frozenRows: 0,
    formats: new Map(),
    originalFormulas: new Map(),
    conditionalFormats: [],
    validations: [],
    columnWidths: new Map(),
  };
}

export function contains(range: RangeRef, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

export function tableRange(table: TableState): RangeRef {
  return {
    top: table.top,
    left: table.left,
    bottom: table.top + table.bodyRows,
    right: table.left + table.headers.length - 1,
  };
}

/** Whether a rule applies to a value (text compares ignoring case, as Excel's `=` does). */
export function ruleMatches(rule: ConditionalRule, value: unknown): boolean {
  if (rule.kind === 'textEquals')
    return typeof value === 'string' && value.trim().toLowerCase() === rule.text.trim().toLowerCase();
  return typeof value === 'number' && value >= rule.min && value <= rule.max;
}
