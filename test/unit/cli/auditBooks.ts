/**
 * Workbooks for the audit tests, written through a port as a user's Rudder tables would be: the
 * alignment fixtures' clean workbook, and one with problems planted where a user makes them.
 */
import type { RawTable } from '../../../src/core/model';
import type { CellInput, WorkbookPort } from '../../../src/host/port';
import { CLEAN, d, edit, workbook, type Parts } from '../alignment/fixtures';

export { AS_OF, CLEAN } from '../alignment/fixtures';

const DATE_COLUMNS = new Set(['Start', 'Due', 'As of']);

/** Two tables share the SWOT sheet (RudderSWOT and RudderTOWS), so the second one sits to the right. */
const TOP_LEFT: Readonly<Record<string, string>> = { RudderTOWS: 'I1' };

/** Writes each table on its sheet (adding sheets as needed), dates as date cells. */
export async function writeTables(port: WorkbookPort, tables: readonly RawTable[]): Promise<void> {
  const sheets = new Set((await port.listSheets()).map((s) => s.name));
  for (const t of tables) {
    if (!sheets.has(t.sheet)) {
      await port.addSheet(t.sheet);
      sheets.add(t.sheet);
    }
    const rows: CellInput[][] = t.rows.map((row) =>
      row.map((v, c) => (typeof v === 'number' && DATE_COLUMNS.has(t.headers[c]) ? { date: v } : (v as CellInput))),
    );
    await port.upsertTable({
      name: t.name,
      sheet: t.sheet,
      topLeft: TOP_LEFT[t.name] ?? 'A1',
      columns: t.headers.map((header) => ({ header })),
      rows,
    });
  }
}

/** Problems planted on purpose, each with the rule that must find it. */
export const PLANTED: Parts = {
  goals: [
    CLEAN.goals[0],
    CLEAN.goals[1],
    // Nobody owns it, no KPI measures it, and it was due before the check date.
    {
      ID: 'G-003',
      Goal: 'Open a second counter at the station by 30 November 2026',
      Pillar: 'P-1',
      Start: d(2026, 6, 1),
      Due: d(2026, 11, 30),
      Status: 'Off track',
    },
  ],
  kpis: [
    CLEAN.kpis[0],
    CLEAN.kpis[1],
    // Linked to a goal that does not exist.
    edit(CLEAN.kpis[0], {
      ID: 'K-003',
      KPI: 'Instagram followers',
      Goal: 'G-012',
      Baseline: 850,
      Target: 2000,
      Actual: 1120,
    }),
    // The same ID twice.
    edit(CLEAN.kpis[1], { ID: 'K-002', KPI: 'Bread returned by cafés' }),
  ],
};

export const PLANTED_RULES = [
  'broken-link',
  'duplicate-id',
  'goal-without-kpi',
  'missing-owner',
  'deadline-passed',
] as const;

export function cleanTables(): RawTable[] {
  return workbook();
}

export function plantedTables(): RawTable[] {
  return workbook(PLANTED);
}
