import { mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { serialFromYmd } from '../../../src/core/dates/serial';
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

  it('keeps its monthly numbers as months, which structure -o turns into history with saved latest values', async () => {
    const out = join(dir, 'monthly.xlsx');
    await runCli(['sample', '-o', out]);
    const wide = await runCli(['structure', out, '--sheet', 'Monthly numbers', '--json']);
    const table = (JSON.parse(wide.stdout) as { tables: { layout: string; columns: { role: string }[] }[] }).tables[0];
    expect(table.layout).toBe('wide');
    expect(table.columns.filter((c) => c.role === 'period')).toHaveLength(12);

    const structured = join(dir, 'monthly-structured.xlsx');
    expect((await runCli(['structure', out, '-o', structured])).code).toBe(0);
    const copy = await openXlsxPort(structured);
    const kpis = await copy.readTable('RudderKPIs');
    const history = await copy.readTable('RudderHistory');
    if (!kpis || !history) throw new Error('tables missing');
    expect(history.rows).toHaveLength(72);
    const at = (h: string): number => kpis.headers.indexOf(h);
    const sourdough = kpis.rows.find((r) => r[at('ID')] === 'K-001') ?? [];
    // The month's end, not the first day its header cell holds; the owner and target the KPIs sheet gave stay.
    expect([sourdough[at('Actual')], sourdough[at('As of')]]).toEqual([138, serialFromYmd(2026, 11, 30)]);
    expect([sourdough[at('Target')], sourdough[at('Owner')], sourdough[at('Direction')]]).toEqual([
      160,
      'Maya',
      'higher',
    ]);
    expect(kpis.rows.map((r) => r[at('Status')])).not.toContainEqual(expect.objectContaining({ error: '#N/A' }));
  });

  it('can be looked ahead on before it is structured', async () => {
    const out = join(dir, 'outlook.xlsx');
    await runCli(['sample', '-o', out]);
    const run = await runCli(['outlook', out, '--as-of', '2026-12-07', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      structuredInMemory: boolean;
      kpis: { id: string; points: number; outlook: string | null }[];
    };
    expect(doc.structuredInMemory).toBe(true);
    const sourdough = doc.kpis.find((k) => k.id === 'K-001');
    expect(sourdough?.points).toBe(12);
    expect(sourdough?.outlook).toBe('Projected to miss');
  });

  it('asks for -o in plain words', async () => {
    const run = await runCli(['sample']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(SAMPLE_CLI_TEXT.needOut);
  });
});
