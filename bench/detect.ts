/**
 * Detection cost against ExcelJS's own read time (DESIGN §7: at most a tenth of it, from 1,000 to
 * 100,000 rows, growing linearly). The workbook is built in memory: a titled KPI register as
 * small businesses keep them, with dates, money, percentages, names and status words.
 */
import ExcelJS from 'exceljs';
import { detectTables } from '../src/core/detect';
import { snapshotFromWorksheet } from '../src/host/xlsx/snapshot';

export interface DetectBenchRow {
  readonly rows: number;
  readonly exceljsReadMs: number;
  /** Snapshot of the sheet plus detection: what the core path costs once ExcelJS has read the file. */
  readonly detectMs: number;
  readonly snapshotMs: number;
  readonly detectOnlyMs: number;
  /** detectMs / exceljsReadMs; the budget is 0.1. */
  readonly ratio: number;
}

const OWNERS = ['Ana Lopez', 'Ben Carter', 'Chloé Martin', 'Dev Patel', 'Eva Schmidt'];
const KPIS = [
  'Monthly recurring revenue',
  'Customer churn',
  'Net promoter score',
  'Orders shipped on time',
  'Gross margin',
];
const STATUSES = ['On track', 'At risk', 'Behind', 'Done'];
const FREQUENCIES = ['Monthly', 'Weekly', 'Quarterly'];

async function buildWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KPIs');
  sheet.addRow(['KPI register 2026']);
  sheet.addRow([]);
  sheet.addRow([
    'ID',
    'KPI',
    'Goal',
    'Owner',
    'Direction',
    'Unit',
    'Baseline',
    'Target',
    'Actual',
    'As of',
    'Frequency',
    'Status',
    'Notes',
  ]);
  for (let i = 0; i < rows; i++) {
    const row = sheet.addRow([
      `K-${String(i + 1).padStart(5, '0')}`,
      `${KPIS[i % KPIS.length]} ${Math.floor(i / KPIS.length) + 1}`,
      `G-${String((i % 40) + 1).padStart(3, '0')}`,
      OWNERS[i % OWNERS.length],
      i % 3 === 0 ? 'Down' : 'Up',
      i % 2 === 0 ? '%' : '$',
      1000 + (i % 97),
      1500 + (i % 89),
      1200 + ((i * 7) % 400),
      new Date(Date.UTC(2026, i % 12, 1 + (i % 28))),
      FREQUENCIES[i % FREQUENCIES.length],
      STATUSES[i % STATUSES.length],
      i % 5 === 0 ? 'Reviewed at the monthly meeting with the owner' : null,
    ]);
    row.getCell(10).numFmt = 'yyyy-mm-dd';
    row.getCell(9).numFmt = '#,##0';
  }
  sheet.addRow([]);
  sheet.addRow(['Note: actuals come from the accounting export']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function measure(rows: number): Promise<DetectBenchRow> {
  const buffer = await buildWorkbook(rows);
  const t0 = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const t1 = performance.now();
  const snapshot = snapshotFromWorksheet(workbook.worksheets[0]);
  const t2 = performance.now();
  const result = detectTables(snapshot);
  const t3 = performance.now();
  if (!result.ok || result.tables[0].lastDataRow !== rows + 3)
    throw new Error(`detection missed the table of ${rows} rows`);
  const round = (x: number): number => Math.round(x * 10) / 10;
  return {
    rows,
    exceljsReadMs: round(t1 - t0),
    detectMs: round(t3 - t1),
    snapshotMs: round(t2 - t1),
    detectOnlyMs: round(t3 - t2),
    ratio: Math.round(((t3 - t1) / (t1 - t0)) * 1000) / 1000,
  };
}

function median(runs: readonly DetectBenchRow[]): DetectBenchRow {
  return [...runs].sort((a, b) => a.ratio - b.ratio)[Math.floor(runs.length / 2)];
}

/** Median of three runs per size (by ratio), after a warm-up, since shared machines are noisy. */
export async function benchDetection(sizes: readonly number[] = [1000, 10000, 100000]): Promise<DetectBenchRow[]> {
  // Warm up the JIT so the first size is not charged for compiling ExcelJS or the detector.
  for (let i = 0; i < 3; i++) await measure(2000);
  const out: DetectBenchRow[] = [];
  for (const rows of sizes) {
    const runs: DetectBenchRow[] = [];
    for (let i = 0; i < (rows >= 100_000 ? 1 : 3); i++) runs.push(await measure(rows));
    out.push(median(runs));
  }
  return out;
}

if (require.main === module) {
  benchDetection().then(
    (rows) => console.table(rows),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
