import { RUDDER_FUNCTIONS } from '../functions/registry';
import { MemoryWorkbook } from '../host/memory';
import { changedSheetsPhrase, WriteTrackingWorkbook } from './writeTracking';

async function tracked(): Promise<{ inner: MemoryWorkbook; wb: WriteTrackingWorkbook }> {
  const inner = new MemoryWorkbook({ functions: RUDDER_FUNCTIONS });
  await inner.addSheet('KPIs');
  await inner.writeBlock('KPIs', 'A1', [
    ['Actual', 'Target'],
    [5, 10],
  ]);
  return { inner, wb: new WriteTrackingWorkbook(inner) };
}

describe('a workbook that remembers being written to', () => {
  it('starts unchanged, and reading or selecting cells does not change it', async () => {
    const { wb } = await tracked();
    await wb.readSheet('KPIs');
    await wb.select('KPIs', 'A1:B2');
    await wb.listTables();
    expect(wb.hasChanges()).toBe(false);
    expect(await wb.getSelection()).toEqual({ sheet: 'KPIs', address: 'A1:B2' });
  });

  it('counts a cell write and names the sheet, and the write reaches the workbook', async () => {
    const { inner, wb } = await tracked();
    await wb.writeBlock('KPIs', 'A2', [[8]]);
    expect(wb.hasChanges()).toBe(true);
    expect(wb.changesSoFar()).toEqual({ count: 1, sheets: ['KPIs'] });
    expect(inner.getCellDisplay('KPIs', 1, 0).value).toBe(8);
  });

  it('counts what Structure writes: a new sheet, its table, its rules and panes', async () => {
    const { wb } = await tracked();
    const sheet = await wb.addSheet('KPIs (Rudder)');
    await wb.upsertTable({ name: 'T', sheet, topLeft: 'A1', columns: [{ header: 'Name' }], rows: [['Bread']] });
    await wb.freezeRows(sheet, 1);
    await wb.writeSetting('rudder.mapping', { kpis: 'T' });
    expect(wb.changesSoFar()).toEqual({ count: 4, sheets: ['KPIs (Rudder)'] });
  });

  it('passes the optional name calls through and counts adding names', async () => {
    const { wb } = await tracked();
    expect(await wb.listNames?.()).toEqual([]);
    expect(wb.hasChanges()).toBe(false);
    await wb.addNames?.([{ name: 'DOUBLE', formula: '=LAMBDA(x, x*2)', comment: 'twice' }]);
    expect(wb.hasChanges()).toBe(true);
  });

  it('counts from zero again once the workbook is downloaded', async () => {
    const { wb } = await tracked();
    await wb.writeBlock('KPIs', 'A2', [[8]]);
    wb.markSaved();
    expect(wb.hasChanges()).toBe(false);
    await wb.writeBlock('KPIs', 'B2', [[9]]);
    expect(wb.changesSoFar()).toEqual({ count: 1, sheets: ['KPIs'] });
  });

  it('tells its listeners about changes made through it', async () => {
    const { wb } = await tracked();
    const heard = jest.fn();
    const stop = wb.subscribe(heard);
    await wb.writeBlock('KPIs', 'B2', [[12]]);
    stop();
    await wb.writeBlock('KPIs', 'B2', [[13]]);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

describe('the words for what changed', () => {
  it('names one sheet, two sheets, or the first four and how many more', () => {
    expect(changedSheetsPhrase({ count: 1, sheets: ['KPIs'] })).toBe('the sheet ‘KPIs’');
    expect(changedSheetsPhrase({ count: 2, sheets: ['A', 'B'] })).toBe('the sheets ‘A’ and ‘B’');
    expect(changedSheetsPhrase({ count: 6, sheets: ['A', 'B', 'C', 'D', 'E', 'F'] })).toBe(
      'the sheets ‘A’, ‘B’, ‘C’, ‘D’ and 2 more',
    );
    expect(changedSheetsPhrase({ count: 1, sheets: [] })).toBeNull();
  });
});
