/** Builds Rudder tables for tests from rows written as objects keyed by header. */
import { serialFromYmd } from '../../../src/core/dates';
import { cellAddress, rangeAddress } from '../../../src/core/grid/a1';
import type { CellValue } from '../../../src/core/grid/types';
import { TABLE_SCHEMAS, type RawTable, type TableKind } from '../../../src/core/model';

export type Row = Readonly<Record<string, CellValue>>;

/** `d(2027, 6, 30)`: an Excel serial, as a date cell holds it. */
export const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day);

/** The day the tests judge against: 15 January 2027. */
export const AS_OF = d(2027, 1, 15);

export interface TableOptions {
  name?: string;
  sheet?: string;
  /** Top-left cell of the header row. @default 'A1' */
  at?: { row: number; col: number };
  /** Headers to write instead of the canonical ones (same order). */
  headers?: readonly string[];
}

/** A table of the given kind with the canonical headers in order; row objects fill cells by header. */
export function table(kind: TableKind, rows: readonly Row[], options: TableOptions = {}): RawTable {
  const schema = TABLE_SCHEMAS[kind];
  const canonical = schema.fields.map((f) => f.header);
  const headers = options.headers ?? canonical;
  const at = options.at ?? { row: 0, col: 0 };
  return {
    name: options.name ?? schema.tableName,
    sheet: options.sheet ?? { strategy: 'Strategy', goals: 'Goals', kpis: 'KPIs', swot: 'SWOT', tows: 'SWOT' }[kind],
    range: rangeAddress(at.row, at.col, at.row + Math.max(rows.length, 1), at.col + headers.length - 1),
    headers,
    rows: rows.map((r) => canonical.map((h) => (h in r ? r[h] : null))),
  };
}

export const strategy = (rows: readonly Row[], o?: TableOptions) => table('strategy', rows, o);
export const goals = (rows: readonly Row[], o?: TableOptions) => table('goals', rows, o);
export const kpis = (rows: readonly Row[], o?: TableOptions) => table('kpis', rows, o);
export const swot = (rows: readonly Row[], o?: TableOptions) => table('swot', rows, o);
export const tows = (rows: readonly Row[], o?: TableOptions) => table('tows', rows, o);

export { cellAddress };

export const CLEAN: Readonly<Record<'strategy' | 'goals' | 'kpis' | 'swot' | 'tows', readonly Row[]>> = {
  strategy: [
    { Type: 'Mission', ID: 'M-1', Statement: 'Serve fresh local food to our neighbourhood at fair prices' },
    { Type: 'Value', ID: 'V-1', Statement: 'Honesty with customers' },
    { Type: 'Pillar', ID: 'P-1', Statement: 'Customer loyalty' },
    { Type: 'Pillar', ID: 'P-2', Statement: 'Operational efficiency' },
  ],
  goals: [
    {
      ID: 'G-001',
      Goal: 'Raise repeat customers from 200 to 260 a month by 30 June 2027',
      Pillar: 'P-1, V-1',
      Owner: 'Ann Lee',
      Start: d(2026, 7, 1),
      Due: d(2027, 6, 30),
      Baseline: 200,
      Target: 260,
      Unit: 'customers',
      SMART: 88,
      Status: 'On track',
    },
    {
      ID: 'G-002',
      Goal: 'Reduce food waste from 8% to 5% of stock by 31 March 2027',
      Pillar: 'P-2',
      Source: 'W-1',
      Owner: 'Bob Diaz',
      Start: d(2026, 10, 1),
      Due: d(2027, 3, 31),
      Baseline: 8,
      Target: 5,
      Unit: '%',
      SMART: 92,
      Status: 'On track',
    },
  ],
  kpis: [
    {
      ID: 'K-001',
      KPI: 'Repeat customers per month',
      Goal: 'G-001',
      Direction: 'higher',
      Unit: 'customers',
      Baseline: 200,
      Target: 260,
      Actual: 235,
      'As of': d(2027, 1, 10),
      Start: d(2026, 7, 1),
      Due: d(2027, 6, 30),
      Frequency: 'Monthly',
      Owner: 'Ann Lee',
    },
    {
      ID: 'K-002',
      KPI: 'Waste %',
      Goal: 'G-002',
      Direction: 'lower',
      Unit: '%',
      Baseline: 8,
      Target: 5,
      Actual: 6,
      'As of': d(2027, 1, 8),
      Start: d(2026, 10, 1),
      Due: d(2027, 3, 31),
      Frequency: 'Weekly',
      Owner: 'Bob Diaz',
    },
  ],
  swot: [
    { ID: 'S-1', Quadrant: 'Strength', Item: 'Loyal regulars who know our staff', 'Impact (1-5)': 4, Goals: 'G-001' },
    { ID: 'W-1', Quadrant: 'Weakness', Item: 'We throw away too much fresh stock', 'Impact (1-5)': 4, Goals: 'G-002' },
    { ID: 'T-1', Quadrant: 'Threat', Item: 'A new supermarket is opening nearby', 'Impact (1-5)': 5 },
  ],
  tows: [
    {
      ID: 'ST-1',
      Type: 'ST',
      Strategy: 'Use the loyalty of our regulars to hold off the new supermarket',
      From: 'S-1, T-1',
      Goal: 'G-001',
    },
  ],
};

export type Parts = { [K in keyof typeof CLEAN]?: readonly Row[] };

/** The clean workbook with some tables replaced: `workbook({ kpis: [...] })`. */
export function workbook(parts: Parts = {}): RawTable[] {
  const p = { ...CLEAN, ...parts };
  return [strategy(p.strategy), goals(p.goals), kpis(p.kpis), swot(p.swot), tows(p.tows)];
}

/** A row of the clean workbook with some cells changed. */
export function edit<T extends Row>(row: T, changes: Row): Row {
  return { ...row, ...changes };
}

import { runAlignment, type AlignmentResult, type Finding, type RuleId } from '../../../src/core/alignment';
import { buildStrategyModel } from '../../../src/core/model';

/** Builds the model from the clean workbook with `parts` swapped in and runs the check at AS_OF. */
export function check(parts: Parts = {}, asOf = AS_OF): AlignmentResult {
  return runAlignment(buildStrategyModel(workbook(parts)), { asOf });
}

export function findingsOf(result: AlignmentResult, rule: RuleId): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}
