import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { ALIGNMENT_METHOD } from '../../../src/core/alignment';
import { formatSerialIso } from '../../../src/core/dates';
import { NO_RUDDER_TABLES } from '../../../src/core/model';
import { REPORT_TEXT } from '../../../src/host/alignmentReport';
import { createXlsxPort } from '../../../src/host/xlsx';
import { AS_OF, cleanTables, PLANTED_RULES, plantedTables, writeTables } from './auditBooks';
import { runCli } from './cliHarness';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'rudder-audit-cli-'));
const clean = join(dir, 'clean.xlsx');
const planted = join(dir, 'planted.xlsx');
const asOf = ['--as-of', formatSerialIso(AS_OF)];

interface AuditJson {
  score: number;
  findings: { rule: string; severity: string; sheet: string; cell: string; message: string; fix: string }[];
}

beforeAll(async () => {
  const a = createXlsxPort('Notes');
  await writeTables(a, cleanTables());
  await a.saveAs(clean);
  const b = createXlsxPort('Notes');
  await writeTables(b, plantedTables());
  await b.saveAs(planted);
});

describe('rudder audit', () => {
  it('exits 0 with a score of 100 and no findings on a clean, well-linked workbook', async () => {
    const run = await runCli(['audit', clean, ...asOf, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ score: 100, findings: [] });
  });

  it('finds every planted problem, says where it is, and exits 1 because some are errors', async () => {
    const run = await runCli(['audit', planted, ...asOf, '--json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as AuditJson;
    expect(Object.keys(out)).toEqual(['score', 'findings']);
    expect(out.score).toBeLessThan(100);
    for (const rule of PLANTED_RULES) expect(out.findings.map((f) => f.rule)).toContain(rule);
    for (const f of out.findings)
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'sheet', 'cell', 'message', 'fix']);
    const broken = out.findings.find((f) => f.rule === 'broken-link');
    // K-003 sits on row 4 of the KPIs table; its Goal cell is column C.
    expect(broken).toMatchObject({ severity: 'error', sheet: 'KPIs', cell: 'C4' });
    expect(broken?.message).toContain('G-012');
    expect(out.findings.find((f) => f.rule === 'goal-without-kpi')?.message).toContain('G-003');
    expect(out.findings.find((f) => f.rule === 'missing-owner')?.message).toContain('G-003');
    expect(out.findings.find((f) => f.rule === 'duplicate-id')?.message).toContain('K-002');
    // Errors come first.
    const order = out.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('prints a readable report without --json: score and meaning, findings grouped by severity, the method', async () => {
    const run = await runCli(['audit', planted, ...asOf]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^Alignment check of .*planted\.xlsx, as of 15 January 2027\nAlignment score: \d+\/100\. /,
    );
    expect(run.stdout).toContain('\nErrors (');
    expect(run.stdout).toContain('\nWarnings (');
    expect(run.stdout.indexOf('\nErrors (')).toBeLessThan(run.stdout.indexOf('\nWarnings ('));
    expect(run.stdout).toMatch(/KPIs!C4\s+\[broken-link\] .*G-012/);
    expect(run.stdout).toContain('Fix: ');
    expect(run.stdout.trimEnd().endsWith(REPORT_TEXT.methodLine)).toBe(true);
  });

  it('judges deadlines on the --as-of date: before the planted goal was due, it is not late', async () => {
    const early = JSON.parse((await runCli(['audit', planted, '--as-of', '2026-11-01', '--json'])).stdout) as AuditJson;
    const late = JSON.parse((await runCli(['audit', planted, ...asOf, '--json'])).stdout) as AuditJson;
    expect(early.findings.filter((f) => f.rule === 'deadline-passed' && f.message.includes('G-003'))).toHaveLength(0);
    expect(late.findings.filter((f) => f.rule === 'deadline-passed' && f.message.includes('G-003'))).toHaveLength(1);
  });

  it('reads tables written by ExcelJS directly, under the default sheet names a user might change', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Our KPIs');
    ws.addTable({
      name: 'RudderKPIs',
      ref: 'B2',
      headerRow: true,
      columns: ['ID', 'KPI', 'Goal', 'Direction', 'Target', 'Actual', 'Owner'].map((name) => ({ name })),
      rows: [['K-001', 'Loaves sold a week', 'G-404', 'higher', 160, 138, 'Maya']],
    });
    const path = join(dir, 'exceljs.xlsx');
    await wb.xlsx.writeFile(path);
    const run = await runCli(['audit', path, ...asOf, '--json']);
    const out = JSON.parse(run.stdout) as AuditJson;
    expect(out.findings.find((f) => f.rule === 'broken-link')).toMatchObject({ sheet: 'Our KPIs', cell: 'D3' });
    expect(run.code).toBe(1);
  });

  it('exits 2 with one plain line when the workbook has no Rudder tables', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Goals').addRows([
      ['Goal', 'Owner'],
      ['Sell more bread', 'Maya'],
    ]);
    const path = join(dir, 'plain.xlsx');
    await wb.xlsx.writeFile(path);
    const run = await runCli(['audit', path, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `rudder: ${path}: ${NO_RUDDER_TABLES} From the command line: rudder structure ${path} -o structured.xlsx\n`,
    );
  });

  it('exits 2 with one line for a file that is not a workbook, a missing file and an unreadable date', async () => {
    const text = join(dir, 'notes.xlsx');
    writeFileSync(text, 'just some notes');
    for (const args of [[text], [join(dir, 'missing.xlsx')], [clean, '--as-of', 'soon']]) {
      const run = await runCli(['audit', ...args]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat \S+:\d+/); // no stack trace
    }
  });

  it('never changes the file it checks', async () => {
    const before = readFileSync(planted);
    await runCli(['audit', planted, ...asOf]);
    expect(readFileSync(planted).equals(before)).toBe(true);
  });

  it('explains the score in the same words as the method the pane shows', () => {
    expect(ALIGNMENT_METHOD).toContain('errors 3, warnings 2, suggestions 1');
    expect(REPORT_TEXT.methodLine).toContain('errors 3, warnings 2, suggestions 1');
  });
});
