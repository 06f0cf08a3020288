import { serialFromYmd } from '../core/dates/serial';
import { createRudderFunctions } from '../functions/registry';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import { STRUCTURE_MESSAGES } from '../core/structure';
import { applyStructure, planProposal, proposeStructure } from './structureApply';

const TODAY = serialFromYmd(2027, 1, 15);

/** A balanced scorecard written across: field names down column A, one perspective per column. */
const SCORECARD = [
  ['Perspective', 'Finance', 'Customers', 'Processes'],
  ['KPI', 'Monthly revenue', 'Net promoter score', 'Order errors per week'],
  ['Target', 50000, 60, 2],
  ['Actual', 41000, 48, 5],
  ['Direction', 'higher', 'higher', 'lower'],
  ['Owner', 'Ana Lopez', 'Ben Carter', 'Chloe Martin'],
];

async function scorecardBook(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
  await port.addSheet('Scorecard');
  await port.writeBlock('Scorecard', 'A1', SCORECARD);
  return port;
}

describe('Structure on a sideways table', () => {
  it('finds the scorecard written across as a KPI table whose fields run down column A', async () => {
    const result = await proposeStructure(await scorecardBook(), { sheet: 'Scorecard' });
    if (!result.ok) throw new Error(result.reason);
    const [table] = result.proposal.tables;
    expect(table.orientation).toBe('columns');
    expect(table.kind).toBe('kpis');
    expect(table.range).toBe('A1:D6');
    expect(table.columns.map((c) => [c.column, c.role])).toEqual(
      expect.arrayContaining([
        ['2', 'kpi'],
        ['3', 'target'],
        ['4', 'actual'],
        ['5', 'direction'],
        ['6', 'owner'],
      ]),
    );
  });

  it('writes one KPI row per column of the scorecard and leaves the scorecard as it was', async () => {
    const port = await scorecardBook();
    const before = await port.readSheet('Scorecard');
    const result = await proposeStructure(port, { sheet: 'Scorecard' });
    if (!result.ok) throw new Error(result.reason);
    const planned = planProposal(result.proposal, 0, result.proposal.corrections[0], TODAY);
    if (!planned.ok) throw new Error(planned.reason);
    await applyStructure(port, planned.plan, TODAY);
    const kpis = await port.readTable('RudderKPIs');
    if (!kpis) throw new Error('no RudderKPIs table');
    const column = (header: string): unknown[] => kpis.rows.map((r) => r[kpis.headers.indexOf(header)]);
    expect(column('KPI')).toEqual(['Monthly revenue', 'Net promoter score', 'Order errors per week']);
    expect(column('Target')).toEqual([50000, 60, 2]);
    expect(column('Actual')).toEqual([41000, 48, 5]);
    expect(column('Owner')).toEqual(['Ana Lopez', 'Ben Carter', 'Chloe Martin']);
    expect(await port.readSheet('Scorecard')).toEqual(before);
  });

  it('says plainly that headings over text are not a table it can write, and writes nothing', async () => {
    const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
    await port.addSheet('About us');
    await port.writeBlock('About us', 'B2', [
      ['Vision'],
      ['The bakery every street in town recommends'],
      [null],
      ['Mission'],
      ['Honest bread baked every morning from local flour'],
    ]);
    const result = await proposeStructure(port, { sheet: 'About us' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.proposal.tables[0]).toMatchObject({ kind: 'strategy', orientation: 'sections' });
    const planned = planProposal(result.proposal, 0, result.proposal.corrections[0], TODAY);
    expect(planned).toEqual({ ok: false, reason: STRUCTURE_MESSAGES.sectionsNotTable });
    expect((await port.listSheets()).map((s) => s.name)).toEqual(['About us']);
  });
});
