/**
 * `rudder structure BOOK.xlsx`: the tables Rudder finds on each sheet and what their columns mean;
 * with `-o`, a copy of the workbook with RudderGoals / RudderKPIs tables added (the input is never written).
 */
import type { Command } from 'commander';
import type ExcelJS from 'exceljs';
import { columnLetter, parseRangeAddress } from '../core/grid/a1';
import { cellError } from '../core/grid/types';
import { serialFromUtcDate } from '../core/dates/serial';
import {
  confidenceWord,
  GoalStatusIndex,
  proposedKindOf,
  sentence,
  type KpiLinkStatus,
  type StructureKind,
} from '../core/structure';
import type { DetectedTable } from '../core/detect';
import { createRudderFunctions } from '../functions/registry';
import { isExcelError, type ExcelCellResult, type ExcelScalar } from '../functions/types';
import { applyStructure, planProposal, proposeStructure } from '../host/structureApply';
import { openXlsxPort, type XlsxFilePort } from '../host/xlsx';
import { checkOutputPath } from '../host/xlsx/safeWrite';
import { CliError, EXIT_OK } from './errors';
import { cacheHistoryResults, cacheOutlookResults, tableAt, type TableAt } from './historyResults';
import type { CliIo } from './io';
import type { CommandRunner } from './main';
import { localeOption, maxRowsOption, openOptionsOf, type WorkbookReadOptions } from './limits';

export interface StructureOptions extends WorkbookReadOptions {
  readonly sheet?: string;
  readonly json?: boolean;
  readonly output?: string;
  /** KPI tables get Status and Progress as plain Excel formulas instead of RUDDER.*. */
  readonly nativeKpiFormulas?: boolean;
  /** With -o: the kind of the tables Rudder cannot name (with --sheet, of every table on that sheet). */
  readonly kind?: string;
}

const KIND_CHOICES: readonly StructureKind[] = ['goals', 'kpis', 'strategy'];

function kindOption(kind: string | undefined): StructureKind | null {
  if (kind === undefined) return null;
  const chosen = KIND_CHOICES.find((k) => k === kind.trim().toLowerCase());
  if (!chosen) throw new CliError(`--kind takes goals, kpis or strategy, not '${kind}'.`);
  return chosen;
}

/** Said for a table Rudder has no confident kind for: what it is not sure of, and how to write it anyway. */
export function unsureTableText(t: DetectedTable): string {
  const what =
    t.kind === 'swot'
      ? 'it looks like a SWOT, which `rudder swot import` reads'
      : 'Rudder cannot tell whether it holds goals, KPIs or the strategy';
  const anyway = t.kind === 'swot' ? 'To write it as a Rudder table anyway' : 'To write it';
  return `Sheet '${t.sheet}', table at ${t.range}: nothing written for it, because ${what}. ${anyway}, run again with --sheet '${t.sheet}' and --kind goals, --kind kpis or --kind strategy.`;
}

interface Found {
  readonly sheet: string;
  readonly tables: readonly DetectedTable[];
}

function tableJson(t: DetectedTable): Record<string, unknown> {
  return {
    sheet: t.sheet,
    range: t.range,
    headerRow: t.headerRow,
    kind: t.kind,
    layout: t.layout,
    orientation: t.orientation,
    columns: t.columns.map((c) => ({
      column: c.column,
      header: c.header,
      role: c.role,
      confidence: Math.round(c.confidence * 100) / 100,
    })),
  };
}

/** A 16,384-column sheet would print 16,384 lines: the text lists the first columns and counts the rest. */
const MAX_COLUMNS_SHOWN = 40;

export function tableText(t: DetectedTable, book = 'BOOK.xlsx'): string {
  const width = t.columns.slice(0, MAX_COLUMNS_SHOWN).reduce((w, c) => Math.max(w, c.header.length), 6);
  const sideways = t.orientation === 'columns';
  const where = sideways
    ? `sideways: field names down column ${columnLetter(t.headerRow - 1)}`
    : `header row ${t.headerRow}`;
  const lines = [`Sheet '${t.sheet}': a ${t.kind === 'other' ? 'table' : `${t.kind} table`} at ${t.range} (${where})`];
  lines.push(`  ${sideways ? 'Row   ' : 'Column'}  ${'Header'.padEnd(width)}  Role       Confidence`);
  for (const c of t.columns.slice(0, MAX_COLUMNS_SHOWN))
    lines.push(
      `  ${c.column.padEnd(6)}  ${(c.header || '(blank)').padEnd(width)}  ${c.role.padEnd(9)}  ${confidenceWord(c.confidence)}`,
    );
  const hidden = t.columns.length - MAX_COLUMNS_SHOWN;
  if (hidden > 0) lines.push(`  … and ${hidden.toLocaleString('en-US')} more columns (--json lists them all)`);
  if (t.kind === 'swot')
    lines.push(
      `  A SWOT table: rudder swot import ${JSON.stringify(book)} --sheet ${JSON.stringify(t.sheet)} reads its items.`,
    );
  else if (proposedKindOf(t) === null)
    lines.push(
      `  Rudder is not sure what this table holds: -o writes it only with --kind goals, --kind kpis or --kind strategy.`,
    );
  return lines.join('\n');
}

