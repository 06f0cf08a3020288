/**
 * Structure's one entry point: from a detected table, the sheet and the user's corrections, the
 * rows of RudderGoals, RudderKPIs or RudderStrategy with formula columns, what Apply will change in plain words,
 * and the mapping to remember. Pure: the host reads and writes.
 */
import type { ColumnRole, DetectedTable } from '../detect';
import { uprightFrame } from '../detect/sideways';
import {
  columnsOf,
  isFormulaColumn,
  isValueColumn,
  MAIN_HEADER,
  portColumn,
  SHEET_NAMES,
  STRATEGY_TYPE_WORDS,
  TABLE_NAMES,
} from './columns';
import { mergeRows, type MergedRow } from './merge';
import { dateOrderOfFormats, DEFAULT_DATE_ORDER, type DateOrder } from '../dates';
import { sentence, STRUCTURE_MESSAGES as M } from './messages';
import { GOAL_STATUS_CELL } from './goalStatus';
import { NO_KPI_STATUS, rollUpGoalStatuses } from './rollup';
import { freeSheetName } from './sheetName';
import { HISTORY_MESSAGES } from './historyPlan';
import { keepReadingHistory, prepareHistory } from './historyStructure';
import { readSource, type SourceRead } from './source';
import type {
  PlannedCell,
  RememberedSource,
  StructureCorrections,
  StructureInput,
  StructureKind,
  StructureMapping,
  StructurePlan,
  StructureResult,
} from './types';

/**
 * Below this, detection's kind is a guess: a table with a goal column named "Task" over short lines, or
 * planned against actual alone, may as well be a to-do list or a budget.
 */
export const CONFIDENT_KIND = 0.6;

/**
 * The kind Structure proposes for a detected table, or null when detection is not confident (a SWOT,
 * or a table it cannot name): then the user chooses, and nothing is written until they do.
 */
export function proposedKindOf(table: DetectedTable): StructureKind | null {
  const { kind } = table;
  if (kind !== 'goals' && kind !== 'kpis' && kind !== 'strategy') return null;
  return table.kindConfidence >= CONFIDENT_KIND ? kind : null;
}

/** What Structure says when it has no confident kind for a table, or null when it has one. */
export function kindQuestionOf(table: DetectedTable): string | null {
  if (proposedKindOf(table) !== null) return null;
  return table.kind === 'swot' ? M.chooseKindForSwot : M.chooseKind;
}

/** The role the user chose for a column on an earlier run; a role they only accepted gives way to today's proposal. */
function rememberedChoice(remembered: RememberedSource | null | undefined, column: string): ColumnRole | undefined {
  const role = remembered?.roles[column];
  if (role === undefined || remembered?.proposed === undefined) return role;
  return remembered.proposed[column] === role ? undefined : role;
}

/** The corrections Apply starts from: what was remembered for this sheet, else what detection found. */
export function initialCorrections(table: DetectedTable, remembered?: RememberedSource | null): StructureCorrections {
  const detectedHeader = table.headerRow + table.headerRows - 1;
  const roles: Record<string, ColumnRole> = {};
  for (const col of table.columns) roles[col.column] = rememberedChoice(remembered, col.column) ?? col.role;
  const headerInside =
    remembered !== undefined &&
    remembered !== null &&
    remembered.headerRow >= table.headerRow &&
    remembered.headerRow < table.lastDataRow;
  return {
    kind: remembered?.kind ?? proposedKindOf(table),
    headerRow: headerInside ? remembered.headerRow : detectedHeader,
    roles,
    nativeKpiFormulas: remembered?.nativeKpiFormulas === true,
  };
}

/** The mapping saved under this key in the document settings. */
export function mappingKey(tableName: string): string {
  return `rudder.structure.${tableName}`;
}

interface ChosenDateOrder {
  readonly order: DateOrder;
  /** How the note explains the choice ("as en-US writes dates"), or null for the default. */
  readonly basis: string | null;
}

/** The host's locale decides first, then the sheet's own date formats, then day first. */
function dateOrderOf(input: StructureInput): ChosenDateOrder {
  if (input.dateOrder !== undefined)
    return { order: input.dateOrder, basis: input.dateOrderFrom ? M.localeDates(input.dateOrderFrom) : null };
  const fromFormats = dateOrderOfFormats((input.snapshot.numberFormats ?? []).flat());
  if (fromFormats !== null) return { order: fromFormats, basis: M.sheetDateFormats };
  return { order: DEFAULT_DATE_ORDER, basis: null };
}

