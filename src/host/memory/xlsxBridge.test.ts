import type { ExcelArg, RudderFunction } from '../../functions/types';
import { formulaAt, valueAt } from '../../../test/contract/workbookPort.contract';
import { fromSampleWorkbook, fromXlsxBytes, toXlsxBytes, type SampleWorkbook } from './xlsxBridge';

const DOUBLE: RudderFunction = {
  name: 'DOUBLE',
  params: [{ name: 'x', optional: false }],
  evaluate: ([x]: readonly ExcelArg[]) =>
    typeof x === 'number' ? x * 2 : { error: '#VALUE!', message: 'needs a number' },
};

const SAMPLE: SampleWorkbook = {
  sheets: [
    {
      name: 'Notes',
      rows: [
        ['Owner', "=cmd|' /C calc'!A0"],
        ['Due', { date: 46477 }],
      ],
      frozenRows: 1,
    },
    { name: 'Goals' },
  ],
  tables: [
    {
      name: 'RudderGoals',
      sheet: 'Goals',
      topLeft: 'A1',
      columns: [
        { header: 'Goal' },
        { header: 'Target', numberFormat: '0' },
        { header: 'Twice', formula: '=RUDDER.DOUBLE([@Target])' },
      ],
      rows: [
        ['Grow', 10, null],
        ['Keep', 4, null],
      ],
    },
  ],
  conditionalFormats: [
    {
      sheet: 'Goals',
      address: 'C2:C3',
      rules: [{ kind: 'numberBetween', min: 0, max: 10, fill: '#FFC7CE', fontColor: '#9C0006' }],
    },
  ],
  validations: [{ sheet: 'Goals', address: 'A2:A3', values: ['Grow', 'Keep'] }],
  settings: { 'rudder.mapping': { goals: 'RudderGoals' } },
  selection: { sheet: 'Goals', address: 'B2' },
};

describe('memory workbook import and export', () => {
  it('builds the sample workbook from data, computing table formulas', async () => {
    const wb = await fromSampleWorkbook(SAMPLE, { functions: [DOUBLE] });
    expect((await wb.readTable('RudderGoals'))?.rows).toEqual([
      ['Grow', 10, 20],
      ['Keep', 4, 8],
    ]);
    expect(wb.getCellDisplay('Goals', 2, 2)).toMatchObject({ text: '8', fill: '#FFC7CE', fontColor: '#9C0006' });
    expect(wb.getCellDisplay('Goals', 1, 0).validationList).toEqual(['Grow', 'Keep']);
    expect(wb.getCellDisplay('Notes', 1, 1).text).toBe('2027-03-31');
    expect(wb.getFrozenRows('Notes')).toBe(1);
  });

  it('round-trips through .xlsx bytes: values, text, formulas, tables, panes and settings', async () => {
    const original = await fromSampleWorkbook(SAMPLE, { functions: [DOUBLE] });
    const bytes = await toXlsxBytes(original);
    const reopened = await fromXlsxBytes(bytes, { functions: [DOUBLE], fileName: 'sample.xlsx' });
    expect(reopened.sheetNames()).toEqual(['Notes', 'Goals']);
    const notes = await reopened.readSheet('Notes');
    expect(valueAt(notes, 'B1')).toBe("=cmd|' /C calc'!A0");
    expect(formulaAt(notes, 'B1')).toBeNull();
    expect(valueAt(notes, 'B2')).toBe(46477);
    expect(reopened.getFrozenRows('Notes')).toBe(1);
    const table = await reopened.readTable('ruddergoals');
    expect(table?.headers).toEqual(['Goal', 'Target', 'Twice']);
    expect(table?.rows).toEqual([
      ['Grow', 10, 20],
      ['Keep', 4, 8],
    ]);
    expect(reopened.getCellFormula('Goals', 1, 2)).toBe('=RUDDER.DOUBLE(RudderGoals[[#This Row],[Target]])');
    expect(await reopened.readSetting('rudder.mapping')).toEqual({ goals: 'RudderGoals' });
  });

  it('notifies subscribers on changes until they unsubscribe', async () => {
    const wb = await fromSampleWorkbook({ sheets: [{ name: 'S' }] });
    let calls = 0;
    const stop = wb.subscribe(() => calls++);
    await wb.writeBlock('S', 'A1', [[1]]);
    stop();
    await wb.writeBlock('S', 'A1', [[2]]);
    expect(calls).toBe(1);
    expect(wb.getSheetDimensions('S')).toEqual({ rows: 1, columns: 1 });
  });
});
