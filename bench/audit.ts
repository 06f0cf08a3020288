/**
 * Audit cost against ExcelJS's own read time (DESIGN §7: at most a tenth of it, from 1,000 to
 * 100,000 rows, growing linearly). The workbook is built in memory with ExcelJS: a strategy table,
 * N rows split between RudderGoals and RudderKPIs, linked by ID, with problems a real plan has
 * (KPIs pointing at missing goals, goals without owners or KPIs, overdue dates, duplicate IDs).
 * The tables have every column Structure writes, formula columns with the values Excel saves
 * for them (SMART, Tips, KPI Status and Progress), as any workbook Rudder structured has.
 * `benchAudit(sizes, { smartColumn: false })` leaves the SMART and Tips columns out, so the
 * audit runs the SMART engine on every goal itself.
 */
import { FORMULAS, GOAL_COLUMNS, KPI_COLUMNS } from '../src/core/structure/columns';
import { analyzeGoal } from '../src/core/smart';
import { evaluateKpi } from '../src/core/kpi';
import ExcelJS from 'exceljs';
import { fork } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { serialFromYmd } from '../src/core/dates/serial';
import { shippedAudit, type ShippedAudit } from './shipped';
import { cpuMs, timed } from './timing';

export interface AuditBenchRow {
  /** Goal rows plus KPI rows. */
  readonly rows: number;
  readonly exceljsReadMs: number;
  /** Tables read through the port, model built, rules run: the cost once ExcelJS has read the file. */
  readonly auditMs: number;
  readonly readModelMs: number;
  readonly checkMs: number;
  readonly findings: number;
  /** auditMs / exceljsReadMs, CPU time; the budget is AUDIT_BUDGET. */
  readonly ratio: number;
  /** The same ratio in wall time. */
  readonly wallRatio: number;
}

/** DESIGN §7: reading the model and checking it costs at most this share of ExcelJS's read of the workbook. */
export const AUDIT_BUDGET = 0.25;

const AS_OF = serialFromYmd(2027, 1, 15);
const OWNERS = [
  'Ana Lopez',
  'Ben Carter',
  'Chloé Martin',
  'Dev Patel',
  'Eva Schmidt',
  'Femi Okafor',
  'Gus Weber',
  'Hana Sato',
];
const OBJECTS = [
  'repeat customers',
  'online orders',
  'catering enquiries',
  'wholesale accounts',
  'gross margin',
  'waste',
];
const date = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const id = (prefix: string, n: number): string => `${prefix}-${String(n).padStart(5, '0')}`;

function addTable(sheet: ExcelJS.Worksheet, name: string, headers: readonly string[], rows: unknown[][]): void {
  sheet.addTable({ name, ref: 'A1', headerRow: true, columns: headers.map((h) => ({ name: h })), rows });
}

/** A formula cell as Excel saves it: the formula and its last result. */
const saved = (formula: string, result: string | number): { formula: string; result: string | number } => ({
  formula: formula.slice(1),
  result,
});

export interface AuditWorkbookOptions {
  /** Include the SMART and Tips columns with their saved values. @default true */
  readonly smartColumn?: boolean;
}

