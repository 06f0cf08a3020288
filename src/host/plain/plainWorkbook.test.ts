import { BAKERY_SAMPLE } from '../../sample/bakery';
import { loadSample } from '../../sample/load';
import { PlainWorkbook } from './plainWorkbook';

async function sampleWorkbook(): Promise<PlainWorkbook> {
  const wb = new PlainWorkbook({ kind: 'memory', label: 'test', supportsLambda: false });
  await loadSample(wb, BAKERY_SAMPLE);
  return wb;
}

describe('the task pane fallback workbook', () => {
  it('holds the sample sheets with their used ranges', async () => {
    const sheets = await (await sampleWorkbook()).listSheets();
    expect(sheets.map((s) => s.name)).toEqual(['Strategy', 'Goals', 'KPIs', 'SWOT', 'Monthly numbers']);
    expect(sheets[1].usedRange).toBe('A1:I14');
  });

  it('keeps formulas as text and reads their cells as empty (no formula engine in the add-in)', async () => {
    const snap = await (await sampleWorkbook()).readRange('Goals', 'I5');
    expect(snap.formulas?.[0][0]).toBe('=RUDDER.SMARTSCORE(B5,E5,F5,G5)');
    expect(snap.values[0][0]).toBeNull();
  });

  it('marks dates with a date format', async () => {
    const snap = await (await sampleWorkbook()).readRange('Goals', 'E7');
    expect(typeof snap.values[0][0]).toBe('number');
    expect(snap.numberFormats?.[0][0]).toBe('yyyy-mm-dd');
  });

  it('replaces a table of the same name instead of adding a second one', async () => {
    const wb = await sampleWorkbook();
    const sheet = await wb.addSheet('Goals');
    expect(sheet).toBe('Goals (2)');
    const spec = { name: 'RudderGoals', sheet, topLeft: 'A1', columns: [{ header: 'ID' }, { header: 'Goal' }] };
    await wb.upsertTable({
      ...spec,
      rows: [
        ['G-001', 'a'],
        ['G-002', 'b'],
      ],
    });
    const second = await wb.upsertTable({ ...spec, rows: [['G-001', 'a']] });
    expect(second).toEqual({ sheet, range: 'A1:B2', created: false });
    expect(await wb.listTables()).toHaveLength(1);
    expect((await wb.readTable('rudderGOALS'))?.rows).toEqual([['G-001', 'a']]);
    expect((await wb.readRange(sheet, 'A3')).values[0][0]).toBeNull();
  });

  it('rejects a missing sheet with a plain message', async () => {
    await expect((await sampleWorkbook()).readSheet('Budget')).rejects.toThrow('There is no sheet named "Budget".');
  });

  it('writes user text as text, even when it starts with =', async () => {
    const wb = await sampleWorkbook();
    await wb.writeBlock('SWOT', 'E1', [['=1+1']]);
    const snap = await wb.readRange('SWOT', 'E1');
    expect(snap.values[0][0]).toBe('=1+1');
    expect(snap.formulas?.[0][0]).toBeNull();
  });
});
