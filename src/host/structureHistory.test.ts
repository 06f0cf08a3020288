/**
 * Structure of a KPI history sheet through the port: RudderHistory is written before RudderKPIs (whose Actual
 * and As of read it by formula), a re-run adds only what is new, and a failed Apply takes the history back.
 */
import type { DetectedTable } from '../core/detect';
import { serialFromYmd } from '../core/dates/serial';
import type { CellValue } from '../core/grid/types';
import { createRudderFunctions } from '../functions/registry';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import type { CellInput, WorkbookPort } from './port';
import { applyStructure, planProposal, proposeStructure, type StructureProposal } from './structureApply';

const TODAY = serialFromYmd(2027, 4, 15);

const SHEET: CellInput[][] = [
  ['Metric', 'Target', 'Jan 2027', 'Feb 2027', 'Mar 2027'],
  ['Monthly revenue', 50000, 41000, 43500, 45200],
  ['Food waste', 5, 9, 8.5, null],
];

/** Detection's proposal with the wide layout the detection work reports for this sheet. */
function asWide(proposal: StructureProposal): StructureProposal {
  const table = proposal.tables[0];
  const wide: DetectedTable = {
    ...table,
    kind: 'kpis',
    layout: 'wide',
    columns: table.columns.map((c) => (c.index >= 2 ? { ...c, role: 'period' } : c)),
  };
  return { ...proposal, tables: [wide] };
}

async function structure(port: WorkbookPort): Promise<void> {
  const found = await proposeStructure(port, { sheet: 'Numbers' });
  if (!found.ok) throw new Error(found.reason);
  const proposal = asWide(found.proposal);
  const corrections = { ...proposal.corrections[0], kind: 'kpis' as const, roles: {} };
  const result = planProposal(proposal, 0, corrections, TODAY);
  if (!result.ok) throw new Error(result.reason);
  await applyStructure(port, result.plan, TODAY);
}

async function workbook(rows: CellInput[][] = SHEET): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
  await port.addSheet('Numbers');
  await port.writeBlock('Numbers', 'A1', rows);
  return port;
}

const columnOf = (table: { headers: readonly string[]; rows: readonly (readonly CellValue[])[] }, h: string) =>
  table.rows.map((r) => r[table.headers.indexOf(h)]);

describe('Structure of a history sheet in the playground workbook', () => {
  it('writes RudderHistory and KPIs whose Actual and As of are computed from its latest rows', async () => {
    const port = await workbook();
    await structure(port);
    const history = await port.readTable('RudderHistory');
    expect(history?.sheet).toBe('History (Rudder)');
    expect(history?.rows).toHaveLength(5);
    const kpis = await port.readTable('RudderKPIs');
    if (!kpis) throw new Error('no KPI table');
    expect(columnOf(kpis, 'KPI')).toEqual(['Monthly revenue', 'Food waste']);
    expect(columnOf(kpis, 'Actual')).toEqual([45200, 8.5]);
    expect(columnOf(kpis, 'As of')).toEqual([serialFromYmd(2027, 3, 31), serialFromYmd(2027, 2, 28)]);
  });

  it('adds only the new month when run again after April is filled in', async () => {
    const port = await workbook();
    await structure(port);
    await port.writeBlock('Numbers', 'F1', [['Apr 2027'], [46100], [7.8]]);
    await structure(port);
    const history = await port.readTable('RudderHistory');
    expect(history?.rows).toHaveLength(7);
    const kpis = await port.readTable('RudderKPIs');
    if (!kpis) throw new Error('no KPI table');
    expect(columnOf(kpis, 'Actual')).toEqual([46100, 7.8]);
    expect(columnOf(kpis, 'ID')).toEqual(['K-001', 'K-002']);
  });
});