function notesOf(
  read: SourceRead,
  kind: StructureKind,
  duplicates: readonly string[],
  rows: readonly MergedRow[],
  mainHeader: string,
  order: ChosenDateOrder,
): string[] {
  const notes: string[] = [];
  if (read.notCopied.length > 0) notes.push(M.notCopied(read.notCopied));
  if (read.issues.error.count > 0) notes.push(M.errorCells(read.issues.error.count));
  if (read.issues.date.count > 0) notes.push(M.unreadDates(read.issues.date.count, read.issues.date.example));
  if (read.issues.number.count > 0) notes.push(M.unreadNumbers(read.issues.number.count, read.issues.number.example));
  if (read.ambiguousDates.count > 0)
    notes.push(M.ambiguousDates(read.ambiguousDates.count, read.ambiguousDates.example, order.order, order.basis));
  if (duplicates.length > 0) notes.push(M.duplicateIds(duplicates));
  const missing = rows.filter(
    (r) => r.source !== null && (r.values[mainHeader] === null || r.values[mainHeader] === undefined),
  ).length;
  if (missing > 0) notes.push(M.missingMain(missing, kind));
  if (kind === 'goals') notes.push(M.goalStatusNote);
  if (kind === 'strategy') {
    const unknown = rows.filter((r) => r.source !== null && !isStrategyTypeWord(r.values.Type)).length;
    if (unknown > 0) notes.push(M.unknownStrategyTypes(unknown));
  }
  return notes;
}

const isStrategyTypeWord = (cell: PlannedCell | undefined): boolean =>
  typeof cell === 'string' && (STRATEGY_TYPE_WORDS as readonly string[]).includes(cell);

function statusText(cell: PlannedCell | undefined): string | null {
  return typeof cell === 'string' && cell.trim() !== '' ? cell.trim() : null;
}

const MAIN_ROLE: Readonly<Record<StructureKind, ColumnRole>> = { goals: 'goal', kpis: 'kpi', strategy: 'statement' };

/**
 * A table whose kind the user chose (a to-do list taken as goals) may have no column in the main role: detection
 * left them all "other" because it could not tell. The column detection found likeliest for that role, among
 * those still as detected, takes it; a role the user set is never changed.
 */
function withMainColumn(
  table: DetectedTable,
  corrections: StructureCorrections,
  kind: StructureKind,
): StructureCorrections {
  const main = MAIN_ROLE[kind];
  if (Object.values(corrections.roles).includes(main)) return corrections;
  let best: { column: string; confidence: number } | null = null;
  for (const col of table.columns) {
    if (col.role !== 'other' || corrections.roles[col.column] !== 'other') continue;
    const confidence = col.alternatives.find((a) => a.role === main)?.confidence ?? 0;
    if (confidence > 0 && (best === null || confidence > best.confidence)) best = { column: col.column, confidence };
  }
  return best === null ? corrections : { ...corrections, roles: { ...corrections.roles, [best.column]: main } };
}

