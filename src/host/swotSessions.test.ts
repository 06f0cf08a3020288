/**
 * Two wizard sessions on one workbook (two panes, or a wizard finished after another one wrote):
 * no goal ID is given twice, and the second Finish never writes over the first one's work.
 */
import { ExcelFake, FakeSettings } from '../../test/fakes/excelFake';
import { serialFromYmd } from '../core/dates/serial';
import { createWizardState, type SwotWizardState } from '../core/swot';
import { rudderColumns } from '../core/structure';
import { createRudderFunctions } from '../functions/registry';
import { addItem, goTo, writeStrategy } from '../taskpane/swot/wizardModel';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import { OfficeWorkbook } from './office/officeWorkbook';
import type { WorkbookPort } from './port';
import { SWOT_WRITE_MESSAGES, SwotWriteError, finishSwot, readSwotTables, swotTablesStamp } from './swotWrite';

const TODAY = serialFromYmd(2027, 1, 15);

/** One owner's SWOT with one strategy and its goal. */
function session(strength: string, opportunity: string, goal: string): SwotWizardState {
  let s: SwotWizardState = { ...createWizardState('retail'), step: 'strength' };
  s = addItem(s, 'strength', strength, { impact: 4 }).state;
  s = addItem(s, 'opportunity', opportunity, { impact: 4 }).state;
  s = writeStrategy(s, 'SO', ['S-1', 'O-1'], goal);
  return goTo(s, 'goals');
}

const ANNA = session('Loyal regulars', 'New offices nearby', 'Sell 40 lunch boxes a day to offices by June 2027');
const BEN = session(
  'Good coffee',
  'A market on Saturdays',
  'Sell coffee at the Saturday market from 0 to 200 cups by May 2027',
);

async function stampOf(port: WorkbookPort): Promise<string> {
  return swotTablesStamp(await readSwotTables(port));
}

async function goalIds(port: WorkbookPort): Promise<string[]> {
  return ((await readSwotTables(port)).goals?.rows ?? []).map((r) => (typeof r.ID === 'string' ? r.ID : ''));
}

/** Two panes on one Excel workbook: two Office adapters over the same fake Excel and document settings. */
function twoPanes(): [WorkbookPort, WorkbookPort] {
  const excel = new ExcelFake();
  const settings = new FakeSettings();
  const pane = (): WorkbookPort => new OfficeWorkbook({ excel, settings, requirements: excel.requirements });
  return [pane(), pane()];
}

describe('two SWOT wizard sessions on one workbook', () => {
  it('in two panes of one Excel: the later Finish writes nothing over the earlier one and says why', async () => {
    const [a, b] = twoPanes();
    const [seenA, seenB] = [await stampOf(a), await stampOf(b)];
    const first = await finishSwot(a, ANNA, TODAY, seenA);
    expect(first.goalIds).toEqual(['G-001']);
    const before = await readSwotTables(a);

    await expect(finishSwot(b, BEN, TODAY, seenB)).rejects.toThrow(
      new SwotWriteError(SWOT_WRITE_MESSAGES.changedSince),
    );
    const after = await readSwotTables(b);
    expect(after).toEqual(before);
    expect(after.swot?.rows.map((r) => r.Item)).toEqual(['Loyal regulars', 'New offices nearby']);
  });

  it('gives the later session new goal IDs once it starts from the tables as they are, and keeps the first goals', async () => {
    const [a, b] = twoPanes();
    await finishSwot(a, ANNA, TODAY, await stampOf(a));
    const second = await finishSwot(b, BEN, TODAY, await stampOf(b));
    expect(second.goalIds).toEqual(['G-002']);
    const ids = await goalIds(a);
    expect(ids).toEqual(['G-001', 'G-002']);
    expect(new Set(ids).size).toBe(ids.length);
    const goals = (await readSwotTables(a)).goals?.rows ?? [];
    expect(goals.map((r) => r.Goal)).toEqual([
      'Sell 40 lunch boxes a day to offices by June 2027',
      'Sell coffee at the Saturday market from 0 to 200 cups by May 2027',
    ]);
  });

  it('finishes again in the same session without refusing its own earlier Finish', async () => {
    const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
    const first = await finishSwot(port, ANNA, TODAY, await stampOf(port));
    const again = await finishSwot(
      port,
      addItem(first.state, 'threat', 'A chain opens nearby').state,
      TODAY,
      first.stamp,
    );
    expect(again.goalIds).toEqual(['G-001']);
    expect(await goalIds(port)).toEqual(['G-001']);
  });

  it('gives no ID twice when a caller without a stamp finishes after another session', async () => {
    const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
    await finishSwot(port, ANNA, TODAY);
    const later = await finishSwot(port, BEN, TODAY);
    expect(later.goalIds).toEqual(['G-002']);
    expect(await goalIds(port)).toEqual(['G-001', 'G-002']);
  });

  it('gives a new goal an ID past the ones already typed in odd forms (g-1, G 002, G-0003)', async () => {
    const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
    await port.addSheet('Goals (Rudder)');
    await port.upsertTable({
      name: 'RudderGoals',
      sheet: 'Goals (Rudder)',
      topLeft: 'A1',
      columns: rudderColumns('goals'),
      rows: [
        ['g-1', 'Cut waste by 20% by June 2027'],
        ['G 002', 'Open on Sundays by April 2027'],
        ['G-0003', 'Hire a second baker by May 2027'],
      ],
    });
    const done = await finishSwot(port, ANNA, TODAY, await stampOf(port));
    expect(done.goalIds).toEqual(['G-004']);
    expect(await goalIds(port)).toEqual(['g-1', 'G 002', 'G-0003', 'G-004']);
  });
});
