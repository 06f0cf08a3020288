/**
 * Every view of one workbook, each taken the way its user gets it: the pane's check (what
 * useAlignmentCheck computes), the Alignment sheet written into the workbook, the Rudder tables
 * as the spreadsheet engine calculates them, the advisor copy's summary sheet, and the printed
 * report. Used on the sample (unit) and on the corpus workbooks (test/corpus).
 */
import ExcelJS from 'exceljs';
import { serialFromYmd } from '../../../src/core/dates';
import { gatherShareFacts } from '../../../src/core/share/facts';
import { writeAlignmentReport } from '../../../src/host/alignmentReport';
import type { MemoryWorkbook } from '../../../src/host/memory';
import { readStrategyModel } from '../../../src/host/readStrategyModel';
import { buildAdvisorCopy, reportHtml } from '../../../src/host/shareBrowser';

/** What one view shows: the score, how many findings, and per goal and KPI what it says. */
export interface ViewNumbers {
  readonly score: number | null;
  readonly findings: number | null;
  /** Goal ID → SMART score and Status, where the view shows them. */
  readonly goals: ReadonlyMap<string, { readonly smart: unknown; readonly status: unknown }>;
  /** KPI ID → Status and Progress (rounded to whole percent), where the view shows them. */
  readonly kpis: ReadonlyMap<string, { readonly status: unknown; readonly progress: unknown }>;
}

export function todaySerial(): number {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const percent = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 100) : null;
/** A status as the views show it: the report and the pane say "No data" where a cell is blank. */
const status = (v: unknown): string => (typeof v === 'string' && v !== '' ? v : 'No data');

async function tableRows(port: MemoryWorkbook, name: string): Promise<Record<string, unknown>[]> {
  const table = await port.readTable(name);
  if (!table) return [];
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

/** All views of the workbook in `port` (a structured workbook); the port gets an Alignment sheet. */
export async function allViews(port: MemoryWorkbook, today: number): Promise<Record<string, ViewNumbers>> {
  const facts = gatherShareFacts(await readStrategyModel(port), today);
  const pane: ViewNumbers = {
    score: facts.alignment.score,
    findings: facts.alignment.findings.length,
    goals: new Map(facts.goals.map((g) => [g.id, { smart: g.smart, status: status(g.status) }])),
    kpis: new Map(facts.kpis.map((k) => [k.id, { status: status(k.status), progress: percent(k.progress) }])),
  };

  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await buildAdvisorCopy(port, today)).bytes as unknown as ExcelJS.Buffer);
  const summary = copy.getWorksheet('Advisor summary');
  const labelled = new Map<string, unknown>();
  const summaryGoals = new Map<string, { smart: unknown; status: unknown }>();
  const summaryKpis = new Map<string, { status: unknown; progress: unknown }>();
  let section = '';
  summary?.eachRow((row) => {
    const first = row.getCell(1).text;
    if (row.actualCellCount === 1) {
      section = first;
      return;
    }
    labelled.set(first, row.getCell(2).value);
    if (section === 'Goals' && first !== 'ID')
      summaryGoals.set(first, { smart: row.getCell(4).value, status: status(row.getCell(5).value) });
    if (section === 'KPIs' && first !== 'ID')
      summaryKpis.set(first, { status: status(row.getCell(4).value), progress: percent(row.getCell(5).value) });
  });
  const advisorCopy: ViewNumbers = {
    score: labelled.get('Alignment score (out of 100)') as number,
    findings: labelled.get('Findings') as number,
    goals: summaryGoals,
    kpis: summaryKpis,
  };

  const html = await reportHtml(port, today);
  const report: ViewNumbers = {
    score: Number(/<b>(\d+)<\/b>alignment/.exec(html)?.[1] ?? NaN),
    findings: Number(/Findings and fixes \((\d+)\)/.exec(html)?.[1] ?? NaN),
    goals: new Map(),
    kpis: new Map(
      [...html.matchAll(/<tr><td>([^<]*)<\/td><td>[^<]*<\/td><td><span class="pill"[^>]*>([^<]*)<\/span>/g)].map(
        (m) => [m[1], { status: m[2], progress: undefined }],
      ),
    ),
  };

  const written = await writeAlignmentReport(port, facts.alignment, { asOf: today });
  const findingsTable = await port.readTable('RudderFindings');
  const sheet = await port.readSheet(written.sheet);
  const alignmentSheet: ViewNumbers = {
    score: sheet.values[1]?.[1] as number,
    findings: findingsTable?.rows.length ?? null,
    goals: new Map(),
    kpis: new Map(),
  };

  const tables: ViewNumbers = {
    score: null,
    findings: null,
    goals: new Map(
      (await tableRows(port, 'RudderGoals')).map((r) => [String(r.ID), { smart: r.SMART, status: status(r.Status) }]),
    ),
    kpis: new Map(
      (await tableRows(port, 'RudderKPIs')).map((r) => [
        String(r.ID),
        { status: status(r.Status), progress: percent(r.Progress) },
      ]),
    ),
  };
  return { pane, advisorCopy, report, alignmentSheet, tables };
}

/** Goals whose SMART cell the spreadsheet engine left as an error (a gap of the engine, not a second number). */
export function engineErrors(views: Record<string, ViewNumbers>): string[] {
  return [...views.tables.goals].filter(([, g]) => typeof g.smart === 'object' && g.smart !== null).map(([id]) => id);
}

/**
 * Each view against the pane: the differences, in words, for a failing test to print. With
 * `allowEngineErrors`, a SMART cell the engine could not calculate is left to `engineErrors`.
 */
export function differences(views: Record<string, ViewNumbers>, allowEngineErrors = false): string[] {
  const { pane } = views;
  const out: string[] = [];
  for (const [name, view] of Object.entries(views)) {
    if (view.score !== null && view.score !== pane.score) out.push(`${name}: score ${view.score} vs ${pane.score}`);
    if (view.findings !== null && view.findings !== pane.findings)
      out.push(`${name}: ${view.findings} findings vs ${pane.findings}`);
    for (const [id, g] of view.goals) {
      const p = pane.goals.get(id);
      if (!p) out.push(`${name}: goal ${id} not in the pane`);
      else if (allowEngineErrors && name === 'tables' && typeof g.smart === 'object' && g.status === p.status) continue;
      else if (g.smart !== p.smart || g.status !== p.status)
        out.push(
          `${name}: goal ${id} SMART ${String(g.smart)} ${String(g.status)} vs ${p.smart as number} ${String(p.status)}`,
        );
    }
    for (const [id, k] of view.kpis) {
      const p = pane.kpis.get(id);
      if (!p) out.push(`${name}: KPI ${id} not in the pane`);
      else if (k.status !== p.status || (k.progress !== undefined && k.progress !== p.progress))
        out.push(
          `${name}: KPI ${id} ${String(k.status)} ${String(k.progress)} vs ${String(p.status)} ${String(p.progress)}`,
        );
    }
  }
  return out;
}
