import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { serialFromYmd } from '../../../src/core/dates/serial';
import { HISTORY_FORMULAS } from '../../../src/core/structure/historyFormulas';
import { HISTORY_COLUMNS } from '../../../src/core/structure/historyPlan';
import { OUTLOOK_BOOK_TEXT } from '../../../src/cli/outlookBook';
import { createXlsxPort } from '../../../src/host/xlsx';
import type { CellInput } from '../../../src/host/port';
import { runCli } from './cliHarness';

const monthEnd = (y: number, m: number): { date: number } => ({ date: serialFromYmd(y, m + 1, 1) - 1 });

/** Two KPIs with a year of history: revenue climbing past its target, waste stuck far above its own. */
async function book(withHistory = true): Promise<string> {
  const port = createXlsxPort('KPIs');
  const history: CellInput[][] = [];
  for (let m = 1; m <= 12; m++) {
    history.push(['K-001', monthEnd(2026, m), 30000 + 1500 * m, null, null]);
    history.push(['K-002', monthEnd(2026, m), 9 + (m % 2) * 0.1, null, null]);
  }
  if (withHistory) {
    await port.addSheet('History (Rudder)');
    await port.upsertTable({
      name: 'RudderHistory',
      sheet: 'History (Rudder)',
      topLeft: 'A1',
      columns: HISTORY_COLUMNS,
      rows: history,
    });
  }
  const latest = withHistory
    ? [{ formula: HISTORY_FORMULAS.actual }, { formula: HISTORY_FORMULAS.asOf }]
    : [null, null];
  await port.upsertTable({
    name: 'RudderKPIs',
    sheet: 'KPIs',
    topLeft: 'A1',
    columns: ['ID', 'KPI', 'Direction', 'Target', 'Actual', 'As of', 'Due'].map((header) => ({ header })),
    rows: [
      ['K-001', 'Monthly revenue', 'higher', 45000, ...latest, { date: serialFromYmd(2027, 6, 30) }],
      ['K-002', 'End-of-day waste', 'lower', 5, ...latest, { date: serialFromYmd(2027, 3, 31) }],
    ],
  });
  const file = join(mkdtempSync(join(tmpdir(), 'rudder-outlook-book-')), withHistory ? 'history.xlsx' : 'plain.xlsx');
  await port.saveAs(file);
  return file;
}

describe('rudder outlook BOOK.xlsx', () => {
  it('gives each KPI with history its outlook, trend and chance, as JSON', async () => {
    const run = await runCli(['outlook', await book(), '--as-of', '2027-01-15', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      kpis: { id: string; points: number; outlook: string; trend: string; probability: number }[];
    };
    expect(doc.kpis.map((k) => [k.id, k.points, k.outlook, k.trend])).toEqual([
      ['K-001', 12, 'Achieved', 'Improving'],
      ['K-002', 12, 'Projected to miss', 'Steady'],
    ]);
    expect(doc.kpis[1].probability).toBeLessThan(0.05);
  });

  it('says so in one line when the workbook has no history', async () => {
    const file = await book(false);
    const run = await runCli(['outlook', file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`rudder: ${OUTLOOK_BOOK_TEXT.noHistory(file)}`);
  });

  it('reads as sentences without --json', async () => {
    const run = await runCli(['outlook', await book(), '--as-of', '2027-01-15']);
    expect(run.stdout).toContain('K-002  End-of-day waste: Projected to miss');
  });
});
