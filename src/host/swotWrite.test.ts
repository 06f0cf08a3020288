import { serialFromYmd } from '../core/dates/serial';
import { createWizardState, type SwotWizardState } from '../core/swot';
import { createRudderFunctions } from '../functions/registry';
import { BAKERY_SAMPLE } from '../sample/bakery';
import { loadSample } from '../sample/load';
import { rudderColumns } from '../core/structure';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import { SWOT_SHEET, SwotWriteError, finishSwot, loadSwotState, readSwotTables, saveSwotState } from './swotWrite';
import { addItem, goTo, writeStrategy } from '../taskpane/swot/wizardModel';

const TODAY = serialFromYmd(2027, 1, 15);

async function bakery(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
  await loadSample(port, BAKERY_SAMPLE);
  return port;
}

/** A small SWOT with one strategy typed as a formula and its draft goal. */
function sampleState(): SwotWizardState {
  let s: SwotWizardState = { ...createWizardState('food-hospitality'), step: 'strength' };
  s = addItem(s, 'strength', 'Sourdough with a loyal following', { impact: 5 }).state;
  s = addItem(s, 'weakness', 'No online ordering').state;
  s = addItem(s, 'opportunity', 'Offices near the station ask for catering', { impact: 4 }).state;
  s = addItem(s, 'threat', '=1+1').state;
  s = writeStrategy(s, 'SO', ['S-1', 'O-1'], 'Launch office catering boxes to 10 offices by June 2027');
  s = writeStrategy(s, 'ST', ['S-1', 'T-1'], '=1+1');
  return goTo(s, 'goals');
}

async function cell(port: MemoryWorkbook, sheet: string, address: string): Promise<unknown> {
  const snap = await port.readRange(sheet, address);
  return snap.values[0][0];
}

