/**
 * Share and report of a 10,000-row workbook (DESIGN §7 style: as ratios to ExcelJS's read time
 * of the same file, since the machine is shared). The workbook holds a RudderKPIs table whose
 * Status and Progress columns are RUDDER.* formulas with saved values, as Excel would save it.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { KPI_COLUMNS } from '../src/core/structure/columns';
import { reportHtmlOf } from '../src/host/shareReport';
import { writeShareCopy } from '../src/host/shareXlsx';
import { openXlsxPort } from '../src/host/xlsx';

const TODAY = 46402;
/** The RudderKPIs columns, Status and Progress included, exactly as Structure writes them. */
const HEADERS = KPI_COLUMNS.map((c) => c.header);

export async function kpiWorkbook(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  const body = Array.from({ length: rows }, (_, i) => {
    const r = i + 2;
    return [
      `K-${String(i + 1).padStart(5, '0')}`,
      `KPI number ${i + 1}`,
      `G-${String((i % 50) + 1).padStart(3, '0')}`,
      i % 3 === 0 ? 'lower' : 'higher',
      'count',
      100,
      i % 3 === 0 ? 60 : 160,
      90 + (i % 80),
      TODAY,
      46300,
      46600,
      'Monthly',
      `Owner ${i % 7}`,
      { formula: `RUDDER.KPI_STATUS(H${r},G${r},D${r},F${r},J${r},K${r},TODAY())`, result: 'On track' },
      { formula: `RUDDER.KPI_PROGRESS(H${r},G${r},D${r},F${r})`, result: 0.5 },
    ];
  });
  ws.addTable({ name: 'RudderKPIs', ref: 'A1', columns: HEADERS.map((name) => ({ name })), rows: body });
  await wb.xlsx.writeFile(path);
}

const cpuMs = (): number => process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000;

async function timed<T>(f: () => Promise<T>): Promise<number> {
  const start = cpuMs();
  await f();
  return cpuMs() - start;
}

export async function benchShare(rows = 10_000): Promise<{
  rows: number;
  exceljsReadMs: number;
  shareMs: number;
  reportMs: number;
  shareRatio: number;
  reportRatio: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-bench-share-'));
  const input = join(dir, 'kpis.xlsx');
  await kpiWorkbook(input, rows);
  const exceljsReadMs = await timed(async () => new ExcelJS.Workbook().xlsx.readFile(input));
  const shareMs = await timed(() => writeShareCopy(input, join(dir, 'copy.xlsx'), { today: TODAY, title: 'Bench' }));
  const reportMs = await timed(async () =>
    writeFileSync(join(dir, 'report.html'), await reportHtmlOf(await openXlsxPort(input), TODAY, 'Bench')),
  );
  return {
    rows,
    exceljsReadMs,
    shareMs,
    reportMs,
    shareRatio: shareMs / exceljsReadMs,
    reportRatio: reportMs / exceljsReadMs,
  };
}

if (require.main === module) {
  void benchShare(Number(process.argv[2] ?? 10_000)).then((r) => console.log(JSON.stringify(r)));
}
