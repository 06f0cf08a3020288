/**
 * The advisor copy of a workbook held by ExcelJS, with no Node modules, so the task pane and the
 * playground can build it in the browser as well as `rudder share` on a file. Every RUDDER.*
 * formula is replaced as the core's plan says (native formula, or value with a dated note), an
 * "Advisor summary" sheet is added, every other cell is left as ExcelJS read it.
 */
import type ExcelJS from 'exceljs';
import { serialFromUtcDate } from '../core/dates/serial';
import { parseCellAddress } from '../core/grid/a1';
import { isCellError, type CellValue } from '../core/grid/types';
import {
  advisorSummaryRows,
  countActions,
  findRudderCalls,
  gatherShareFacts,
  planCell,
  SHARE_TEXT,
  type CellAction,
  type CellPlan,
  type NativeForm,
  type ShareCell,
  type ShareFacts,
} from '../core/share';
import { KpiFormulaWriter } from '../core/kpi/formula';
import { letFileForm } from '../core/share/formulaScan';
import { SharedFormulaIndex } from '../core/share/sharedFormulas';
import { GoalStatusIndex, TABLE_NAMES } from '../core/structure';
import { readNotesOf, readStrategyModel } from './readStrategyModel';
import { callComputer, type CellLookup } from './shareCompute';
import { hasStructuredRefs, structuredToA1, type TableGeometry } from './structuredRefs';
import type { XlsxWorkbook } from './xlsx/xlsxWorkbook';
import { CellNotes } from './xlsx/notesParts';
import { canWriteNotesParts, withCellNotes } from './xlsx/notesPackage';
import { cellValueFromExcelJs } from './xlsx/snapshot';
import { allTables, tableHeaders } from './xlsx/tables';
import { isSettingsSheet } from './xlsx/settingsSheet';
import { uniqueSheetName } from './common/sheetNames';

/**
 * Without LET: the copy must open right in Excel 2016 and 2019, LibreOffice and Google Sheets
 * (DESIGN §8); LET stays an opt-in for Microsoft 365 users.
 */
export const DEFAULT_SHARE_FORM: NativeForm = 'inline';

export interface ShareOptions {
  /** @default 'inline' */
  readonly form?: NativeForm;
  /** Excel serial of today (the notes and the summary quote it). */
  readonly today: number;
  readonly title?: string;
}

/**
 * A replaced cell as the outcome reports it: where, how and why, without the rewritten formula, which
 * the copy holds (kept for each of 200,000 cells, the formulas alone took hundreds of megabytes).
 */
export type ReplacedCell = Pick<CellPlan, 'sheet' | 'address' | 'action' | 'functions' | 'reason'>;

export interface ShareOutcome {
  readonly plans: readonly ReplacedCell[];
  readonly counts: Record<CellAction, number>;
  /** Plain sentences about what needs the user's attention (missing values, links, protection). */
  readonly warnings: readonly string[];
  readonly facts: ShareFacts;
  readonly summarySheet: string;
  /** The notes on replaced cells that ExcelJS does not hold; `advisorCopyBytes` puts them in the file. */
  readonly notes: CellNotes;
}

// An external reference names its workbook in brackets: `[1]` (the file's link index) or `[budget.xlsx]`.
const EXTERNAL = /\[\d+\]|\[[^\]]*\.xl[a-z]{1,2}\]/gi;

/** The linked workbooks a formula names, in one spelling per file. */
function linkedFiles(formula: string): string[] {
  return [...formula.matchAll(EXTERNAL)].map((m) => m[0].toLowerCase());
}

function geometries(workbook: ExcelJS.Workbook): TableGeometry[] {
  return allTables(workbook).map((t) => ({
    name: t.model.name,
    sheet: t.sheet.name,
    headerRow: t.range.top,
    left: t.range.left,
    bottom: t.range.bottom,
    headers: tableHeaders(t),
  }));
}

const unquoteSheet = (s: string): string => (s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s);

