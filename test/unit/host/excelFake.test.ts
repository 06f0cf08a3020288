import { ExcelFake, FAKE_PAYLOAD_LIMIT } from '../../fakes/excelFake';

describe('the Excel fake behaves like Office.js where the adapter depends on it', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const excel = new ExcelFake();
    excel.state.addSheet('S');
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject('S').getRange('A1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([['']]);
      expect(() => range.formulas).toThrow(/not available/);
    });
  });

  it('applies queued writes only at sync, and counts syncs', async () => {
    const excel = new ExcelFake();
    const sheet = excel.state.addSheet('S');
    await excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject('S').getRange('A1:B1').formulas = [[1, 'x']];
      expect(sheet.cells.size).toBe(0);
      await context.sync();
      expect(sheet.cells.size).toBe(2);
    });
    expect(excel.syncCount).toBe(1);
  });

  it('parses a formula-looking string unless the cell is text-formatted first', async () => {
    const excel = new ExcelFake();
    const sheet = excel.state.addSheet('S');
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject('S');
      ws.getRange('A1').formulas = [['=cmd']];
      const b1 = ws.getRange('B1');
      b1.numberFormat = [['@']];
      b1.formulas = [['=cmd']];
      await context.sync();
    });
    expect(sheet.cells.get('0,0')).toMatchObject({ formula: '=cmd' });
    expect(sheet.cells.get('0,1')).toMatchObject({ formula: null, value: '=cmd' });
  });

  it('refuses a request over 5 MB', async () => {
    const excel = new ExcelFake();
    excel.state.addSheet('S');
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject('S').getRange('A1:A60000').formulas = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(JSON.stringify(big).length).toBeGreaterThan(FAKE_PAYLOAD_LIMIT);
  });

  it('refuses a 2-D array that does not match the range', async () => {
    const excel = new ExcelFake();
    excel.state.addSheet('S');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject('S').getRange('A1:B2').formulas = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
