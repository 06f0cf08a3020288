/** `--locale` and the note on text dates such as 03/04/2027, on the commands that read workbooks. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createXlsxPort } from '../../../src/host/xlsx';
import { runCli } from './cliHarness';
import { writeTables } from './auditBooks';

jest.setTimeout(60_000);

describe('text dates that could be read either way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-text-dates-'));
  const book = join(dir, 'plan.xlsx');

  beforeAll(async () => {
    const port = createXlsxPort('Notes');
    await writeTables(port, [
      {
        name: 'RudderKPIs',
        sheet: 'KPIs',
        range: 'A1:H3',
        headers: ['ID', 'KPI', 'Direction', 'Baseline', 'Target', 'Actual', 'Start', 'Due'],
        rows: [
          ['K-001', 'Loaves sold a day', 'higher', 200, 260, 230, '01/02/2027', '03/04/2027'],
          ['K-002', 'Waste per week', 'lower', 40, 20, 30, '2027-01-01', '31/12/2027'],
        ],
      },
    ]);
    await port.saveAs(book);
  });

  it('audit reads them day first and says so in one plain note', async () => {
    const run = await runCli(['audit', book, '--as-of', '2027-03-01']);
    expect(run.stderr).toContain('2 dates such as "01/02/2027" could be read day first or month first');
    expect(run.stderr).toContain('read day first (31/12), as most of the world writes them');
    const json = JSON.parse((await runCli(['audit', book, '--as-of', '2027-03-01', '--json'])).stdout) as {
      notes?: string[];
    };
    expect(json.notes).toHaveLength(1);
  });

  it('audit with --locale en-US reads them month first and names the locale', async () => {
    const run = await runCli(['audit', book, '--as-of', '2027-03-01', '--locale', 'en-US']);
    expect(run.stderr).toContain('read month first (12/31), as en-US writes dates');
  });

  it('share and report pass the note on', async () => {
    const share = await runCli(['share', book, '-o', join(dir, 'copy.xlsx'), '--locale', 'en_GB', '--json']);
    expect(share.code).toBe(0);
    expect((JSON.parse(share.stdout) as { warnings: string[] }).warnings.join('\n')).toContain('as en-GB writes dates');
    const report = await runCli(['report', book, '-o', join(dir, 'report.html')]);
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('could be read day first or month first');
  });

  it('structure -o reads a sheet of text dates by --locale and says so', async () => {
    const port = createXlsxPort('Goals');
    await port.writeBlock('Goals', 'A1', [
      ['Goal', 'Owner', 'Due', 'Target'],
      ['Grow repeat customers from 200 to 260', 'Ana', '03/04/2027', 260],
      ['Cut waste per week from 40 to 20 kg', 'Ben', '05/06/2027', 20],
    ]);
    const raw = join(dir, 'raw.xlsx');
    await port.saveAs(raw);
    const run = await runCli(['structure', raw, '-o', join(dir, 'structured.xlsx'), '--locale', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('read month first (12/31), as en-US writes dates');
  });

  it('refuses a locale without a region, or no locale at all, in one plain line', async () => {
    for (const bad of ['en', 'not a locale']) {
      const run = await runCli(['audit', book, '--locale', bad]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('give a language and region such as en-US');
    }
  });
});