async function findTables(port: XlsxFilePort, only: string | undefined, io: CliIo, json: boolean): Promise<Found[]> {
  const sheets = (await port.listSheets()).filter((s) => s.visible || only !== undefined);
  const names = only === undefined ? sheets.map((s) => s.name) : [only];
  const found: Found[] = [];
  for (const name of names) {
    const result = await proposeStructure(port, { sheet: name });
    if (result.ok) found.push({ sheet: result.proposal.sheet, tables: result.proposal.tables });
    else if (json) io.err(`rudder: sheet '${name}': ${result.reason}`);
    else io.out(`Sheet '${name}': ${result.reason}`);
  }
  return found;
}

/**
 * The strategy first, so that a goals column naming its pillars is proposed as the Pillar link; then goals, so
 * that structuring KPIs afterwards rolls each goal's Status up.
 */
const JOB_ORDER: Readonly<Record<StructureKind, number>> = { strategy: 0, goals: 1, kpis: 2 };

/** The kind each table is written as: Rudder's confident proposal, else --kind; null writes nothing for it. */
function kindToWrite(t: DetectedTable, chosen: StructureKind | null, sheetNamed: boolean): StructureKind | null {
  if (chosen !== null && sheetNamed) return chosen;
  return proposedKindOf(t) ?? chosen;
}

async function writeStructured(
  port: XlsxFilePort,
  found: readonly Found[],
  today: number,
  options: { readonly nativeKpiFormulas: boolean; readonly kind: StructureKind | null; readonly sheetNamed: boolean },
): Promise<string[]> {
  const jobs: { sheet: string; index: number; kind: StructureKind }[] = [];
  const summaries: string[] = [];
  for (const f of found) {
    f.tables.forEach((t, index) => {
      const kind = kindToWrite(t, options.kind, options.sheetNamed);
      if (kind !== null) jobs.push({ sheet: f.sheet, index, kind });
      else summaries.push(unsureTableText(t));
    });
  }
  jobs.sort((a, b) => JOB_ORDER[a.kind] - JOB_ORDER[b.kind]);
  for (const job of jobs) {
    // Proposed again each time: the previous table written changes what the next one finds.
    const proposal = await proposeStructure(port, { sheet: job.sheet });
    if (!proposal.ok) continue;
    const corrections = proposal.proposal.corrections[job.index];
    const chosen = {
      ...corrections,
      kind: job.kind,
      nativeKpiFormulas: options.nativeKpiFormulas && job.kind === 'kpis',
    };
    const planned = planProposal(proposal.proposal, job.index, chosen, today);
    if (!planned.ok) {
      summaries.push(`Sheet '${job.sheet}': ${planned.reason}`);
      continue;
    }
    await applyStructure(port, planned.plan, today);
    // The notes say what the user should check: dates read one way of two, cells kept as text, IDs renumbered.
    summaries.push(planned.plan.summary, ...planned.plan.notes);
  }
  return summaries;
}

/**
 * Structures every goal, KPI and strategy table of the opened workbook in memory, as `-o` would (nothing is
 * saved): commands that read Rudder's tables can then read a workbook nobody has structured yet.
 * False when the workbook holds no such table.
 */
export async function structureInMemory(port: XlsxFilePort, today: number): Promise<boolean> {
  const found: Found[] = [];
  for (const sheet of (await port.listSheets()).filter((s) => s.visible)) {
    const result = await proposeStructure(port, { sheet: sheet.name });
    if (result.ok) found.push({ sheet: result.proposal.sheet, tables: result.proposal.tables });
  }
  if (!found.some((f) => f.tables.some((t) => kindToWrite(t, null, false) !== null))) return false;
  await writeStructured(port, found, today, { nativeKpiFormulas: false, kind: null, sheetNamed: false });
  return true;
}

