import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { inflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import { shortFormulaNames, SHORT_NAME_LIST } from '../../../src/core/share/shortNames';
import { openXlsxBytes, openXlsxPort } from '../../../src/host/xlsx';
import { dataOffset, zipEntries } from '../../../src/host/xlsx/zipParts';
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

  it('writes the KPI status without LET by default, and as a LET formula only with --formulas let', async () => {
    for (const [form, hasLet] of [
      ['let', true],
      ['inline', false],
      [null, false],
    ] as const) {
      const out = join(dir, `copy-${form ?? 'default'}.xlsx`);
      expect((await runCli(['share', book, '-o', out, ...(form ? ['--formulas', form] : [])])).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const formulas: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((row) => row.eachCell((c) => void (typeof c.formula === 'string' && formulas.push(c.formula)))),
      );
      expect(formulas.some((f) => f.includes('LET('))).toBe(hasLet);
    }
  });

  it('stores a column of one rewritten formula once as a shared formula, each cell keeping its own references', async () => {
    const out = join(dir, 'copy-shared.xlsx');
    expect((await runCli(['share', book, '-o', out, '--formulas', 'inline'])).code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    const sheetXml = zipEntries(bytes)
      .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
      .map((e) =>
        inflateRawSync(bytes.subarray(dataOffset(bytes, e), dataOffset(bytes, e) + e.compressedSize)).toString(),
      );
    expect(sheetXml.join('').match(/<f t="shared" si="\d+"\/>/g)?.length ?? 0).toBeGreaterThan(5);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const statuses: { actual: string; formula: string }[] = [];
    wb.eachSheet((ws) => {
      const headers = ws.getRow(1).values as unknown[];
      // The KPI tables only: the history sheet has an Actual column too, with no Status beside it.
      if (!headers.includes('Actual') || !headers.includes('Status')) return;
      const actual = ws.getColumn(headers.indexOf('Actual')).letter;
      const status = headers.indexOf('Status');
      ws.eachRow((row, r) => {
        const cell = row.getCell(status);
        if (r > 1 && typeof cell.formula === 'string')
          statuses.push({ actual: `${actual}${r}`, formula: cell.formula });
      });
    });
    expect(statuses.length).toBeGreaterThan(5);
    // A shared cell reads the formula moved to its own row: it refers to its row's Actual, never the top cell's.
    for (const { actual, formula } of statuses) expect(formula).toMatch(new RegExp(`\\b${actual}\\b`));
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

  describe('--short-names', () => {
    const kpiStatus = shortFormulaNames().find((n) => n.name === 'KPI_STATUS');

    it('adds the four LAMBDA names in the form Excel stores them, and a second run changes nothing', async () => {
      const out = join(dir, 'named.xlsx');
      const run = await runCli(['share', book, '-o', out, '--short-names', '--json']);
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as { shortNames: { added: string[] } }).shortNames.added).toEqual([
        ...SHORT_NAME_LIST,
      ]);
      const xml = workbookXml(readFileSync(out));
      expect(xml).toMatch(
        /<definedName name="KPI_STATUS">_xlfn\.LAMBDA\(_xlpm\.actual,_xlpm\.target,_xlop\.direction,/,
      );
      expect(xml).not.toMatch(/\[_xlpm\./);
      const reopened = await openXlsxBytes(readFileSync(out));
      expect((await reopened.listNames()).find((n) => n.name === 'KPI_STATUS')?.formula).toBe(kpiStatus?.formula);
      const again = await runCli(['share', out, '-o', join(dir, 'named-again.xlsx'), '--short-names', '--json']);
      const names = (JSON.parse(again.stdout) as { shortNames: { added: string[]; unchanged: string[] } }).shortNames;
      expect(names).toMatchObject({ added: [], unchanged: [...SHORT_NAME_LIST] });
    });

    it("keeps the user's own KPI_STATUS name and says so plainly", async () => {
      const port = await openXlsxPort(book);
      await port.addNames([{ name: 'KPI_STATUS', formula: '=Sheet9!$A$1*2' }]);
      const mine = join(dir, 'mine.xlsx');
      await port.saveAs(mine);
      const out = join(dir, 'mine-named.xlsx');
      const run = await runCli(['share', mine, '-o', out, '--short-names']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/already has its own name KPI_STATUS \(=Sheet9!\$A\$1\*2\)\. Rudder left it as it is/);
      const names = await (await openXlsxBytes(readFileSync(out))).listNames();
      expect(names.filter((n) => n.name === 'KPI_STATUS').map((n) => n.formula)).toEqual(['=Sheet9!$A$1*2']);
    });
  });
});

/** `xl/workbook.xml` of a saved package, as text. */
function workbookXml(bytes: Uint8Array): string {
  const entry = zipEntries(bytes).find((e) => e.name === 'xl/workbook.xml');
  if (!entry) throw new Error('no xl/workbook.xml in the package');
  const start = dataOffset(bytes, entry);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  return Buffer.from(entry.method === 0 ? raw : inflateRawSync(raw)).toString('utf8');
}