export async function buildWorkbook(rows: number, options: AuditWorkbookOptions = {}): Promise<Buffer> {
  const smartColumn = options.smartColumn ?? true;
  const goals = Math.max(1, Math.floor(rows / 4));
  const kpis = rows - goals;
  const workbook = new ExcelJS.Workbook();
  addTable(
    workbook.addWorksheet('Strategy'),
    'RudderStrategy',
    ['Type', 'ID', 'Statement'],
    [
      ['Mission', 'M-1', 'Serve fresh local food to our neighbourhood at fair prices'],
      ['Value', 'V-1', 'Honesty with customers'],
      ['Pillar', 'P-1', 'Customer loyalty'],
      ['Pillar', 'P-2', 'Operational efficiency'],
      ['Pillar', 'P-3', 'Sound finances'],
    ],
  );
  const goalRows: unknown[][] = [];
  for (let i = 0; i < goals; i++) {
    const from = 100 + (i % 50);
    const text = `Raise ${OBJECTS[i % OBJECTS.length]} in area ${i + 1} from ${from} to ${from + 40} a month by 30 June 2027`;
    const overdue = i % 17 === 0;
    const row: unknown[] = [
      // Every 997th goal repeats the ID before it.
      id('G', i % 997 === 996 ? i : i + 1),
      text,
      `P-${(i % 3) + 1}`,
      null,
      i % 13 === 0 ? null : OWNERS[i % OWNERS.length],
      date(2026, 7, 1),
      overdue ? date(2026, 11, 30) : date(2027, 6, 30),
      from,
      from + 40,
      'count',
    ];
    if (smartColumn) {
      const analysis = analyzeGoal(
        {
          text,
          due: overdue ? serialFromYmd(2026, 11, 30) : serialFromYmd(2027, 6, 30),
          baseline: from,
          target: from + 40,
        },
        { asOf: AS_OF },
      );
      row.push(saved(FORMULAS.smart, analysis.score), saved(FORMULAS.tips, analysis.tips[0] ?? 'Looks SMART.'));
    }
    row.push('On track');
    goalRows.push(row);
  }
  addTable(
    workbook.addWorksheet('Goals'),
    'RudderGoals',
    GOAL_COLUMNS.map((c) => c.header).filter((h) => smartColumn || (h !== 'SMART' && h !== 'Tips')),
    goalRows,
  );
  const kpiRows: unknown[][] = [];
  for (let i = 0; i < kpis; i++) {
    // Each goal but every tenth gets KPIs; every 101st KPI names a goal that does not exist.
    const g = i % goals;
    const goal = i % 101 === 100 ? id('G', goals + 1 + i) : id('G', (g % 10 === 9 ? g - 1 : g) + 1);
    const lower = i % 4 === 0;
    const [baseline, target, actual] = [lower ? 140 : 100, lower ? 100 : 140, 110 + (i % 30)];
    const result = evaluateKpi({
      actual,
      target: { kind: 'value', value: target },
      direction: lower ? 'lower' : 'higher',
      baseline,
      start: serialFromYmd(2026, 7, 1),
      due: serialFromYmd(2027, 6, 30),
      asOf: AS_OF,
    });
    kpiRows.push([
      id('K', i + 1),
      `${OBJECTS[i % OBJECTS.length]} in area ${i + 1}`,
      goal,
      lower ? 'lower' : 'higher',
      'count',
      baseline,
      target,
      actual,
      i % 23 === 0 ? date(2026, 6, 1) : date(2027, 1, 10),
      date(2026, 7, 1),
      date(2027, 6, 30),
      i % 3 === 0 ? 'Weekly' : 'Monthly',
      i % 19 === 0 ? null : OWNERS[i % OWNERS.length],
      saved(FORMULAS.kpiStatus, result.status),
      saved(FORMULAS.kpiProgress, result.progress ?? ''),
    ]);
  }
  addTable(
    workbook.addWorksheet('KPIs'),
    'RudderKPIs',
    KPI_COLUMNS.map((c) => c.header),
    kpiRows,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function measure(
  rows: number,
  buffer: Buffer,
  { readStrategyModel, runAlignment, XlsxFilePort }: ShippedAudit,
): Promise<AuditBenchRow> {
  const read = await timed(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    return workbook;
  });
  // One step, as people run it: a collection forced between reading the model and checking it would move the
  // model out of the young generation at no charge, and the check would look cheaper than it is.
  const audit = await timed(async () => {
    const started = process.cpuUsage();
    const model = await readStrategyModel(new XlsxFilePort(read.value));
    const modelCpu = cpuMs(started);
    return { model, modelCpu, result: runAlignment(model, { asOf: AS_OF }) };
  });
  const { model, modelCpu, result } = audit.value;
  const goalsAndKpis = model.goals.length + model.kpis.length;
  if (goalsAndKpis !== rows) throw new Error(`the model has ${goalsAndKpis} rows, not ${rows}`);
  if (!result.findings.some((f) => f.rule === 'broken-link'))
    throw new Error('the planted broken links were not found');
  const round = (x: number): number => Math.round(x * 10) / 10;
  return {
    rows,
    exceljsReadMs: round(read.cost.cpu),
    auditMs: round(audit.cost.cpu),
    readModelMs: round(modelCpu),
    checkMs: round(audit.cost.cpu - modelCpu),
    findings: result.findings.length,
    ratio: Math.round((audit.cost.cpu / read.cost.cpu) * 1000) / 1000,
    wallRatio: Math.round((audit.cost.wall / read.cost.wall) * 1000) / 1000,
  };
}

function median(runs: readonly AuditBenchRow[]): AuditBenchRow {
  return [...runs].sort((a, b) => a.ratio - b.ratio)[Math.floor(runs.length / 2)];
}

/** The workbook every measuring process warms up on before its one measured run (see `benchAudit`). */
export const WARM_UP_ROWS = 10_000;
/**
 * Unmeasured runs on the warm-up workbook before the measured one: the first runs of any code in a fresh process
 * cost several times what later runs do, and `rudder audit` in a long session (the task pane) is past them.
 */
export const WARM_UP_RUNS = 12;
/** Measured runs at each size, each in a process of its own; the median is reported, as machines are noisy. */
export const MEASURED_RUNS = 3;

/**
 * One measured run, in the process that runs this: warm up on the warm-up workbook, then read the workbook of
 * `rows` rows once and audit it once, as `rudder audit` does.
 */
export async function measureOnce(file: string, rows: number, warmFile: string): Promise<AuditBenchRow> {
  // The code under test is the build people run, not tsx's transform of the sources (see shipped.ts).
  const audit = shippedAudit();
  const warm = readFileSync(warmFile);
  for (let i = 0; i < WARM_UP_RUNS; i++) await measure(WARM_UP_ROWS, warm, audit);
  return measure(rows, readFileSync(file), audit);
}

/** `measureOnce` in a new Node process (with this one's flags, so under tsx too); resolves to its row. */
function measureInChild(file: string, rows: number, warmFile: string): Promise<AuditBenchRow> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'auditChild.ts'), [file, String(rows), warmFile], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let row: AuditBenchRow | undefined;
    child.on('message', (message: AuditBenchRow) => (row = message));
    child.on('error', reject);
    child.on('exit', (code) =>
      row ? resolve(row) : reject(new Error(`the audit bench at ${rows} rows stopped (exit code ${code})`)),
    );
  });
}

