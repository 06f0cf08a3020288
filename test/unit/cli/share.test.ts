import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './cliHarness';
import { structuredBakery } from './shareReport.fixture';

jest.setTimeout(120_000);

describe('rudder share', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-share-cli-'));
  let book: string;
  beforeAll(async () => {
    book = (await structuredBakery(dir)).structured;
  });

  it('writes a copy with no RUDDER formula left, notes on the replaced cells and an Advisor summary sheet', async () => {
    const out = join(dir, 'copy.xlsx');
    const before = readFileSync(book);
    const run = await runCli(['share', book, '-o', out, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { counts: Record<string, number>; summarySheet: string };
    expect(result.counts.native).toBeGreaterThan(0);
    expect(result.counts.missing).toBe(0);
    expect(readFileSync(book).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let rudder = 0;
    let notes = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.formula === 'string' && /RUDDER\.|_xldudf_/i.test(cell.formula)) rudder++;
          if (typeof cell.note === 'string' && cell.note.startsWith('Rudder:')) notes++;
        }),
      ),
    );
    expect(rudder).toBe(0);
    expect(notes).toBe(Object.values(result.counts).reduce((a, b) => a + b, 0));
    const summary = wb.getWorksheet('Advisor summary');
    expect(summary?.getCell('A3').value).toBe('Alignment score (out of 100)');
    expect(typeof summary?.getCell('B3').value).toBe('number');
  });

  it('writes the KPI status as a LET formula by default and without LET with --formulas inline', async () => {
    for (const [form, hasLet] of [
      ['let', true],
      ['inline', false],
    ] as const) {
      const out = join(dir, `copy-${form}.xlsx`);
      expect((await runCli(['share', book, '-o', out, '--formulas', form])).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const formulas: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((row) => row.eachCell((c) => void (typeof c.formula === 'string' && formulas.push(c.formula)))),
      );
      expect(formulas.some((f) => f.includes('LET('))).toBe(hasLet);
    }
  });

  it('refuses to write over its input and leaves nothing half-written when the target folder is missing', async () => {
    const same = await runCli(['share', book, '-o', book]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/never modifies the file it reads/);
    const missing = await runCli(['share', book, '-o', join(dir, 'no-such-folder', 'copy.xlsx')]);
    expect(missing.code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('asks for -o in plain words, and says plainly that a text file is not a workbook', async () => {
    const noOut = await runCli(['share', book]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/-o/);
    const text = join(dir, 'notes.xlsx');
    writeFileSync(text, 'just some text');
    const bad = await runCli(['share', text, '-o', join(dir, 'x.xlsx')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});
