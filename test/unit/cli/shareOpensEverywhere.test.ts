/**
 * The advisor copy of the sample opens right in Excel 2016 and later, LibreOffice and Google Sheets
 * (DESIGN §8): no cell uses LET or LAMBDA, every formula carries a saved value, and its summary shows
 * the same score and number of findings as `rudder audit`. Counted in the file's own XML, since a
 * saved empty text (`<v></v>`) is a value that ExcelJS reads back as none.
 */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { inflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import { dataOffset, zipEntries } from '../../../src/host/xlsx/zipParts';
import { runCli } from './cliHarness';
import { structuredBakery } from './shareReport.fixture';

jest.setTimeout(120_000);

function sheetXmls(bytes: Uint8Array): string[] {
  return zipEntries(bytes)
    .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
    .map((entry) => {
      const start = dataOffset(bytes, entry);
      const raw = bytes.subarray(start, start + entry.compressedSize);
      return Buffer.from(entry.method === 0 ? raw : inflateRawSync(raw)).toString('utf8');
    });
}

/** Every formula cell of the package: its formula text and whether a value is saved with it. */
function formulaCells(bytes: Uint8Array): { formula: string; saved: boolean }[] {
  const cells: { formula: string; saved: boolean }[] = [];
  for (const xml of sheetXmls(bytes)) {
    for (const m of xml.matchAll(/<c\b[^>]*>(.*?)<\/c>/gs)) {
      const f = /<f\b[^>]*>(.*?)<\/f>|<f\b[^>]*\/>/s.exec(m[1]);
      if (!f) continue;
      cells.push({ formula: f[1] ?? '', saved: /<v>|<v\/>|<v><\/v>|<is>/.test(m[1]) });
    }
  }
  return cells;
}

describe('the advisor copy of the sample', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-share-everywhere-'));
  let structured: string;
  let copy: Uint8Array;
  beforeAll(async () => {
    structured = (await structuredBakery(dir)).structured;
    const out = join(dir, 'copy.xlsx');
    const run = await runCli(['share', structured, '-o', out]);
    if (run.code !== 0) throw new Error(run.stderr);
    copy = readFileSync(out);
  });

  it('starts from a structured sample whose goal Status cells are live formulas', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(structured);
    const goals = wb.worksheets.find((ws) => ws.name.startsWith('Goals ('));
    const header = goals?.getRow(1).values as unknown[];
    const status = header.indexOf('Status');
    const cells: unknown[] = [];
    goals?.eachRow((row, r) => void (r > 1 && cells.push(row.getCell(status).formula)));
    expect(cells.length).toBeGreaterThan(5);
    for (const f of cells) expect(f).toMatch(/^IF\(SUMPRODUCT\(.*RudderKPIs\[Status\]/);
  });

  it('has no cell using LET or LAMBDA', () => {
    const cells = formulaCells(copy);
    expect(cells.length).toBeGreaterThan(30);
    expect(cells.filter((c) => /\b(?:_xlfn\.)?(?:LET|LAMBDA)\(/i.test(c.formula))).toEqual([]);
  });

  it('saves a value with every formula', () => {
    expect(formulaCells(copy).filter((c) => !c.saved)).toEqual([]);
  });

  it("shows the audit's own score and number of findings in its summary", async () => {
    const audit = JSON.parse((await runCli(['audit', structured, '--json'])).stdout) as {
      score: number;
      findings: unknown[];
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as unknown as ExcelJS.Buffer);
    const summary = wb.getWorksheet('Advisor summary');
    const label = (text: string): unknown => {
      let value: unknown;
      summary?.eachRow((row) => void (row.getCell(1).value === text && (value = row.getCell(2).value)));
      return value;
    };
    expect(label('Alignment score (out of 100)')).toBe(audit.score);
    expect(label('Findings')).toBe(audit.findings.length);
  });

  it('stores Actual and Target as numbers, and shows the Progress its KPI table computes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as unknown as ExcelJS.Buffer);
    const kpiTable = wb.worksheets.find((ws) => ws.name.startsWith('KPIs ('));
    const headers = kpiTable?.getRow(1).values as unknown[];
    const tableProgress = new Map<string, unknown>();
    kpiTable?.eachRow((row, r) => {
      if (r === 1) return;
      const saved = (row.getCell(headers.indexOf('Progress')).value as { result?: unknown }).result;
      tableProgress.set(row.getCell(headers.indexOf('ID')).text, saved ?? null);
    });
    const rows: unknown[][] = [];
    wb.getWorksheet('Advisor summary')?.eachRow(
      (row) => void (/^K-\d+$/.test(row.getCell(1).text) && rows.push(row.values as unknown[])),
    );
    expect(rows.length).toBe(tableProgress.size);
    // Row values are 1-based: ID, KPI, Goal, Status, Progress, Actual, Target, Unit.
    for (const [, id, , , , progress, actual, target] of rows) {
      expect(typeof target).toBe('number');
      if (actual !== undefined) expect(typeof actual).toBe('number');
      const computed = tableProgress.get(String(id));
      if (typeof computed === 'number') expect(progress).toBeCloseTo(computed, 2);
      else expect(progress ?? null).toBeNull();
    }
    expect(rows.filter((r) => typeof r[5] === 'number').length).toBeGreaterThanOrEqual(8);
  });
});
