import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createXlsxPort } from '../../../src/host/xlsx';
import { runCli } from './cliHarness';

async function workbookFile(): Promise<string> {
  const port = createXlsxPort('Notes');
  await port.writeBlock('Notes', 'B2', [['Bakery plan 2027'], ['Fresh bread, every day']]);
  const goals = await port.addSheet('Goals');
  await port.upsertTable({
    name: 'RudderGoals',
    sheet: goals,
    topLeft: 'A1',
    columns: [{ header: 'ID' }, { header: 'Goal' }],
    rows: [['G-001', 'Cut waste by 20% by Q2 2027']],
  });
  const file = join(mkdtempSync(join(tmpdir(), 'rudder-inspect-')), 'plan.xlsx');
  await port.saveAs(file);
  return file;
}

describe('rudder inspect', () => {
  it('lists the sheets with their used ranges and the tables in them', async () => {
    const file = await workbookFile();
    const run = await runCli(['inspect', file, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      sheets: [
        { name: 'Notes', usedRange: 'B2:B3', tables: [] },
        {
          name: 'Goals',
          usedRange: 'A1:B2',
          tables: [{ name: 'RudderGoals', range: 'A1:B2', headers: ['ID', 'Goal'] }],
        },
      ],
    });
    const text = await runCli(['inspect', file]);
    expect(text.stdout).toMatch(/table RudderGoals A1:B2: ID, Goal/);
  });

  it('exits 2 with one plain line for a file that is not a workbook', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rudder-inspect-')), 'page.xlsx');
    writeFileSync(file, '<!doctype html><html><body>Sign in</body></html>');
    const run = await runCli(['inspect', file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `rudder: ${file} is a web page saved under a spreadsheet name. Save the file from Excel as .xlsx and try again.`,
    ]);
  });

  it('exits 2 for a file that does not exist', async () => {
    const run = await runCli(['inspect', '/no/such/plan.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('rudder: /no/such/plan.xlsx does not exist.\n');
  });
});
