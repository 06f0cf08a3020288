/**
 * Files written by the CLI's xlsx adapter, opened and recalculated by LibreOffice: user text stays
 * text (no formula injection), tables, dates and formulas come out as a user would expect.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { serialFromYmd } from '../../src/core/dates/serial';
import { createXlsxPort } from '../../src/host/xlsx';
import { recalculateToCsv, SPREADSHEET_ERROR } from './libreoffice';

jest.setTimeout(180_000);

const RISKY_TEXT = ["=cmd|' /C calc'!A0", '+44 20 7946 0958', '-5 kg of waste', '@home delivery', '=1+1'];

describe('xlsx adapter output in LibreOffice', () => {
  let sheets: Record<string, string[][]>;

  beforeAll(async () => {
    const port = createXlsxPort('Notes');
    const goals = await port.addSheet('Goals');
    await port.upsertTable({
      name: 'RudderGoals',
      sheet: goals,
      topLeft: 'A1',
      columns: [
        { header: 'ID' },
        { header: 'Goal' },
        { header: 'Due', numberFormat: 'yyyy-mm-dd' },
        { header: 'Target' },
        { header: 'Double', formula: '=[@Target]*2' },
      ],
      rows: RISKY_TEXT.map((text, i) => [`G-00${i + 1}`, text, { date: serialFromYmd(2027, 6, 30) }, 100 + i, null]),
    });
    await port.writeBlock('Notes', 'A1', [['Total target'], [{ formula: '=SUM(Goals!D2:D6)' }]]);
    const dir = mkdtempSync(join(tmpdir(), 'rudder-interop-'));
    const file = join(dir, 'adapter.xlsx');
    await port.saveAs(file);
    sheets = await recalculateToCsv(file);
  });

  it('keeps text that starts with = + - @ as the text the user typed', () => {
    const goalColumn = sheets.Goals.slice(1, 6).map((row) => row[1]);
    expect(goalColumn).toEqual(RISKY_TEXT);
  });

  it('writes dates as dates and computes table formula columns', () => {
    expect(sheets.Goals[1][2]).toBe('2027-06-30');
    expect(sheets.Goals.slice(1, 6).map((row) => row[4])).toEqual(['200', '202', '204', '206', '208']);
  });

  it('computes formulas across sheets with no error values', () => {
    expect(sheets.Notes[1][0]).toBe('510');
    for (const sheet of Object.values(sheets))
      for (const row of sheet) for (const cell of row) expect(cell).not.toMatch(SPREADSHEET_ERROR);
  });
});
