import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { WorkbookError } from '../../../src/host/errors';
import { DEFAULT_LIMITS, openXlsxBytes, openXlsxPort } from '../../../src/host/xlsx';
import { guardPackage } from '../../../src/host/xlsx/guards';
import { runCli } from '../cli/cliHarness';
import { manySharedStrings, rowsWithoutDimension, zipBomb } from './hostileBooks';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'rudder-guards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(bytes: Uint8Array): Promise<{ error: WorkbookError; ms: number }> {
  const path = join(dir, 'hostile.xlsx');
  writeFileSync(path, bytes);
  const started = Date.now();
  try {
    await openXlsxPort(path);
  } catch (error) {
    if (error instanceof WorkbookError) return { error, ms: Date.now() - started };
    throw error;
  }
  throw new Error('the hostile workbook was read');
}

describe('size guards before the workbook is parsed', () => {
  it('refuses a 1 MB zip whose unused part unpacks to 1.1 GB from its central directory', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(1_300_000);
    const { error, ms } = await refusal(bomb);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/customXml\/item1\.bin\) that unpacks to 1,100 MB, over the limit of 256 MB/);
    expect(error.message.split('\n')).toHaveLength(1);
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a part that unpacks to more than it declares, after reading only what it declared', async () => {
    const { error, ms } = await refusal(zipBomb(300, 1000));
    expect(error.message).toMatch(/unpacks to more than it declares, as in a zip bomb/);
    expect(ms).toBeLessThan(2000);
  });

  it('refuses a 1,000,000-row sheet without <dimension>, counting rows as it unpacks', async () => {
    const { error, ms } = await refusal(await rowsWithoutDimension(1_000_000));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/a sheet with more than 250,000 rows; Rudder reads at most 250,000 rows per sheet/);
    expect(ms).toBeLessThan(5000);
  });

  it('refuses 30 million shared strings packed in about a megabyte', async () => {
    const { error, ms } = await refusal(manySharedStrings(30_000_000));
    expect(error.message).toMatch(/xl\/sharedStrings\.xml\) that unpacks to 487 MB/);
    expect(ms).toBeLessThan(5000);
  });

  it('counts shared strings and cells while unpacking when their sizes look harmless', async () => {
    const limits = { ...DEFAULT_LIMITS, maxCells: 1000 };
    await expect(guardPackage(manySharedStrings(70_000), 'strings.xlsx', limits)).rejects.toThrow(
      /has more than 1,000 texts; Rudder reads at most 1,000 per workbook/,
    );
    await expect(guardPackage(await rowsWithoutDimension(2000), 'cells.xlsx', limits)).rejects.toThrow(
      /has more than 1,000 cells/,
    );
    const counts = await guardPackage(await rowsWithoutDimension(2000), 'fine.xlsx');
    expect(counts.rows.get('xl/worksheets/sheet1.xml')).toBe(2000);
    expect(counts.cells).toBe(2000);
  });

  it('reads a workbook within the limits, and a sheet under --max-rows only', async () => {
    const book = await rowsWithoutDimension(1000);
    const port = await openXlsxBytes(book);
    expect((await port.listSheets()).map((s) => s.name)).toEqual(['Goals']);
    await expect(openXlsxBytes(book, 'small.xlsx', { maxRows: 999 })).rejects.toThrow(/more than 999 rows/);
  });
});

describe('rudder --max-rows', () => {
  it('refuses a sheet over the given limit in one line and reads it under a larger one', async () => {
    const path = join(dir, 'thousand.xlsx');
    writeFileSync(path, await rowsWithoutDimension(1000));
    const refused = await runCli(['inspect', path, '--max-rows', '500']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(
      /more than 500 rows; Rudder reads at most 500 rows per sheet \(--max-rows changes it\)/,
    );
    const read = await runCli(['inspect', path, '--max-rows', '1,000']);
    expect(read.code).toBe(0);
  });

  it('says what a valid --max-rows is', async () => {
    const run = await runCli(['audit', 'plan.xlsx', '--max-rows', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--max-rows.*give a whole number of rows from 1 to 1,048,576/);
  });
});
