import { planCheckin } from '../core/checkin';
import { serialFromYmd } from '../core/dates/serial';
import { HISTORY_FORMULAS } from '../core/structure/historyFormulas';
import { HISTORY_COLUMNS } from '../core/structure/historyPlan';
import { createRudderFunctions } from '../functions/registry';
import { ExcelFake, FakeSettings } from '../../test/fakes/excelFake';
import { loadCheckin, saveCheckin, undoCheckin } from './checkin';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import { OfficeWorkbook } from './office/officeWorkbook';
import type { CellInput, WorkbookPort } from './port';

const TODAY = serialFromYmd(2027, 6, 3);
const monthEnd = (m: number): { date: number } => ({ date: serialFromYmd(2027, m + 1, 1) - 1 });

/** `n` monthly KPIs with history January to April, their Actual and As of read from it. */
async function workbookWith(port: WorkbookPort, n: number): Promise<void> {
  await port.addSheet('KPIs');
  await port.addSheet('History (Rudder)');
  const history: CellInput[][] = [];
  for (let k = 1; k <= n; k++)
    for (let m = 1; m <= 4; m++)
      history.push([`K-${String(k).padStart(3, '0')}`, monthEnd(m), 100 * k + m, null, null]);
  await port.upsertTable({
    name: 'RudderHistory',
    sheet: 'History (Rudder)',
    topLeft: 'A1',
    columns: HISTORY_COLUMNS,
    rows: history,
  });
  await port.upsertTable({
    name: 'RudderKPIs',
    sheet: 'KPIs',
    topLeft: 'A1',
    columns: [
      { header: 'ID' },
      { header: 'KPI' },
      { header: 'Target' },
      { header: 'Frequency' },
      { header: 'Actual' },
      { header: 'As of', numberFormat: 'yyyy-mm-dd' },
    ],
    rows: Array.from({ length: n }, (_, i) => [
      `K-${String(i + 1).padStart(3, '0')}`,
      `KPI number ${i + 1}`,
      1000,
      'monthly',
      { formula: HISTORY_FORMULAS.actual },
      { formula: HISTORY_FORMULAS.asOf },
    ]),
  });
}

async function mayCheckIn(port: WorkbookPort, value: (id: string) => string) {
  const view = await loadCheckin(port, TODAY);
  const entries = view.kpis.map((k) => ({ id: k.id, period: k.nextPeriod, actual: value(k.id), note: '' }));
  return { ...planCheckin(entries, view.kpis), view };
}

/** K-001 with history; K-002 with only a typed Actual and As of (never checked in); no history for K-003. */
async function mixedWorkbook(port: WorkbookPort): Promise<void> {
  await workbookWith(port, 1);
  await port.upsertTable({
    name: 'RudderKPIs',
    sheet: 'KPIs',
    topLeft: 'A1',
    columns: [
      { header: 'ID' },
      { header: 'KPI' },
      { header: 'Target' },
      { header: 'Frequency' },
      { header: 'Actual' },
      { header: 'As of', numberFormat: 'yyyy-mm-dd' },
    ],
    rows: [
      [
        'K-001',
        'KPI number 1',
        1000,
        'monthly',
        { formula: HISTORY_FORMULAS.actual },
        { formula: HISTORY_FORMULAS.asOf },
      ],
      ['K-002', 'Instagram followers', 2000, 'monthly', 1120, { date: serialFromYmd(2027, 4, 20) }],
      ['K-003', 'Catering enquiries', 10, 'monthly', null, null],
    ],
  });
}