/** RudderKPIs columns whose plain-formula form computes what this Rudder function computes. */
const NATIVE_KPI_COLUMNS: Readonly<Record<string, string>> = { Status: 'KPI_STATUS', Progress: 'KPI_PROGRESS' };

/**
 * Stores each Rudder formula (and each plain KPI formula Structure wrote in its place) with the
 * result Rudder's own functions give, so a reader without Rudder (or a viewer that does not
 * recalculate) sees the values instead of blanks.
 */
export function cacheFormulaResults(workbook: ExcelJS.Workbook, today: number): void {
  const functions = createRudderFunctions(() => today);
  for (const sheet of workbook.worksheets) {
    for (const entry of sheet.getTables()) {
      const model = (Array.isArray(entry) ? entry[0] : entry) as unknown as {
        table: { name: string; tableRef?: string; ref?: string };
      };
      const { name } = model.table;
      if (name !== 'RudderGoals' && name !== 'RudderKPIs') continue;
      const range = parseRangeAddress(model.table.tableRef ?? model.table.ref ?? 'A1');
      const headers: string[] = [];
      for (let c = range.left; c <= range.right; c++)
        headers.push(String(scalarOf(sheet.getCell(range.top + 1, c + 1).value) ?? ''));
      for (let r = range.top + 1; r <= range.bottom; r++) {
        const arg = (header: string): ExcelScalar =>
          scalarOf(sheet.getCell(r + 1, range.left + 1 + headers.indexOf(header)).value);
        headers.forEach((header, i) => {
          const cell = sheet.getCell(r + 1, range.left + 1 + i);
          const value = cell.value as ExcelJS.CellFormulaValue | null;
          if (!value || typeof value !== 'object' || !('formula' in value)) return;
          const fn =
            /RUDDER\.(\w+)\(/i.exec(value.formula)?.[1]?.toUpperCase() ??
            (name === 'RudderKPIs' ? NATIVE_KPI_COLUMNS[header] : undefined);
          const impl = functions.find((f) => f.name === fn);
          // The outlook reads the history: cacheOutlookResults saves it.
          if (!impl || fn === 'KPI_OUTLOOK') return;
          const args =
            fn === 'KPI_STATUS'
              ? [arg('Actual'), arg('Target'), arg('Direction'), arg('Baseline'), arg('Start'), arg('Due'), today]
              : fn === 'KPI_PROGRESS'
                ? [arg('Actual'), arg('Target'), arg('Direction'), arg('Baseline')]
                : [arg('Goal'), arg('Due'), arg('Baseline'), arg('Target')];
          const result = impl.evaluate(args) as ExcelCellResult | ExcelCellResult[][];
          const single = Array.isArray(result) ? result[0][0] : result;
          // A blank result is left uncached rather than stored as an empty string.
          if (single === null) return;
          cell.value = { formula: value.formula, result: isExcelError(single) ? { error: single.error } : single };
        });
      }
    }
  }
}

/**
 * Stores each goal's live Status formula with the status it rolls up from the KPI statuses just
 * saved, so a reader that does not recalculate sees the goal's status, as it sees the KPIs'.
 */
export function cacheGoalStatuses(workbook: ExcelJS.Workbook): void {
  const columns = (name: string): TableAt | null => tableAt(workbook, name);
  const goals = columns('RudderGoals');
  const kpis = columns('RudderKPIs');
  if (!goals || !kpis) return;
  const valueAt = (t: NonNullable<typeof goals>, r: number, header: string): ExcelJS.CellValue => {
    const at = t.headers.indexOf(header);
    if (at < 0) return null;
    const v = t.sheet.getCell(r + 1, t.range.left + 1 + at).value;
    return v !== null && typeof v === 'object' && 'formula' in v ? v.result : v;
  };
  const links: KpiLinkStatus[] = [];
  for (let r = kpis.range.top + 1; r <= kpis.range.bottom; r++) {
    const status = valueAt(kpis, r, 'Status');
    const error = status !== null && typeof status === 'object' && 'error' in status;
    links.push({
      goal: String(scalarOf(valueAt(kpis, r, 'Goal')) ?? ''),
      status: error ? cellError(String(status.error)) : scalarOf(status),
    });
  }
  const index = new GoalStatusIndex(links);
  const statusAt = goals.headers.indexOf('Status');
  for (let r = goals.range.top + 1; r <= goals.range.bottom; r++) {
    const cell = goals.sheet.getCell(r + 1, goals.range.left + 1 + statusAt);
    const value = cell.value as ExcelJS.CellFormulaValue | null;
    if (statusAt < 0 || !value || typeof value !== 'object' || !('formula' in value)) continue;
    const goal = {
      id: String(scalarOf(valueAt(goals, r, 'ID')) ?? '').trim(),
      text: String(scalarOf(valueAt(goals, r, 'Goal')) ?? '').trim(),
    };
    cell.value = { formula: value.formula, result: index.statusOf(goal) };
  }
}

function scalarOf(value: ExcelJS.CellValue): ExcelScalar {
  if (value === null || value === undefined) return null;
  // ExcelJS reads a date cell as a Date: the functions take its serial, as Excel passes it.
  if (value instanceof Date) return serialFromUtcDate(value);
  // A formula's saved result (a KPI's Actual read from its history) is what a function reading the cell gets.
  if (typeof value === 'object' && 'formula' in value) return scalarOf(value.result);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

export async function runStructure(book: string, options: StructureOptions, io: CliIo): Promise<number> {
  if (options.nativeKpiFormulas === true && options.output === undefined)
    throw new CliError('--native-kpi-formulas changes the copy that -o writes: give -o OUT.xlsx as well.');
  const kind = kindOption(options.kind);
  if (kind !== null && options.output === undefined)
    throw new CliError('--kind says what -o writes a table as: give -o OUT.xlsx as well.');
  if (options.output !== undefined) await checkOutputPath(options.output, book);
  const port = await openXlsxPort(book, openOptionsOf(options));
  const found = await findTables(port, options.sheet, io, options.json === true);
  const tables = found.flatMap((f) => f.tables);
  if (options.json) io.out(JSON.stringify({ tables: tables.map(tableJson) }));
  else for (const t of tables) io.out(tableText(t, book));
  if (options.output === undefined) return EXIT_OK;
  const written = { kind, sheetNamed: options.sheet !== undefined };
  if (!tables.some((t) => kindToWrite(t, written.kind, written.sheetNamed) !== null)) {
    const unsure =
      tables.length > 0
        ? ' Rudder is not sure what its tables hold: add --sheet NAME --kind goals, kpis or strategy to write one.'
        : '';
    throw new CliError(
      `nothing written to ${options.output}: Rudder found no goal, KPI or strategy table in ${book}.${unsure}`,
    );
  }
  const summaries = await writeStructured(port, found, io.today(), {
    nativeKpiFormulas: options.nativeKpiFormulas === true,
    ...written,
  });
  cacheHistoryResults(port.workbook);
  cacheOutlookResults(port.workbook, io.today());
  cacheFormulaResults(port.workbook, io.today());
  cacheGoalStatuses(port.workbook);
  // Nothing reads the workbook after this save: the rows Rudder wrote are let go before ExcelJS saves the rest.
  await port.saveAs(options.output, { lastUse: true });
  const report = [...summaries, `Wrote ${options.output}; ${book} is not changed.`];
  // With --json, stdout holds the one JSON document: the report goes to stderr.
  for (const line of report) {
    if (options.json) io.err(sentence(line));
    else io.out(sentence(line));
  }
  return EXIT_OK;
}

export function registerStructureCommand(program: Command, io: CliIo, runner: CommandRunner): void {
  program
    .command('structure')
    .description(
      'Find the goal, KPI and strategy tables in a workbook and what each column means; with -o, write a copy with tidy Rudder tables added.',
    )
    .argument('<book>', 'the .xlsx workbook to read (never modified)')
    .option('--sheet <name>', 'look at this sheet only')
    .option(
      '-o, --output <out.xlsx>',
      'write a structured copy here: all sheets kept, RudderGoals / RudderKPIs tables added',
    )
    .option(
      '--native-kpi-formulas',
      'with -o: write KPI Status and Progress as plain Excel formulas (long, but they work without Rudder; needs Excel 2021 or Microsoft 365)',
    )
    .option(
      '--kind <kind>',
      'with -o: write the tables Rudder is not sure of as goals, kpis or strategy (with --sheet: every table on that sheet)',
    )
    .addOption(maxRowsOption())
    .addOption(localeOption())
    .option('--json', 'machine-readable output: {"tables": [...]}')
    .addHelpText(
      'after',
      '\nExamples:\n  rudder structure plan.xlsx\n  rudder structure plan.xlsx --sheet Goals --json\n  rudder structure plan.xlsx -o plan-structured.xlsx\n  rudder structure plan.xlsx -o plan-structured.xlsx --native-kpi-formulas\n  rudder structure plan.xlsx --sheet Budget --kind kpis -o plan-structured.xlsx\n',
    )
    .action((book: string, options: StructureOptions) => runner(() => runStructure(book, options, io)));
}
