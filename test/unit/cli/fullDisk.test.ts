/**
 * Writing onto a full disk and into a read-only folder, for real: this suite mounts two small
 * tmpfs file systems, so it needs root (as CI has). It fails, not skips, when it cannot mount.
 */
import { execFileSync } from 'child_process';
import { randomBytes } from 'crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './cliHarness';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'rudder-full-disk-'));
const fullDisk = join(dir, 'full');
const readOnly = join(dir, 'read-only');
const book = join(dir, 'plan.xlsx');
const earlier = randomBytes(20_000);

function mount(at: string, options: string): void {
  mkdirSync(at);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', at], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `This suite mounts a small tmpfs to test a full disk and needs root (CI runs as root): ${String(error)}`,
    );
  }
}

beforeAll(async () => {
  mount(fullDisk, 'size=64k');
  writeFileSync(join(fullDisk, 'plan-structured.xlsx'), earlier);
  mount(readOnly, 'size=64k,ro');
  // Random goal texts do not compress: the structured copy is far larger than the 44 KB left.
  const wb = new ExcelJS.Workbook();
  const goals = wb.addWorksheet('Goals');
  goals.addRow(['Goal', 'Owner', 'Deadline', 'Target']);
  for (let i = 0; i < 3000; i++)
    goals.addRow([`Grow sales of ${randomBytes(20).toString('hex')} by 10%`, 'Ann', 'Q2 2027', 100 + i]);
  await wb.xlsx.writeFile(book);
});

afterAll(() => {
  for (const at of [fullDisk, readOnly]) execFileSync('umount', [at]);
  rmSync(dir, { recursive: true, force: true });
});

describe('rudder structure -o onto a disk that cannot take the copy', () => {
  it('on a full disk says so in one line and leaves the earlier output byte for byte', async () => {
    const out = join(fullDisk, 'plan-structured.xlsx');
    const run = await runCli(['structure', book, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`rudder: Could not write ${out}: the disk is full. Free some space and try again.`);
    expect(readFileSync(out).equals(earlier)).toBe(true);
    expect(readdirSync(fullDisk)).toEqual(['plan-structured.xlsx']);
  });

  it('in a read-only folder says it cannot write there, before reading the workbook', async () => {
    const out = join(readOnly, 'plan-structured.xlsx');
    const run = await runCli(['structure', book, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `rudder: Could not write ${out}: you cannot write in the folder ${readOnly}. Choose another folder with -o.`,
    );
    expect(run.stdout).toBe('');
    expect(readdirSync(readOnly)).toEqual([]);
  });
});
