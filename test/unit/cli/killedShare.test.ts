/**
 * `rudder share` killed at different moments of its run, as a user pressing Ctrl+C or a system
 * stopping it would: whenever it stops, the output is either the earlier file byte for byte or a
 * whole new copy, and no temporary file is left in the folder.
 */
import { spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { openXlsxBytes } from '../../../src/host/xlsx';

jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), 'rudder-killed-share-'));
const book = join(dir, 'plan.xlsx');
const out = join(dir, 'copy.xlsx');
const EARLIER = Buffer.from('the earlier copy');
const rudder = join(__dirname, 'fixtures', 'rudder.ts');

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['KPI', 'Actual', 'Target', 'Direction', 'Status']);
  for (let r = 2; r < 3000; r++)
    ws.addRow([
      `KPI ${r}`,
      r,
      r + 10,
      'higher',
      { formula: `RUDDER.KPI_STATUS(B${r},C${r},D${r})`, result: 'On track' },
    ]);
  await wb.xlsx.writeFile(book);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `rudder share` and sends SIGTERM after `ms`; resolves to its exit code (null when killed). */
function shareKilledAfter(ms: number): Promise<number | null> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', rudder, 'share', book, '-o', out], {
      stdio: 'ignore',
    });
    const timer = setTimeout(() => proc.kill('SIGTERM'), ms);
    proc.on('error', fail);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

describe('rudder share killed while it works', () => {
  it('runs to the end when not killed, writing a whole copy', async () => {
    writeFileSync(out, EARLIER);
    expect(await shareKilledAfter(120_000)).toBe(0);
    await expect(openXlsxBytes(readFileSync(out))).resolves.toBeDefined();
    expect(readdirSync(dir).sort()).toEqual(['copy.xlsx', 'plan.xlsx']);
  });

  it.each([500, 1500, 2500, 3500, 5000, 7000])(
    'after %i ms leaves the earlier copy or a whole new one, and nothing else',
    async (ms) => {
      writeFileSync(out, EARLIER);
      const code = await shareKilledAfter(ms);
      expect(code === null || code === 0).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['copy.xlsx', 'plan.xlsx']);
      const now = readFileSync(out);
      if (!now.equals(EARLIER)) await expect(openXlsxBytes(now)).resolves.toBeDefined();
      expect(existsSync(book)).toBe(true);
    },
  );
});