export function planStructure(input: StructureInput): StructureResult {
  if (input.table.orientation === 'sections') return { ok: false, reason: M.sectionsNotTable };
  // A sideways table's records are its columns: read on the sheet turned upright, they are rows like any other.
  if (input.table.orientation === 'columns') {
    const upright = uprightFrame(input.table, input.snapshot);
    return planStructure({ ...input, table: upright.table, snapshot: upright.sheet });
  }
  const { table, snapshot, existing, mapping } = input;
  const kind = input.corrections.kind;
  if (kind === null) return { ok: false, reason: kindQuestionOf(table) ?? M.chooseKind };
  if (kind !== 'goals' && kind !== 'kpis' && kind !== 'strategy') return { ok: false, reason: M.unknownKind };
  const corrections = withMainColumn(table, input.corrections, kind);
  const firstHeader = table.headerRow;
  if (corrections.headerRow < firstHeader || corrections.headerRow >= table.lastDataRow) {
    return { ok: false, reason: M.headerOutside(corrections.headerRow, firstHeader, table.lastDataRow) };
  }
  const order = dateOrderOf(input);
  const flatRead = readSource(table, snapshot, { ...corrections, kind }, table.lastDataRow, order.order);
  const historyWiring = prepareHistory(input, flatRead);
  const read = historyWiring?.read ?? flatRead;
  const mainHeader = MAIN_HEADER[kind];
  if (!read.filled.has(mainHeader)) return { ok: false, reason: M.noMainColumn(kind) };
  // A strategy without types cannot tell a value from a pillar, and goals link to both.
  if (kind === 'strategy' && !read.filled.has('Type')) return { ok: false, reason: M.noTypeColumn };
  if (read.rows.length === 0) return { ok: false, reason: M.noRows };

  const merged = mergeRows(
    kind,
    table.sheet,
    read.rows,
    mainHeader,
    historyWiring?.existing ?? existing,
    mapping,
    input.referencedNumbers,
    new Set(read.filled.keys()),
  );
  const history = historyWiring?.finish(merged) ?? null;
  if (historyWiring === null) keepReadingHistory(input, merged);
  const nativeKpi = kind === 'kpis' && corrections.nativeKpiFormulas === true ? (input.nativeKpiForm ?? 'let') : null;
  const columns = columnsOf(kind, nativeKpi);
  let statuses: (string | null)[] = merged.rows.map(() => null);
  if (kind === 'goals') {
    const goals = merged.rows.map((r) => ({ id: r.id, text: statusText(r.values.Goal) ?? '' }));
    const rolled = rollUpGoalStatuses(goals, input.kpis ?? [], input.today);
    // The live formula shows No data for a goal no KPI measures; a sheet's own status is kept only as a value.
    statuses = merged.rows.map(
      (r, i) => rolled[i] ?? (input.kpiTableExists ? null : statusText(r.values.Status)) ?? NO_KPI_STATUS,
    );
  }
  // With RudderKPIs in the workbook, a goal's Status is the formula that rolls its KPIs up live.
  const liveGoalStatus = kind === 'goals' && input.kpiTableExists === true;
  const rows = merged.rows.map((r, i) =>
    columns.map((col): PlannedCell => {
      if (isFormulaColumn(col)) return { formula: col.formula };
      if (isValueColumn(col)) return r.values[col.header] ?? null;
      return liveGoalStatus ? GOAL_STATUS_CELL : statuses[i];
    }),
  );

  const tableName = TABLE_NAMES[kind];
  const createsSheet = existing === null;
  const targetSheet = existing ? existing.sheet : freeSheetName(SHEET_NAMES[kind], input.sheetNames);
  const kpiSummary = createsSheet
    ? M.summaryNew(targetSheet, kind, rows.length, table.sheet)
    : M.summaryUpdate(existing.name, targetSheet, kind, merged.changes, table.sheet);
  const summary =
    history === null
      ? kpiSummary
      : `${kpiSummary} ${
          history.plan.createsSheet
            ? HISTORY_MESSAGES.summaryNew(history.plan.targetSheet, history.plan.rows.length)
            : HISTORY_MESSAGES.summaryUpdate(history.plan.tableName, history.plan.changes)
        }`;

  const source: RememberedSource = {
    sheet: table.sheet,
    kind,
    headerRow: corrections.headerRow,
    roles: Object.fromEntries(read.columns.map((c) => [c.letter, c.role])),
    proposed: Object.fromEntries(table.columns.map((c) => [c.column, c.role])),
    ...(nativeKpi !== null ? { nativeKpiFormulas: true } : {}),
  };
  const sheetPrefix = `${table.sheet.toLowerCase()}!`;
  const nextMapping: StructureMapping = {
    version: 1,
    table: tableName,
    sheet: targetSheet,
    lastNumber: merged.lastNumber,
    sources: [...(mapping?.sources ?? []).filter((s) => s.sheet.toLowerCase() !== table.sheet.toLowerCase()), source],
    rows: [...(mapping?.rows ?? []).filter((r) => !r.key.startsWith(sheetPrefix)), ...merged.remembered],
    ...(kind === 'strategy' ? { lastNumbers: merged.lastNumbers } : {}),
  };
  const plan: StructurePlan = {
    kind,
    tableName,
    sourceSheet: table.sheet,
    targetSheet,
    createsSheet,
    columns: columns.map(portColumn),
    rows,
    ...(kind === 'goals' ? { goalStatuses: statuses.map((st) => st ?? NO_KPI_STATUS) } : {}),
    changes: merged.changes,
    notCopied: read.notCopied,
    notes: [...notesOf(read, kind, merged.duplicateIds, merged.rows, mainHeader, order), ...(history?.notes ?? [])],
    summary: sentence(summary),
    mapping: nextMapping,
    ...(history !== null ? { history: history.plan } : {}),
  };
  return { ok: true, plan };
}
