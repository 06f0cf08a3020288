import { mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openXlsxPort } from '../../../src/host/xlsx';
import { BAKERY_SAMPLE } from '../../../src/sample/bakery';
import { SAMPLE_CLI_TEXT } from '../../../src/cli/sampleCommand';
import { runCli } from './cliHarness';

jest.setTimeout(60_000);

describe('rudder sample', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-sample-cli-'));

  it("writes the playground's sample sheets, cell for cell, and nothing else", async () => {
    const out = join(dir, 'bakery.xlsx');
    const run = await runCli(['sample', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('rudder structure');
    const port = await openXlsxPort(out);
    const sheets = await port.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(BAKERY_SAMPLE.sheets.map((s) => s.name));
    const goals = await port.readRange('Goals', 'B5');
    expect(goals.values[0][0]).toBe(BAKERY_SAMPLE.sheets[1].rows[4][1]);
    expect(readdirSync(dir)).toEqual(['bakery.xlsx']);
  });

  it('is a workbook the other commands read: structure finds its goals and KPIs', async () => {
    const out = join(dir, 'for-structure.xlsx');
    await runCli(['sample', '-o', out]);
    const run = await runCli(['structure', out, '--json']);
    expect(run.code).toBe(0);
    const kinds = (JSON.parse(run.stdout) as { tables: { kind: string }[] }).tables.map((t) => t.kind);
    expect(kinds).toEqual(expect.arrayContaining(['strategy', 'goals', 'kpis', 'swot']));
  });

  it('asks for -o in plain words', async () => {
    const run = await runCli(['sample']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(SAMPLE_CLI_TEXT.needOut);
  });
});
