/**
 * RudderKPIs's Actual and As of read the latest RudderHistory row with plain functions: LibreOffice, an engine
 * without Rudder, must compute them from the file Rudder writes (unsorted rows, a blank actual, a KPI without
 * history, a period entered twice: the mean of its two values).
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { serialFromYmd } from '../../src/core/dates/serial';
import { HISTORY_FORMULAS } from '../../src/core/structure/historyFormulas';
import { createXlsxPort } from '../../src/host/xlsx';
import { recalculateToCsv } from './libreoffice';

jest.setTimeout(240_000);

const d = (y: number, m: number, day: number): { date: number } => ({ date: serialFromYmd(y, m, day) });

it('computes Actual and As of from the latest history row in LibreOffice', async () => {
  const port = createXlsxPort('KPIs');
  await port.addSheet('History (Rudder)');
  await port.upsertTable({
    name: 'RudderHistory',
    sheet: 'History (Rudder)',
    topLeft: 'A1',
    columns: [
      { header: 'KPI' },
      { header: 'Period', numberFormat: 'yyyy-mm-dd' },
      { header: 'Actual' },
      { header: 'Target' },
      { header: 'Note' },
    ],
    rows: [
      ['K-001', d(2027, 2, 28), 130, null, null],
      ['K-001', d(2027, 1, 31), 120, null, null],
      ['K-002', d(2027, 3, 31), 41, null, null],
      ['K-001', d(2027, 3, 31), null, null, 'not counted yet'],
      ['K-002', d(2027, 3, 31), 44, null, 'corrected'],
      ['K-002', d(2027, 1, 31), 50, null, null],
    ],
  });
  const withHistory = [{ formula: HISTORY_FORMULAS.actual }, { formula: HISTORY_FORMULAS.asOf }];
  await port.upsertTable({
    name: 'RudderKPIs',
    sheet: 'KPIs',
    topLeft: 'A1',
    columns: [{ header: 'ID' }, { header: 'Actual' }, { header: 'As of', numberFormat: 'yyyy-mm-dd' }],
    rows: [
      ['K-001', ...withHistory],
      ['K-002', ...withHistory],
      ['K-003', ...withHistory],
      ['K-004', 7, d(2027, 1, 15)],
    ],
  });
  const file = join(mkdtempSync(join(tmpdir(), 'rudder-history-')), 'history.xlsx');
  await port.saveAs(file);
  const sheets = await recalculateToCsv(file);
  expect(sheets.KPIs.slice(1, 5).map((row) => row.slice(0, 3))).toEqual([
    ['K-001', '130', '2027-02-28'],
    ['K-002', '42.5', '2027-03-31'],
    ['K-003', '', ''],
    ['K-004', '7', '2027-01-15'],
  ]);
});
