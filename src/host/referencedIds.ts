/**
 * The ID numbers a workbook already names in Rudder's tables (links, sources, TOWS pairings,
 * findings), so a new goal, KPI or strategy ID never equals one of them: a KPI whose Goal says
 * G-012 (a broken link) must not start measuring a new, unrelated G-012.
 */
import type { CellValue } from '../core/grid/types';
import { highestReferencedNumbers } from '../core/structure';
import type { WorkbookPort } from './port';

/** Rudder's tables whose cells can name a goal, KPI, value or pillar by ID. */
export const TABLES_THAT_NAME_IDS: readonly string[] = [
  'RudderGoals',
  'RudderKPIs',
  'RudderStrategy',
  'RudderSWOT',
  'RudderTOWS',
  'RudderFindings',
];

/**
 * Every cell of those of `tables` that exist, plus `extra` cells the caller has already read (a caller that
 * has read some of the tables passes their cells and names only the others).
 */
export async function referencedIdNumbers(
  port: WorkbookPort,
  prefixes: readonly string[],
  extra: Iterable<CellValue> = [],
  tables: readonly string[] = TABLES_THAT_NAME_IDS,
): Promise<Readonly<Record<string, number>>> {
  const read = await Promise.all(tables.map((name) => port.readTable(name)));
  function* cells(): Generator<unknown> {
    yield* extra;
    for (const table of read) if (table) for (const row of table.rows) yield* row;
  }
  return highestReferencedNumbers(cells(), prefixes);
}
