/** Test helpers for Structure: a sheet from row literals, and a plan's rows read back as a table would hold them. */
import { detectTables, type DetectedTable } from '../detect';
import type { CellValue, SheetSnapshot } from '../grid/types';
import { initialCorrections, planStructure } from './plan';
import type { ExistingTable, StructureCorrections, StructureInput, StructurePlan } from './types';

export type TestCell = CellValue | { readonly date: number };

/** A sheet from A1: `{ date }` cells get a date format, as a real date cell has. */
export function sheetOf(rows: readonly (readonly TestCell[])[], name = 'Goals'): SheetSnapshot {
  const width = Math.max(...rows.map((r) => r.length), 1);
  const values = rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c] ?? null;
      return v !== null && typeof v === 'object' && 'date' in v ? v.date : v;
    }),
  );
  const numberFormats = rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c];
      return v !== null && typeof v === 'object' && v !== undefined && 'date' in v ? 'yyyy-mm-dd' : null;
    }),
  );
  return { name, origin: { row: 0, col: 0 }, values, numberFormats };
}

export function firstTable(snapshot: SheetSnapshot): DetectedTable {
  const found = detectTables(snapshot);
  if (!found.ok) throw new Error(`no table: ${found.reason}`);
  return found.tables[0];
}

/** Plans with detection's own proposal unless corrections are given; throws on a refusal. */
export function planOf(
  snapshot: SheetSnapshot,
  extra: Partial<StructureInput> & { fix?: (c: StructureCorrections) => StructureCorrections } = {},
): StructurePlan {
  const table = extra.table ?? firstTable(snapshot);
  const base = initialCorrections(table);
  const result = planStructure({
    table,
    snapshot,
    corrections: extra.corrections ?? (extra.fix ? extra.fix(base) : base),
    existing: extra.existing ?? null,
    mapping: extra.mapping ?? null,
    kpis: extra.kpis,
    kpiTableExists: extra.kpiTableExists,
    sheetNames: extra.sheetNames ?? [snapshot.name],
    today: extra.today ?? 46400,
    nativeKpiForm: extra.nativeKpiForm,
    referencedNumbers: extra.referencedNumbers,
    dateOrder: extra.dateOrder,
    dateOrderFrom: extra.dateOrderFrom,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

/** What the table holds after Apply, as `readTable` would give it back (dates as serials, formulas as blanks). */
export function asExisting(plan: StructurePlan): ExistingTable {
  const headers = plan.columns.map((c) => c.header);
  return {
    name: plan.tableName,
    sheet: plan.targetSheet,
    range: 'A1',
    rows: plan.rows.map((cells) =>
      Object.fromEntries(
        headers.map((h, i) => {
          const cell = cells[i];
          if (cell !== null && typeof cell === 'object') return [h, 'date' in cell ? cell.date : null];
          return [h, cell];
        }),
      ),
    ),
  };
}

export function column(plan: StructurePlan, header: string): unknown[] {
  const i = plan.columns.findIndex((c) => c.header === header);
  return plan.rows.map((r) => r[i]);
}