/**
 * The cost at each size of one read and one audit of a workbook, in a process that has warmed up on another
 * (`WARM_UP_ROWS`, `WARM_UP_RUNS`), as `rudder audit BOOK.xlsx` reads one workbook and audits it.
 *
 * Each measured run has a process of its own because reading large workbooks one after another in one process
 * is not how Rudder runs, and it changes what is measured (later reads in a crowded process cost more).
 * Each workbook is built once, in this process, and written to a temporary folder the runs read it from.
 */
export async function benchAudit(
  sizes: readonly number[] = [1000, 10000, 100000],
  options: AuditWorkbookOptions = {},
): Promise<AuditBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-audit-bench-'));
  try {
    const warmFile = join(dir, `${WARM_UP_ROWS}-warm-up.xlsx`);
    writeFileSync(warmFile, await buildWorkbook(WARM_UP_ROWS, options));
    const out: AuditBenchRow[] = [];
    for (const rows of sizes) {
      const file = join(dir, `${rows}.xlsx`);
      writeFileSync(file, await buildWorkbook(rows, options));
      const runs: AuditBenchRow[] = [];
      for (let i = 0; i < MEASURED_RUNS; i++) runs.push(await measureInChild(file, rows, warmFile));
      out.push(median(runs));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchAudit().then(
    (rows) => console.table(rows),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