/** `computes`: whether the host calculates formulas (the Excel fake does not: there only the formulas are compared). */
async function firstCheckInSwitches(port: WorkbookPort, computes = true): Promise<void> {
  await mixedWorkbook(port);
  const plan = await mayCheckIn(port, (id) => (id === 'K-001' ? '' : '1180'));
  const saved = await saveCheckin(port, plan, plan.view);
  expect(saved.message).toBe('Saved 2 values to RudderHistory.');
  const kpis = await port.readTable('RudderKPIs');
  // K-002's typed value became its first history row, and its Actual and As of now read the history.
  if (computes)
    expect(kpis?.rows.map((r) => [r[0], r[4], r[5]])).toEqual([
      ['K-001', 104, serialFromYmd(2027, 4, 30)],
      ['K-002', 1180, serialFromYmd(2027, 5, 31)],
      ['K-003', 1180, serialFromYmd(2027, 5, 31)],
    ]);
  const cells = await port.readRange('KPIs', 'E3:F4');
  expect(cells.formulas).toEqual([
    [HISTORY_FORMULAS.actual, HISTORY_FORMULAS.asOf],
    [HISTORY_FORMULAS.actual, HISTORY_FORMULAS.asOf],
  ]);
  const history = await port.readTable('RudderHistory');
  expect(history?.rows.slice(4).map((r) => [r[0], r[1], r[2]])).toEqual([
    ['K-002', serialFromYmd(2027, 4, 20), 1120],
    ['K-002', serialFromYmd(2027, 5, 31), 1180],
    ['K-003', serialFromYmd(2027, 5, 31), 1180],
  ]);

  expect(await undoCheckin(port, saved)).toBe('Took back the 2 values of the last check-in.');
  expect((await port.readTable('RudderHistory'))?.rows).toHaveLength(4);
  const back = await port.readTable('RudderKPIs');
  expect(back?.rows.slice(computes ? 0 : 1).map((r) => [r[4], r[5]])).toEqual([
    ...(computes ? [[104, serialFromYmd(2027, 4, 30)]] : []),
    [1120, serialFromYmd(2027, 4, 20)],
    [null, null],
  ]);
  expect((await port.readRange('KPIs', 'E3:F3')).formulas?.[0]).toEqual([null, null]);
}

describe('a check-in in the playground workbook', () => {
  it('adds May under April, moves the KPIs’ Actual and As of, and is taken back by Undo', async () => {
    const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
    await workbookWith(port, 3);
    const view = await loadCheckin(port, TODAY);
    expect(view.kpis.map((k) => [k.id, k.due, k.latest?.actual])).toEqual([
      ['K-001', true, 104],
      ['K-002', true, 204],
      ['K-003', true, 304],
    ]);
    const plan = await mayCheckIn(port, (id) => (id === 'K-002' ? '' : '999'));
    const saved = await saveCheckin(port, plan);
    expect(saved.rowsBefore).toBe(12);
    const kpis = await port.readTable('RudderKPIs');
    expect(kpis?.rows.map((r) => [r[4], r[5]])).toEqual([
      [999, serialFromYmd(2027, 5, 31)],
      [204, serialFromYmd(2027, 4, 30)],
      [999, serialFromYmd(2027, 5, 31)],
    ]);
    expect(await undoCheckin(port, saved)).toBe('Took back the 2 values of the last check-in.');
    expect((await port.readTable('RudderHistory'))?.rows).toHaveLength(12);
    expect((await port.readTable('RudderKPIs'))?.rows[0][4]).toBe(104);
  });

  it('switches a KPI checked in for the first time to its history, keeping the value it held, and Undo puts it back', async () => {
    await firstCheckInSwitches(new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) }));
  });

  it('does not undo a check-in once the history has changed since', async () => {
    const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
    await workbookWith(port, 1);
    const saved = await saveCheckin(port, await mayCheckIn(port, () => '5'));
    await port.appendTableRows('RudderHistory', [['K-001', monthEnd(6), 6, null, 'typed by hand']]);
    expect(await undoCheckin(port, saved)).toContain('cannot be taken back');
    expect((await port.readTable('RudderHistory'))?.rows).toHaveLength(6);
  });
});