function lookupIn(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): CellLookup {
  return (ref) => {
    const bang = ref.lastIndexOf('!');
    const ws = bang < 0 ? sheet : workbook.getWorksheet(unquoteSheet(ref.slice(0, bang)));
    if (!ws) return undefined;
    try {
      const { row, col } = parseCellAddress(ref.slice(bang + 1));
      return cellValueFromExcelJs(ws.getCell(row + 1, col + 1).value);
    } catch {
      return undefined;
    }
  };
}

function cachedOf(cell: ExcelJS.Cell): CellValue | undefined {
  const value = cell.value as { result?: unknown } | null;
  if (value === null || typeof value !== 'object' || value.result === undefined) return undefined;
  const r = value.result;
  return r instanceof Date ? serialFromUtcDate(r) : cellValueFromExcelJs(r as ExcelJS.CellValue);
}

/** Cells a Rudder array formula spills over (their saved values stay as plain values). */
function spillOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value as { shareType?: string; ref?: string } | null;
  return v && typeof v === 'object' && v.shareType === 'array' && v.ref && v.ref.includes(':') ? v.ref : null;
}

/** The summary's facts and the notes on reading the model; the model itself is let go before the cells are planned. */
async function factsOf(
  port: XlsxWorkbook,
  options: ShareOptions,
): Promise<{ readonly facts: ShareFacts; readonly readNotes: readonly string[] }> {
  const model = await readStrategyModel(port);
  return { facts: gatherShareFacts(model, options.today, options.title), readNotes: readNotesOf(model, port) };
}

/** Applies the share plan to an open workbook in memory; the file it came from is not touched. */
export async function prepareShareCopy(port: XlsxWorkbook, options: ShareOptions): Promise<ShareOutcome> {
  const workbook = port.workbook;
  const { facts, readNotes } = await factsOf(port, options);
  const tables = geometries(workbook);
  // The goals' live Status formulas get the value they compute from the KPI statuses the summary shows.
  const goalStatuses = new GoalStatusIndex(facts.kpis.map((k) => ({ goal: k.goal, status: k.status })));
  const compute = callComputer(options.today);
  const formulas = new KpiFormulaWriter();
  const warnings: string[] = [];
  const plans: ReplacedCell[] = [];
  const external = new Set<string>();
  const notes = new CellNotes();
  for (const ws of workbook.worksheets) {
    if (isSettingsSheet(ws)) continue;
    const lookup = lookupIn(workbook, ws);
    // Cells are planned row by row, so each column's group of one formula moved starts at its top cell.
    const shared = new SharedFormulaIndex<string>();
    const found: { cell: ExcelJS.Cell; share: ShareCell }[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula;
        if (typeof formula !== 'string' || formula === '') return;
        for (const file of linkedFiles(formula)) external.add(file);
        const r = Number(cell.row) - 1;
        const c = Number(cell.col) - 1;
        const table =
          tables.find(
            (t) =>
              t.sheet === ws.name && r > t.headerRow && r <= t.bottom && c >= t.left && c < t.left + t.headers.length,
          ) ?? null;
        const a1 = hasStructuredRefs(formula)
          ? structuredToA1(formula, {
              table,
              row: r,
              sheet: ws.name,
              lookup: (n) => tables.find((t) => t.name.toLowerCase() === n.toLowerCase()),
            })
          : formula;
        if (findRudderCalls(formula).length === 0) {
          if (table && isGoalStatusCell(table, c)) {
            const goal = { id: textAt(ws, r, table, 'ID'), text: textAt(ws, r, table, 'Goal') };
            cell.value = { formula: a1, result: goalStatuses.statusOf(goal) };
          }
          return;
        }
        found.push({
          cell,
          share: { sheet: ws.name, address: cell.address, formula: `=${a1}`, cached: cachedOf(cell) },
        });
      }),
    );
    if (found.length > 0 && (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet)
      warnings.push(SHARE_TEXT.protectedSheet(ws.name));
    for (const { cell, share } of found) {
      const plan = planCell(share, {
        form: options.form ?? DEFAULT_SHARE_FORM,
        date: options.today,
        valueOf: () => (arg) => lookup(arg),
        compute: (_, call) => compute(call, lookup),
        formulas,
      });
      if (!plan) continue;
      plans.push(replacedCell(plan));
      if (spillOf(cell)) warnings.push(SHARE_TEXT.spilled(ws.name, cell.address));
      if (plan.action === 'missing') warnings.push(SHARE_TEXT.missingValue(ws.name, cell.address));
      cell.value = copiedValue(plan, shared, cell);
      notes.attach(ws, cell, plan.note);
    }
  }
  if (external.size > 0) warnings.unshift(SHARE_TEXT.externalLinks(external.size));
  warnings.push(...readNotes);
  const summarySheet = addSummarySheet(workbook, facts);
  return { plans, counts: countActions(plans), warnings, facts, summarySheet, notes };
}

