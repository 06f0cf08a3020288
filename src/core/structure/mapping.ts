/**
 * The remembered mapping as stored in document settings: checked field by field when read back,
 * because a document can hold anything (an older version, a hand-edited value).
 */
import { COLUMN_ROLES, type ColumnRole } from '../detect';
import type { CellValue } from '../grid/types';
import type { ExistingTable, RememberedRow, RememberedSource, StructureKind, StructureMapping } from './types';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKind = (v: unknown): v is StructureKind => v === 'goals' || v === 'kpis' || v === 'strategy';
const isRole = (v: unknown): v is ColumnRole =>
  typeof v === 'string' && (COLUMN_ROLES as readonly string[]).includes(v);

function rolesOf(v: Record<string, unknown>): Record<string, ColumnRole> {
  const roles: Record<string, ColumnRole> = {};
  for (const [letter, role] of Object.entries(v)) if (/^[A-Z]{1,3}$/.test(letter) && isRole(role)) roles[letter] = role;
  return roles;
}

function readSource(v: unknown): RememberedSource | null {
  if (
    !isObject(v) ||
    typeof v.sheet !== 'string' ||
    !isKind(v.kind) ||
    typeof v.headerRow !== 'number' ||
    !isObject(v.roles)
  )
    return null;
  const roles = rolesOf(v.roles);
  const source: RememberedSource = {
    sheet: v.sheet,
    kind: v.kind,
    headerRow: v.headerRow,
    roles,
    ...(isObject(v.proposed) ? { proposed: rolesOf(v.proposed) } : {}),
  };
  return v.nativeKpiFormulas === true ? Object.assign(source, { nativeKpiFormulas: true as const }) : source;
}

function readRow(v: unknown): RememberedRow | null {
  if (!isObject(v) || typeof v.key !== 'string' || typeof v.row !== 'number' || typeof v.id !== 'string') return null;
  return { key: v.key, row: v.row, id: v.id };
}

/** A stored mapping, or `null` when there is none or it cannot be read (then Structure starts afresh). */
export function parseMapping(value: unknown): StructureMapping | null {
  if (!isObject(value) || value.version !== 1 || typeof value.table !== 'string' || typeof value.sheet !== 'string')
    return null;
  const sources = Array.isArray(value.sources)
    ? value.sources.map(readSource).filter((s): s is RememberedSource => s !== null)
    : [];
  const rows = Array.isArray(value.rows) ? value.rows.map(readRow).filter((r): r is RememberedRow => r !== null) : [];
  const lastNumber = countOf(value.lastNumber);
  const mapping: StructureMapping = { version: 1, table: value.table, sheet: value.sheet, lastNumber, sources, rows };
  if (!isObject(value.lastNumbers)) return mapping;
  const lastNumbers: Record<string, number> = {};
  for (const [prefix, n] of Object.entries(value.lastNumbers))
    if (/^[A-Z]{1,3}$/.test(prefix)) lastNumbers[prefix] = countOf(n);
  return Object.assign(mapping, { lastNumbers });
}

const countOf = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function mappingJson(mapping: StructureMapping): Json {
  return {
    version: mapping.version,
    table: mapping.table,
    sheet: mapping.sheet,
    lastNumber: mapping.lastNumber,
    sources: mapping.sources.map((s) => ({
      sheet: s.sheet,
      kind: s.kind,
      headerRow: s.headerRow,
      roles: { ...s.roles },
      ...(s.proposed ? { proposed: { ...s.proposed } } : {}),
      ...(s.nativeKpiFormulas === true ? { nativeKpiFormulas: true } : {}),
    })),
    rows: mapping.rows.map((r) => ({ key: r.key, row: r.row, id: r.id })),
    ...(mapping.lastNumbers ? { lastNumbers: { ...mapping.lastNumbers } } : {}),
  };
}

export function rememberedSource(mapping: StructureMapping | null, sheet: string): RememberedSource | null {
  return mapping?.sources.find((s) => s.sheet.toLowerCase() === sheet.toLowerCase()) ?? null;
}

/** A table as the port reads it (headers and value rows) as rows by header. */
export function existingTableFrom(data: {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}): ExistingTable {
  const rows = data.rows
    .filter((row) => row.some((v) => v !== null && v !== ''))
    .map((row) => Object.fromEntries(data.headers.map((h, i) => [h, row[i] ?? null])));
  return { name: data.name, sheet: data.sheet, range: data.range, rows };
}
