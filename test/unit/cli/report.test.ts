import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from './cliHarness';
import { structuredBakery } from './shareReport.fixture';

jest.setTimeout(120_000);

describe('rudder report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-report-cli-'));
  let book: string;
  beforeAll(async () => {
    book = (await structuredBakery(dir)).structured;
  });

  it('writes one self-contained HTML page with the score, picture, KPI table, SWOT and findings', async () => {
    const out = join(dir, 'report.html');
    const run = await runCli(['report', book, '-o', out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('Weekday sourdough loaves');
    expect(html).toMatch(/Findings and fixes \(\d+\)/);
    expect(html).toContain('@page');
    // Nothing is fetched: no scripts, no links, no remote URLs.
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/i);
  });

  it('asks for -o in plain words', async () => {
    const run = await runCli(['report', book]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/-o/);
  });
});