describe('SWOT Finish through the port', () => {
  it('writes the grid, both tables and one goal per strategy, linked both ways', async () => {
    const port = await bakery();
    const done = await finishSwot(port, sampleState());
    expect(done.sheet).toBe(SWOT_SHEET);
    expect(done.goalIds).toEqual(['G-001', 'G-002']);
    const tables = await readSwotTables(port);
    expect(tables.swot?.rows.map((r) => [r.ID, r.Item, r.Goals])).toEqual([
      ['S-1', 'Sourdough with a loyal following', 'G-001, G-002'],
      ['W-1', 'No online ordering', ''],
      ['O-1', 'Offices near the station ask for catering', 'G-001'],
      ['T-1', '=1+1', 'G-002'],
    ]);
    expect(tables.tows?.rows.map((r) => [r.ID, r.Type, r.Strategy, r.From, r.Goal])).toEqual([
      ['SO-1', 'SO', 'Launch office catering boxes to 10 offices by June 2027', 'S-1, O-1', 'G-001'],
      ['ST-1', 'ST', '=1+1', 'S-1, T-1', 'G-002'],
    ]);
    const goals = tables.goals?.rows.filter((r) => typeof r.Source === 'string' && r.Source.length > 0) ?? [];
    expect(goals.map((r) => [r.ID, r.Source])).toEqual([
      ['G-001', 'SO-1'],
      ['G-002', 'ST-1'],
    ]);
    // The SMART column is a live formula, computed by the workbook.
    expect(typeof goals[0].SMART).toBe('number');
    // "… by June 2027" in the goal's words fills its Due date (the last day of June).
    expect(goals[0].Due).toBe(serialFromYmd(2027, 6, 30));
    expect(await cell(port, SWOT_SHEET, 'A1')).toBe('SWOT analysis: Food and hospitality');
    expect(await cell(port, SWOT_SHEET, 'C5')).toBe('Strengths');
    expect(await cell(port, SWOT_SHEET, 'C6')).toBe('• Sourdough with a loyal following (impact 5)');
  });

  it('appends to an existing RudderGoals after its highest ID and keeps its rows as they were', async () => {
    const port = await bakery();
    await port.addSheet('Goals (Rudder)');
    await port.upsertTable({
      name: 'RudderGoals',
      sheet: 'Goals (Rudder)',
      topLeft: 'A1',
      columns: rudderColumns('goals'),
      rows: [
        ['G-001', 'Cut waste by 20% by June 2027', 'Sound finances', null, 'Maya'],
        ['G-007', 'Sell 300 loaves a day by Q3 2027', null, null, 'Sam'],
      ],
    });
    const done = await finishSwot(port, sampleState());
    expect(done.goalIds).toEqual(['G-008', 'G-009']);
    const goals = await port.readTable('RudderGoals');
    expect(goals?.sheet).toBe('Goals (Rudder)');
    expect(goals?.rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ['G-001', 'Cut waste by 20% by June 2027', null, 'Maya'],
      ['G-007', 'Sell 300 loaves a day by Q3 2027', null, 'Sam'],
      ['G-008', 'Launch office catering boxes to 10 offices by June 2027', 'SO-1', null],
      ['G-009', '=1+1 within 12 months', 'ST-1', null],
    ]);
  });

  it('never gives a new goal an ID a KPI already names, even a broken link in an odd form', async () => {
    const port = await bakery();
    await port.addSheet('KPIs (Rudder)');
    await port.upsertTable({
      name: 'RudderKPIs',
      sheet: 'KPIs (Rudder)',
      topLeft: 'A1',
      columns: rudderColumns('kpis'),
      rows: [
        ['K-001', 'Online orders a week', 'g-1'],
        ['K-002', 'Catering boxes sold', 'G 0012'],
      ],
    });
    const done = await finishSwot(port, sampleState());
    expect(done.goalIds).toEqual(['G-013', 'G-014']);
  });

  it('writes text that starts with = as text, never as a formula', async () => {
    const port = await bakery();
    await finishSwot(port, sampleState());
    const snap = await port.readSheet(SWOT_SHEET);
    const formulas = (snap.formulas ?? []).flat().filter((f) => f !== null);
    expect(formulas).toEqual([]);
    const tows = await port.readTable('RudderTOWS');
    expect(tows?.rows[1][2]).toBe('=1+1');
  });

  it('updates the same sheet, tables and goals when finished again, and makes room for a longer grid', async () => {
    const port = await bakery();
    const first = await finishSwot(port, sampleState());
    let s = first.state;
    for (let i = 1; i <= 8; i++) s = addItem(s, 'strength', `Extra strength number ${i}`).state;
    const second = await finishSwot(port, s);
    expect(second.sheet).toBe(first.sheet);
    expect(second.goalIds).toEqual(['G-001', 'G-002']);
    const sheets = (await port.listSheets()).map((x) => x.name);
    expect(sheets.filter((n) => n.startsWith('SWOT'))).toEqual(['SWOT', SWOT_SHEET]);
    const tables = await readSwotTables(port);
    expect(tables.swot?.rows).toHaveLength(12);
    expect(tables.goals?.rows.filter((r) => r.Source === 'SO-1')).toHaveLength(1);
  });

  it('refuses to rebuild its sheet over cells the owner typed there, with a plain message', async () => {
    const port = await bakery();
    const first = await finishSwot(port, sampleState());
    await port.writeBlock(SWOT_SHEET, 'Z3', [['my note']]);
    let s = first.state;
    for (let i = 1; i <= 8; i++) s = addItem(s, 'strength', `Extra strength number ${i}`).state;
    await expect(finishSwot(port, s)).rejects.toThrow(SwotWriteError);
    await expect(finishSwot(port, s)).rejects.toThrow(/Z3 there holds something Rudder did not write/);
  });

  it('saves and reads back progress; a workbook that never ran the wizard starts fresh without a warning', async () => {
    const port = await bakery();
    const fresh = await loadSwotState(port);
    expect(fresh).toMatchObject({ saved: false, warnings: [] });
    expect(fresh.state.step).toBe('business-type');
    await saveSwotState(port, sampleState());
    const back = await loadSwotState(port);
    expect(back.saved).toBe(true);
    expect(back.state).toEqual(sampleState());
  });
});