/** The prepared copy as .xlsx bytes, with every note of the outcome on its cell. */
export async function advisorCopyBytes(
  workbook: ExcelJS.Workbook,
  outcome: Pick<ShareOutcome, 'notes'>,
): Promise<Uint8Array> {
  if (!canWriteNotesParts()) outcome.notes.handOver(workbook);
  // Quick compression: a fifth less writing time for a file about a third larger (sheets of repeated rows pack well anyway).
  const written = await workbook.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
  });
  return withCellNotes(new Uint8Array(written), outcome.notes);
}

function replacedCell({ sheet, address, action, functions, reason }: CellPlan): ReplacedCell {
  return reason === undefined ? { sheet, address, action, functions } : { sheet, address, action, functions, reason };
}

/**
 * What the copy's cell holds. A formula goes in the file's own spelling (LET as `_xlfn.LET`, or
 * Excel shows #NAME?); where it is the formula of a cell above in its column moved, only a pointer to
 * that cell, which ExcelJS writes as a shared formula (`<f t="shared">`), each cell keeping its own
 * saved value: a 100,000-row copy then holds each long rewritten formula a few times, not 100,000.
 * A missing value is written as empty text: ExcelJS drops an empty cell, and the note explaining it
 * with the cell.
 */
function copiedValue(plan: CellPlan, shared: SharedFormulaIndex<string>, cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (plan.formula !== undefined) {
    const formula = (plan.fileFormula ?? letFileForm(plan.formula)).slice(1);
    const master = shared.masterOf({ row: Number(cell.row) - 1, col: Number(cell.col) - 1, formula }, cell.address);
    return master === undefined
      ? { formula, result: savedResult(plan.result) }
      : { sharedFormula: master, result: savedResult(plan.result) };
  }
  // A saved error (#VALUE!, #N/A …) stays an error value, not the text of the object holding it.
  if (isCellError(plan.value)) return { error: plan.value.code as ExcelJS.CellErrorValue['error'] };
  return plan.value ?? '';
}

/** A formula's saved value as ExcelJS writes it: "" for a blank result, errors as errors. */
function savedResult(value: CellValue | undefined): ExcelJS.CellFormulaValue['result'] {
  if (value === undefined) return undefined;
  if (value === null) return '';
  if (isCellError(value)) return { error: value.code as ExcelJS.CellErrorValue['error'] };
  return value;
}

function isGoalStatusCell(table: TableGeometry, col: number): boolean {
  return table.name.toLowerCase() === TABLE_NAMES.goals.toLowerCase() && table.headers[col - table.left] === 'Status';
}

function textAt(ws: ExcelJS.Worksheet, row: number, table: TableGeometry, header: string): string {
  const at = table.headers.indexOf(header);
  if (at < 0) return '';
  const v = cellValueFromExcelJs(ws.getCell(row + 1, table.left + at + 1).value);
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

function addSummarySheet(workbook: ExcelJS.Workbook, facts: ShareFacts): string {
  const name = uniqueSheetName(
    SHARE_TEXT.summarySheet,
    workbook.worksheets.map((w) => w.name),
  );
  const ws = workbook.addWorksheet(name);
  advisorSummaryRows(facts).forEach((row, r) => {
    row.forEach((value, c) => {
      // Strings stay strings in ExcelJS (a goal starting with "=" is not a formula).
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    });
    if (row.length === 1) ws.getCell(r + 1, 1).font = { bold: true };
  });
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 48;
  for (const c of [3, 4, 5, 6, 7, 8]) ws.getColumn(c).width = 14;
  return name;
}
