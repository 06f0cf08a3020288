/**
 * Matching the source rows with the Rudder table already there: IDs kept (from the sheet, from
 * the remembered mapping, or by row position when the text was edited), new IDs never reusing
 * a number or any number the workbook already names, changed rows updated, rows found only in the
 * table kept as they are.
 */
import { isCellError, type CellValue } from '../grid/types';
import { comparable } from './cells';
import { columnsOf, idPrefixes, idPrefixOf, isValueColumn } from './columns';
import { formatId, idKey, idNumber, sourceRowKey } from './ids';
import type { SourceRow } from './source';
import type { ExistingTable, PlannedCell, RememberedRow, RowChanges, StructureKind, StructureMapping } from './types';

export type RowRecord = Record<string, PlannedCell>;

export interface MergedRow {
  readonly id: string;
  readonly values: RowRecord;
  /** The source row it came from, or `null` for a row found only in the table. */
  readonly source: SourceRow | null;
}

export interface Merge {
  readonly rows: readonly MergedRow[];
  readonly changes: RowChanges;
  readonly remembered: readonly RememberedRow[];
  readonly lastNumber: number;
  /** The highest number given per ID prefix (one for goals or KPIs; V, P … for the strategy). */
  readonly lastNumbers: Readonly<Record<string, number>>;
  readonly duplicateIds: readonly string[];
}

function text(cell: PlannedCell | undefined): string | null {
  if (cell === null || cell === undefined || typeof cell === 'object') return null;
  const t = String(cell).trim();
  return t === '' ? null : t;
}

/** An existing cell as it would be written back: dates stay dates, error values become blanks. */
function fromExisting(kind: StructureKind, header: string, value: CellValue | undefined): PlannedCell {
  if (value === null || value === undefined || isCellError(value)) return null;
  const col = columnsOf(kind).find((c) => c.header === header);
  if (col && isValueColumn(col) && col.type === 'date' && typeof value === 'number') return { date: value };
  return value;
}

function sameValues(kind: StructureKind, a: RowRecord, b: RowRecord): boolean {
  return columnsOf(kind)
    .filter(isValueColumn)
    .every((c) => comparable(a[c.header] ?? null) === comparable(b[c.header] ?? null));
}

/** Dice overlap of the words of two text keys: at least half shared means the same row, reworded. */
function similarKeys(a: string, b: string): boolean {
  const words = (key: string): Set<string> =>
    new Set(
      key
        .replace(/^.*?!text:/, '')
        .replace(/#\d+$/, '')
        .split(' ')
        .filter((w) => w.length > 2),
    );
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size) >= 0.5;
}

/**
 * The cells of a table row that a source does not fill: a second source for the same table (a monthly history
 * beside the KPI list) names only some columns, and must not blank the owner, target or dates the first one gave.
 */
function keptOutside(old: RowRecord, filled: ReadonlySet<string> | null): RowRecord {
  const kept: RowRecord = {};
  if (filled === null) return kept;
  for (const [header, value] of Object.entries(old)) if (!filled.has(header)) kept[header] = value;
  return kept;
}

export function mergeRows(
  kind: StructureKind,
  sheet: string,
  source: readonly SourceRow[],
  mainHeader: string,
  existing: ExistingTable | null,
  mapping: StructureMapping | null,
  referencedNumbers: Readonly<Record<string, number>> = {},
  filled: ReadonlySet<string> | null = null,
): Merge {
  const existingRows = existing?.rows ?? [];
  const sheetPrefix = `${sheet.toLowerCase()}!`;
  const remembered = (mapping?.rows ?? []).filter((r) => r.key.startsWith(sheetPrefix));
  const byKey = new Map(remembered.map((r) => [r.key, r.id]));
  const byRow = new Map(remembered.map((r) => [r.row, r]));
  // A number once given is never given again, per prefix: the strategy numbers its values and pillars apart.
  const prefixes = idPrefixes(kind);
  const last = new Map(
    prefixes.map((p) => [p, kind === 'strategy' ? (mapping?.lastNumbers?.[p] ?? 0) : (mapping?.lastNumber ?? 0)]),
  );
  const bump = (id: string): void => {
    for (const p of prefixes) {
      const n = idNumber(id, p);
      if (n !== null) last.set(p, Math.max(last.get(p) ?? 0, n));
    }
  };
  for (const p of prefixes) last.set(p, Math.max(last.get(p) ?? 0, referencedNumbers[p] ?? 0));
  for (const row of existingRows) bump(typeof row.ID === 'string' ? row.ID : '');
  for (const row of source) bump(text(row.values.ID) ?? '');

  const seen = new Map<string, number>();
  const keys = source.map((row) =>
    sourceRowKey(sheet, text(row.values.ID), text(row.values[mainHeader]), seen, row.row),
  );
  const currentKeys = new Set(keys);
  const used = new Set<string>();
  const duplicateIds: string[] = [];
  const ids = source.map((row, i) => {
    const own = text(row.values.ID);
    const candidates = [own, byKey.get(keys[i]) ?? null];
    // A row whose wording was edited keeps the ID of the row that sat there, if that row is gone
    // and the wording is still close (a different goal on that row is a new goal).
    const there = byRow.get(row.row);
    if (there && !currentKeys.has(there.key) && similarKeys(there.key, keys[i])) candidates.push(there.id);
    for (const id of candidates) {
      if (id !== null && !used.has(idKey(id))) {
        used.add(idKey(id));
        return id;
      }
    }
    if (own !== null) duplicateIds.push(own);
    const prefix = idPrefixOf(kind, row.values.Type);
    const number = (last.get(prefix) ?? 0) + 1;
    last.set(prefix, number);
    const fresh = formatId(prefix, number, kind === 'strategy' ? 1 : 3);
    used.add(idKey(fresh));
    return fresh;
  });

  const sourceById = new Map(ids.map((id, i) => [idKey(id), i]));
  const placed = new Set<number>();
  const rows: MergedRow[] = [];
  const changes = { added: 0, updated: 0, unchanged: 0, keptOnly: 0 };
  for (const old of existingRows) {
    const oldValues: RowRecord = {};
    for (const [header, value] of Object.entries(old)) oldValues[header] = fromExisting(kind, header, value);
    const id = text(oldValues.ID);
    const match = id === null ? undefined : sourceById.get(idKey(id));
    if (match === undefined || placed.has(match)) {
      changes.keptOnly++;
      rows.push({ id: id ?? '', values: oldValues, source: null });
      continue;
    }
    placed.add(match);
    // Assigned, not spread: properties after a spread make a slow object (see entityVarsWith in alignment).
    const values = Object.assign({}, source[match].values, keptOutside(oldValues, filled), { ID: ids[match] });
    if (sameValues(kind, values, oldValues)) changes.unchanged++;
    else changes.updated++;
    rows.push({ id: ids[match], values, source: source[match] });
  }
  source.forEach((row, i) => {
    if (placed.has(i)) return;
    changes.added++;
    rows.push({ id: ids[i], values: Object.assign({}, row.values, { ID: ids[i] }), source: row });
  });
  return {
    rows,
    changes,
    remembered: source.map((row, i) => ({ key: keys[i], row: row.row, id: ids[i] })),
    lastNumber: Math.max(0, ...last.values()),
    lastNumbers: Object.fromEntries(last),
    duplicateIds,
  };
}
