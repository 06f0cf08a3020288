/**
 * The Rudder tables as data: their names, their columns and the other header words people use for them.
 * Columns are found by header text, so reordered or renamed columns still read (DESIGN §2).
 */
import { foldAccents } from '../text';
import type { TableKind, TableMapping } from './types';

export interface FieldSpec {
  /** The header Rudder writes, used as the field's key everywhere. */
  readonly header: string;
  /** Other headers that mean the same (compared after `normHeader`). */
  readonly aliases: readonly string[];
}

export interface TableSchema {
  readonly kind: TableKind;
  readonly tableName: string;
  readonly fields: readonly FieldSpec[];
}

const f = (header: string, ...aliases: string[]): FieldSpec => ({ header, aliases });

export const TABLE_SCHEMAS: Readonly<Record<TableKind, TableSchema>> = {
  strategy: {
    kind: 'strategy',
    tableName: 'RudderStrategy',
    fields: [
      f('Type', 'kind', 'category', 'level'),
      f('ID', 'ref', 'code'),
      f('Statement', 'text', 'description', 'name', 'wording'),
    ],
  },
  goals: {
    kind: 'goals',
    tableName: 'RudderGoals',
    fields: [
      f('ID', 'goal id', 'ref', 'code'),
      f('Goal', 'objective', 'goal text', 'description'),
      f('Pillar', 'theme', 'strategic pillar', 'value', 'values', 'pillars'),
      f('Source', 'swot', 'based on', 'parent', 'parent goal'),
      f('Owner', 'responsible', 'accountable', 'who', 'lead'),
      f('Start', 'start date', 'begin'),
      f('Due', 'due date', 'deadline', 'end date', 'target date', 'by'),
      f('Baseline', 'starting point', 'current'),
      f('Target', 'target value', 'goal value'),
      f('Unit', 'units', 'measure unit'),
      f('SMART', 'smart score'),
      f('Tips', 'smart tips'),
      f('Status', 'state', 'progress status'),
    ],
  },
  kpis: {
    kind: 'kpis',
    tableName: 'RudderKPIs',
    fields: [
      f('ID', 'kpi id', 'ref', 'code'),
      f('KPI', 'measure', 'metric', 'indicator', 'kpi name', 'name'),
      f('Goal', 'goal id', 'goals', 'objective', 'linked goal'),
      f('Direction', 'polarity', 'better', 'good direction'),
      f('Unit', 'units'),
      f('Baseline', 'starting point'),
      f('Target', 'target value', 'goal value'),
      f('Actual', 'current', 'current value', 'latest', 'value'),
      f('As of', 'as at', 'measured on', 'last updated', 'date', 'updated'),
      f('Start', 'start date'),
      f('Due', 'due date', 'deadline', 'end date', 'target date'),
      f('Frequency', 'cadence', 'review frequency', 'how often'),
      f('Owner', 'responsible', 'accountable', 'who'),
      f('Status', 'state'),
      f('Progress', 'progress %'),
    ],
  },
  swot: {
    kind: 'swot',
    tableName: 'RudderSWOT',
    fields: [
      f('ID', 'ref', 'code'),
      f('Quadrant', 'category', 'type', 'swot'),
      f('Item', 'text', 'description', 'factor', 'statement'),
      f('Impact (1-5)', 'impact', 'weight', 'score', 'importance'),
      f('Evidence', 'notes', 'source'),
      f('Goals', 'goal', 'linked goals', 'goal id'),
    ],
  },
  tows: {
    kind: 'tows',
    tableName: 'RudderTOWS',
    fields: [
      f('ID', 'ref', 'code'),
      f('Type', 'tows type', 'kind'),
      f('Strategy', 'text', 'action', 'description'),
      f('From', 'items', 'swot items', 'based on', 'swot'),
      f('Goal', 'goals', 'goal id'),
    ],
  },
};

/** Header text compared loosely: case, accents, spaces, punctuation and a trailing "(1-5)" do not matter. */
export function normHeader(text: string): string {
  return foldAccents(String(text).toLowerCase())
    .replace(/\([^)]*\)/g, '')
    .replace(/[^a-z0-9%#]+/g, '');
}

function tableKey(name: string): string {
  return foldAccents(name.toLowerCase()).replace(/[^a-z0-9]+/g, '');
}

/**
 * Which Rudder table a table is: a stored mapping first (the user's own table), else its name.
 * "RudderGoals2" counts too, because Excel appends a number when a table name is taken, and so does
 * "RudderKPIs_Sales": a team that keeps its KPIs on its own sheet names the table after itself.
 */
export function recogniseTable(
  name: string,
  mappings: readonly TableMapping[],
): { kind: TableKind; mapping?: TableMapping } | null {
  const key = tableKey(name);
  for (const mapping of mappings) if (tableKey(mapping.table) === key) return { kind: mapping.kind, mapping };
  for (const schema of Object.values(TABLE_SCHEMAS)) {
    const base = tableKey(schema.tableName);
    if (key.startsWith(base)) return { kind: schema.kind };
  }
  return null;
}

/**
 * Maps each field to a column index. A mapped header wins, then the canonical header, then aliases;
 * each column serves one field, so "Goal" in a KPI table is not also taken as the KPI name.
 */
export function locateColumns(
  schema: Pick<TableSchema, 'fields'>,
  headers: readonly string[],
  mapping?: TableMapping,
): Map<string, number> {
  const normalised = headers.map((h) => (typeof h === 'string' ? normHeader(h) : ''));
  const used = new Set<number>();
  const found = new Map<string, number>();
  const mapped = new Map<string, string>();
  if (mapping)
    for (const [canonical, theirs] of Object.entries(mapping.columns)) {
      if (typeof theirs === 'string') mapped.set(normHeader(canonical), normHeader(theirs));
    }
  const take = (field: FieldSpec, wanted: string): boolean => {
    if (wanted === '') return false;
    const col = normalised.findIndex((h, i) => h === wanted && !used.has(i));
    if (col < 0) return false;
    used.add(col);
    found.set(field.header, col);
    return true;
  };
  // Pass by pass, so an exact header elsewhere is never stolen by an earlier field's alias.
  for (const field of schema.fields) {
    const theirs = mapped.get(normHeader(field.header));
    if (theirs !== undefined) take(field, theirs);
  }
  for (const field of schema.fields) if (!found.has(field.header)) take(field, normHeader(field.header));
  for (const field of schema.fields) {
    if (found.has(field.header)) continue;
    for (const alias of field.aliases) if (take(field, normHeader(alias))) break;
  }
  return found;
}
