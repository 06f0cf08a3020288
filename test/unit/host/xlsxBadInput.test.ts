import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { WorkbookError } from '../../../src/host/errors';
import { describeWorkbook } from '../../../src/host/inspect';
import { openXlsxPort, XLSX_MAX_ROWS } from '../../../src/host/xlsx';
import { valueAt, formulaAt } from '../../contract/workbookPort.contract';

const dir = mkdtempSync(join(tmpdir(), 'rudder-xlsx-'));

async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function refusal(path: string): Promise<WorkbookError> {
  try {
    await openXlsxPort(path);
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error(`${path} opened, but should have been refused`);
}

describe('opening bad input in the xlsx adapter', () => {
  it('refuses an empty (0-byte) file plainly', async () => {
    const path = join(dir, 'empty.xlsx');
    writeFileSync(path, '');
    const error = await refusal(path);
    expect(error.code).toBe('not-a-workbook');
    expect(error.message).toMatch(/empty/);
  });

  it('refuses a workbook without sheets', async () => {
    const error = await refusal(await save('no-sheets.xlsx', () => undefined));
    expect(error.code).toBe('empty');
  });

  it('opens a workbook whose only sheet is empty, with no used range', async () => {
    const port = await openXlsxPort(await save('blank.xlsx', (wb) => wb.addWorksheet('Blank')));
    expect(await describeWorkbook(port)).toEqual({ sheets: [{ name: 'Blank', usedRange: null, tables: [] }] });
  });

  it('refuses a password-protected (OLE) file and says what to do', async () => {
    const path = join(dir, 'protected.xlsx');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const error = await refusal(path);
    expect(error.code).toBe('protected');
    expect(error.message).toMatch(/password/);
  });

  it('refuses a sheet with 1,000,000 rows from its declared size, quickly', async () => {
    const path = await save('million.xlsx', (wb) => {
      const ws = wb.addWorksheet('Big');
      ws.getCell('A1').value = 'first';
      ws.getCell('A1000000').value = 'last';
    });
    const started = Date.now();
    const error = await refusal(path);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/1,000,000 rows/);
    expect(error.message).toMatch(new RegExp(XLSX_MAX_ROWS.toLocaleString('en-US')));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads merged cells as one value in the top-left cell', async () => {
    const port = await openXlsxPort(
      await save('merged.xlsx', (wb) => {
        const ws = wb.addWorksheet('M');
        ws.getCell('A1').value = 'Title';
        ws.mergeCells('A1:C1');
        ws.getCell('A2').value = 1;
      }),
    );
    const snap = await port.readSheet('M');
    expect(valueAt(snap, 'A1')).toBe('Title');
    expect(valueAt(snap, 'B1')).toBeNull();
    expect(valueAt(snap, 'A2')).toBe(1);
  });

  it('reads a merged cell in a table body once, in its top-left cell, with formula results and dates', async () => {
    const port = await openXlsxPort(
      await save('merged-table.xlsx', (wb) => {
        const ws = wb.addWorksheet('T');
        ws.addTable({
          name: 'Notes',
          ref: 'A1',
          headerRow: true,
          columns: [{ name: 'Note' }, { name: 'More' }, { name: 'Sum' }, { name: 'When' }],
          rows: [
            ['Shared note', null, { formula: '1+1', result: 2 }, new Date(Date.UTC(2027, 2, 31))],
            ['Own note', 'x', 3, null],
          ],
        });
        ws.mergeCells('A2:B2');
      }),
    );
    const table = await port.readTable('Notes');
    expect(table?.rows).toEqual([
      ['Shared note', null, 2, 46477],
      ['Own note', 'x', 3, null],
    ]);
  });

  it('reads error values as errors, not as text', async () => {
    const port = await openXlsxPort(
      await save('errors.xlsx', (wb) => {
        const ws = wb.addWorksheet('E');
        ws.getCell('A1').value = { error: '#N/A' };
        ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
        ws.getCell('A3').value = '#N/A';
      }),
    );
    const snap = await port.readSheet('E');
    expect(valueAt(snap, 'A1')).toEqual({ kind: 'error', code: '#N/A' });
    expect(valueAt(snap, 'A2')).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(valueAt(snap, 'A3')).toBe('#N/A');
  });

  it('keeps formulas with external links and their saved values', async () => {
    const port = await openXlsxPort(
      await save('external.xlsx', (wb) => {
        const ws = wb.addWorksheet('X');
        ws.getCell('A1').value = { formula: '[1]Sheet1!A1*2', result: 10 };
      }),
    );
    const snap = await port.readSheet('X');
    expect(formulaAt(snap, 'A1')).toBe('=[1]Sheet1!A1*2');
    expect(valueAt(snap, 'A1')).toBe(10);
  });

  it('says plainly when the file does not exist', async () => {
    const error = await refusal(join(dir, 'missing.xlsx'));
    expect(error.message).toMatch(/does not exist/);
  });
});

describe('saving from the xlsx adapter', () => {
  it('writes a new file and never touches the input', async () => {
    const input = await save('input.xlsx', (wb) => {
      wb.addWorksheet('Data').getCell('A1').value = 'original';
    });
    const before = readFileSync(input);
    const port = await openXlsxPort(input);
    await port.writeBlock('Data', 'A1', [['changed', "=cmd|' /C calc'!A0"]]);
    const out = join(dir, 'output.xlsx');
    await port.saveAs(out);
    expect(readFileSync(input).equals(before)).toBe(true);
    const reopened = await openXlsxPort(out);
    const snap = await reopened.readSheet('Data');
    expect(valueAt(snap, 'A1')).toBe('changed');
    expect(valueAt(snap, 'B1')).toBe("=cmd|' /C calc'!A0");
    expect(formulaAt(snap, 'B1')).toBeNull();
  });

  it('refuses to overwrite the input file', async () => {
    const input = await save('keep.xlsx', (wb) => {
      wb.addWorksheet('Data').getCell('A1').value = 1;
    });
    const mtime = statSync(input).mtimeMs;
    const port = await openXlsxPort(input);
    await expect(port.saveAs(input)).rejects.toMatchObject({ code: 'write-failed' });
    await expect(port.saveAs(join(dir, '.', 'keep.xlsx'))).rejects.toBeInstanceOf(WorkbookError);
    expect(statSync(input).mtimeMs).toBe(mtime);
  });

  it('writes table formula columns in the file form Excel stores', async () => {
    const port = await openXlsxPort(await save('t.xlsx', (wb) => wb.addWorksheet('Goals')));
    await port.upsertTable({
      name: 'RudderGoals',
      sheet: 'Goals',
      topLeft: 'A1',
      columns: [{ header: 'Goal' }, { header: 'SMART', formula: '=RUDDER.SMARTSCORE([@Goal])' }],
      rows: [['Grow', null]],
    });
    const snap = await port.readSheet('Goals');
    expect(formulaAt(snap, 'B2')).toBe('=RUDDER.SMARTSCORE(RudderGoals[[#This Row],[Goal]])');
  });
});