/** April of K-002 corrected from 204 to 250 with a note, confirmed; Undo puts 204 and the blank note back. */
async function correctsApril(port: WorkbookPort): Promise<void> {
  await workbookWith(port, 2);
  const view = await loadCheckin(port, TODAY);
  const plan = planCheckin(
    [{ id: 'K-002', period: monthEnd(4).date, actual: '250', note: 'counted again' }],
    view.kpis,
  );
  expect(plan.rows).toEqual([]);
  expect(plan.replacements.map((r) => [r.id, r.before, r.after])).toEqual([['K-002', 204, 250]]);
  const before = (await port.readTable('RudderHistory'))?.rows ?? [];
  const saved = await saveCheckin(port, plan, view);
  expect(saved.message).toBe('Saved 0 new values and replaced 1 earlier value in RudderHistory.');
  const after = (await port.readTable('RudderHistory'))?.rows ?? [];
  expect(after).toHaveLength(8);
  // Only K-002's April row changed, in place.
  expect(after.filter((r, i) => r !== before[i] && JSON.stringify(r) !== JSON.stringify(before[i]))).toEqual([
    ['K-002', monthEnd(4).date, 250, null, 'counted again'],
  ]);
  expect(await undoCheckin(port, saved)).toBe('Took back the 1 value of the last check-in.');
  expect((await port.readTable('RudderHistory'))?.rows).toEqual(before);
}

describe('correcting an earlier period', () => {
  it('replaces that row’s value in place once confirmed, and Undo restores it (playground workbook)', async () => {
    await correctsApril(new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) }));
  });

  it('does the same in Excel', async () => {
    const excel = new ExcelFake();
    await correctsApril(new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements }));
  });

  it('is not taken back once someone changed the row since', async () => {
    const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
    await workbookWith(port, 1);
    const view = await loadCheckin(port, TODAY);
    const plan = planCheckin([{ id: 'K-001', period: monthEnd(4).date, actual: '150', note: '' }], view.kpis);
    const saved = await saveCheckin(port, plan, view);
    await port.writeBlock('History (Rudder)', 'C5', [[160]]);
    expect(await undoCheckin(port, saved)).toContain('cannot be taken back');
    expect((await port.readTable('RudderHistory'))?.rows[3][2]).toBe(160);
  });
});

describe('a check-in in Excel', () => {
  it('switches a KPI checked in for the first time to its history, and Undo puts it back', async () => {
    const excel = new ExcelFake();
    await firstCheckInSwitches(
      new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements }),
      false,
    );
  });

  it('saves a first check-in of 20 KPIs in at most 3 syncs', async () => {
    const excel = new ExcelFake();
    const port = new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements });
    await workbookWith(port, 20);
    const typed = (await port.readTable('RudderKPIs'))?.rows.map((_, i) => [
      i % 2 === 0 ? 50 : { formula: HISTORY_FORMULAS.actual },
      i % 2 === 0 ? { date: serialFromYmd(2027, 4, 10) } : { formula: HISTORY_FORMULAS.asOf },
    ]) as CellInput[][];
    await port.writeBlock('KPIs', 'E2', typed);
    const plan = await mayCheckIn(port, () => '7');
    excel.resetCounts();
    await saveCheckin(port, plan, plan.view);
    expect(excel.syncCount).toBeLessThanOrEqual(3);
    expect((await port.readRange('KPIs', 'E2:F21')).formulas?.every((r) => r[0] === HISTORY_FORMULAS.actual)).toBe(
      true,
    );
  });

  it('saves 20 KPIs in at most 3 syncs, without rewriting the rows above', async () => {
    const excel = new ExcelFake();
    const port = new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements });
    await workbookWith(port, 20);
    const plan = await mayCheckIn(port, (id) => String(Number(id.slice(2)) * 10));
    expect(plan.rows).toHaveLength(20);
    const before = (await port.readTable('RudderHistory'))?.rows;
    excel.resetCounts();
    await saveCheckin(port, plan);
    expect(excel.syncCount).toBeLessThanOrEqual(3);
    const after = await port.readTable('RudderHistory');
    expect(after?.rows).toHaveLength(100);
    expect(after?.rows.slice(0, 80)).toEqual(before);
    expect(after?.rows[80]).toEqual(['K-001', serialFromYmd(2027, 5, 31), 10, null, null]);
  });
});
