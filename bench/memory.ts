/**
 * Peak memory of `structure -o`, `report` and `share` on 100,000 rows (DESIGN §7: each under 1.5 GB),
 * each run of the built CLI under `/usr/bin/time -v`. The goals sheet is plain data for Structure to
 * find; the KPI workbook is the one `bench/share.ts` builds, with Status and Progress formulas.
 * `npx tsx bench/memory.ts [rows] [command …]`: `100000 share` runs only share (`structure` stands
 * for `structure -o`). The files are made in a temporary folder and deleted afterwards.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { measureCli } from './hostile';
import { kpiWorkbook } from './share';

async function goalsSheet(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Goals');
  ws.addRow(['Goal', 'Owner', 'Due', 'Baseline', 'Target', 'Status']);
  for (let i = 0; i < rows; i++)
    ws.addRow([
      `Grow repeat customers in store ${i} from 200 to 260 by Q3 2027`,
      `Owner ${i % 9}`,
      new Date(Date.UTC(2027, i % 12, 28)),
      200 + (i % 40),
      260 + (i % 50),
      i % 4 === 0 ? 'At risk' : 'On track',
    ]);
  await wb.xlsx.writeFile(path);
}

export async function benchMemory(
  rows = 100_000,
  only: readonly string[] = [],
): Promise<Record<string, { seconds: number; peakMb: number }>> {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-bench-memory-'));
  try {
    const goals = join(dir, 'goals.xlsx');
    const kpis = join(dir, 'kpis.xlsx');
    const wanted = (name: string): boolean => only.length === 0 || only.includes(name.split(' ')[0]);
    if (wanted('structure -o')) await goalsSheet(goals, rows);
    if (wanted('report') || wanted('share')) await kpiWorkbook(kpis, rows);
    const runs: Record<string, readonly string[]> = {
      'structure -o': ['structure', goals, '-o', join(dir, 'structured.xlsx')],
      report: ['report', kpis, '-o', join(dir, 'report.html')],
      share: ['share', kpis, '-o', join(dir, 'copy.xlsx')],
    };
    const out: Record<string, { seconds: number; peakMb: number }> = {};
    for (const [name, args] of Object.entries(runs)) {
      if (!wanted(name)) continue;
      const { seconds, peakMb, exitCode } = measureCli(args);
      if (exitCode !== 0) throw new Error(`${name} exited ${exitCode}`);
      out[name] = { seconds, peakMb: Math.round(peakMb) };
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [rows, ...only] = process.argv.slice(2);
  void benchMemory(Number(rows ?? 100_000), only).then((r) => console.log(JSON.stringify(r)));
}
