/**
 * The SWOT wizard through the port: its saved progress, the tables it reads back, and Finish,
 * which writes a printable 2x2 grid with the RudderSWOT and RudderTOWS tables on Rudder's own
 * sheet and appends (or updates) goals in RudderGoals. Running Finish again updates in place.
 */
import { cellAddress, parseRangeAddress } from '../core/grid/a1';
import { isCellError } from '../core/grid/types';
import { cellText } from '../core/model';
import {
  SMART_BANDS,
  STATUS_RULES,
  GOAL_STATUS_CELL,
  NO_KPI_STATUS,
  SHEET_NAMES,
  TABLE_NAMES,
  columnsOf,
  existingTableFrom,
  mappingJson,
  mappingKey,
  parseMapping,
  rowsFromExisting,
  rudderColumns,
  type ExistingTable,
  type PlannedCell,
} from '../core/structure';
import { formatId, idNumber as goalNumber } from '../core/structure/ids';
import { goalFieldsFromText } from '../core/swot/goalFields';
import { referencedIdNumbers } from './referencedIds';
import {
  buildSwotTables,
  getBusinessTemplate,
  parseWizardState,
  serializeWizardState,
  type ParsedWizardState,
  type SwotWizardState,
} from '../core/swot';
import type { TableColumnSpec, WorkbookPort } from './port';
import { columnBody } from './structureApply';

export const SWOT_STATE_KEY = 'rudder.swot.wizard';
/** Where Finish last wrote: the sheet, so a renamed or deleted sheet is noticed. */
export const SWOT_LAYOUT_KEY = 'rudder.swot.layout';
export const SWOT_SHEET = 'SWOT (Rudder)';

export const SWOT_WRITE_MESSAGES = {
  gridTitle: (type: string) => `SWOT analysis: ${type}`,
  gridNote:
    'Written by Rudder. Biggest impact first; impact runs from 1 (minor) to 5 (major). The tables below hold the same items with their IDs.',
  swotCaption: 'RudderSWOT: the items (Rudder reads this table)',
  towsCaption: 'RudderTOWS: strategies from pairing them',
  changedSince:
    "Rudder's SWOT tables changed after this wizard read them (in another Rudder pane, or by hand), so Finish wrote nothing and that work is safe. Your answers are still here: copy the ones you need, then close and reopen the SWOT tab to start from the tables as they are now.",
  noRoom: (sheet: string, cell: string) =>
    `The grid needs more room on “${sheet}”, but ${cell} there holds something Rudder did not write. Move your own cells to another sheet, then Finish again.`,
} as const;

export class SwotWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SwotWriteError';
  }
}

/** Column widths make the grid readable: the grid's two quadrant columns are the tables' Item and Evidence columns. */
const SWOT_COLUMNS: readonly TableColumnSpec[] = [
  { header: 'ID', width: 9 },
  { header: 'Quadrant', width: 12 },
  { header: 'Item', width: 50 },
  { header: 'Impact', width: 8, numberFormat: '0' },
  { header: 'Evidence', width: 50 },
  { header: 'Goals', width: 12 },
];
const TOWS_COLUMNS: readonly TableColumnSpec[] = [
  { header: 'ID', width: 8 },
  { header: 'Type', width: 7 },
  { header: 'Strategy', width: 50 },
  { header: 'From', width: 14 },
  { header: 'Goal', width: 10 },
];
/** Grid columns on the sheet: A holds the Internal/External labels, C and E the quadrants. */
const GRID_LEFT = 2;
const GRID_RIGHT = 4;
/** First row (0-based) of the Helpful/Harmful labels; the title and a note sit above. */
const GRID_TOP = 3;
/** RudderTOWS sits beside RudderSWOT, so each can grow downward without meeting the other. */
const TOWS_LEFT = 7;
const BLOCK_WIDTH = TOWS_LEFT + 1;

// ---------------------------------------------------------------- progress

/** The saved wizard progress; a workbook that never ran the wizard gives a fresh state and no warning. */
export async function loadSwotState(port: WorkbookPort): Promise<ParsedWizardState & { readonly saved: boolean }> {
  const raw = await port.readSetting(SWOT_STATE_KEY);
  if (raw === undefined || raw === null) return { ...parseWizardState(null), warnings: [], saved: false };
  return { ...parseWizardState(typeof raw === 'string' ? raw : JSON.stringify(raw)), saved: true };
}

export async function saveSwotState(port: WorkbookPort, state: SwotWizardState): Promise<void> {
  await port.writeSetting(SWOT_STATE_KEY, serializeWizardState(state));
}

/** Rudder's SWOT, TOWS and Goals tables as rows by header, for reconciling edits made in the sheet. */
export async function readSwotTables(
  port: WorkbookPort,
): Promise<Record<'swot' | 'tows' | 'goals', ExistingTable | null>> {
  const [swot, tows, goals] = await Promise.all([
    port.readTable('RudderSWOT'),
    port.readTable('RudderTOWS'),
    port.readTable(TABLE_NAMES.goals),
  ]);
  return {
    swot: swot ? existingTableFrom(swot) : null,
    tows: tows ? existingTableFrom(tows) : null,
    goals: goals ? existingTableFrom(goals) : null,
  };
}

// ---------------------------------------------------------------- goals

interface GoalsWrite {
  readonly state: SwotWizardState;
  readonly ids: readonly string[];
}

function highestGoalNumber(table: ExistingTable | null, state: SwotWizardState, last: number): number {
  const ids = [...(table?.rows ?? []).map((r) => cellText(r.ID)), ...state.chosenGoals.map((g) => g.goalId ?? '')];
  return ids.reduce((max, id) => Math.max(max, goalNumber(id, 'G') ?? 0), last);
}

/**
 * The goal row for a chosen goal, in RudderGoals column order; formula columns are restated. Due,
 * Baseline and Target come from the goal's own words ("from 40 to 60 by 31 March 2027"); its Status
 * is the live formula when RudderKPIs exists.
 */
function goalRow(id: string, text: string, source: string, status: PlannedCell, today?: number): PlannedCell[] {
  const fields = goalFieldsFromText(text, today);
  const values: Record<string, PlannedCell> = {
    ID: id,
    Goal: text,
    Source: source,
    Status: status,
    Due: fields.due === null ? null : { date: fields.due },
    Baseline: fields.baseline,
    Target: fields.target,
  };
  return columnsOf('goals').map((col) =>
    col.formula !== undefined ? { formula: col.formula } : (values[col.header] ?? null),
  );
}

/** Cells the wizard fills from the goal's words, only where the owner left them empty. */
const FILLED_FROM_TEXT = ['Due', 'Baseline', 'Target'];

async function writeGoals(port: WorkbookPort, state: SwotWizardState, today?: number): Promise<GoalsWrite> {
  const chosen = state.chosenGoals.filter((g) => g.text.trim() !== '');
  if (chosen.length === 0) return { state, ids: [] };
  const data = await port.readTable(TABLE_NAMES.goals);
  const table = data ? existingTableFrom(data) : null;
  const mapping = parseMapping(await port.readSetting(mappingKey(TABLE_NAMES.goals)));
  const referenced = await referencedIdNumbers(port, ['G']);
  let last = highestGoalNumber(table, state, Math.max(mapping?.lastNumber ?? 0, referenced.G ?? 0));
  const kpiTable = (await port.listTables()).some((t) => t.name.toLowerCase() === TABLE_NAMES.kpis.toLowerCase());
  const status = kpiTable ? GOAL_STATUS_CELL : NO_KPI_STATUS;
  const rows = table ? rowsFromExisting('goals', table, kpiTable ? () => GOAL_STATUS_CELL : undefined) : [];
  const idAt = columnsOf('goals').findIndex((c) => c.header === 'ID');
  const goalIds = new Map<string, string>();
  for (const goal of chosen) {
    const id = goal.goalId ?? formatId('G', ++last);
    goalIds.set(goal.strategyId, id);
    const row = goalRow(id, goal.text, goal.strategyId, status, today);
    const at = rows.findIndex((r) => {
      const cell = r[idAt];
      return typeof cell === 'string' && cell.trim().toUpperCase() === id.toUpperCase();
    });
    // A goal the owner edited further in the table keeps its other cells (owner, dates, targets).
    if (at >= 0)
      rows[at] = rows[at].map((cell, c) => {
        const header = columnsOf('goals')[c].header;
        if (header === 'Goal' || header === 'Source') return row[c];
        return cell === null && FILLED_FROM_TEXT.includes(header) ? row[c] : cell;
      });
    else rows.push(row);
  }
  let sheet = data?.sheet;
  if (!sheet) sheet = await port.addSheet(SHEET_NAMES.goals);
  const written = await port.upsertTable({
    name: TABLE_NAMES.goals,
    sheet,
    topLeft: 'A1',
    columns: rudderColumns('goals'),
    rows: rows,
  });
  const at = (header: string): number => columnsOf('goals').findIndex((c) => c.header === header);
  await port.setConditionalFormats(
    written.sheet,
    columnBody(written.range, at('SMART')),
    SMART_BANDS.map((b) => ({ kind: 'numberBetween' as const, ...b })),
  );
  await port.setConditionalFormats(
    written.sheet,
    columnBody(written.range, at('Status')),
    STATUS_RULES.map((r) => ({ kind: 'textEquals' as const, text: r.text, fill: r.fill, fontColor: r.fontColor })),
  );
  if (written.created) await port.freezeRows(written.sheet, 1);
  if (mapping) await port.writeSetting(mappingKey(TABLE_NAMES.goals), mappingJson({ ...mapping, lastNumber: last }));
  return { state: linkGoals(state, goalIds), ids: [...goalIds.values()] };
}

/** Records each goal on its chosen goal, its TOWS strategy and the SWOT items that strategy pairs. */
export function linkGoals(state: SwotWizardState, goalIds: ReadonlyMap<string, string>): SwotWizardState {
  const strategies = state.strategies.map((s) => (goalIds.has(s.id) ? { ...s, goal: goalIds.get(s.id) ?? null } : s));
  const items = state.items.map((item) => {
    const ids = strategies.filter((s) => s.goal !== null && s.from.includes(item.id)).map((s) => s.goal as string);
    const goals = [...new Set([...item.goals, ...ids])];
    return goals.length === item.goals.length ? item : { ...item, goals };
  });
  const chosenGoals = state.chosenGoals.map((g) =>
    goalIds.has(g.strategyId) ? { ...g, goalId: goalIds.get(g.strategyId) ?? null } : g,
  );
  return { ...state, items, strategies, chosenGoals };
}

// ---------------------------------------------------------------- the SWOT sheet

/** The block above the tables: title, note, the 2x2 grid with axis labels, captions; `rows` long. */
export function gridBlock(state: SwotWizardState, rows: number): (string | null)[][] {
  const grid = buildSwotTables(state).grid;
  const block: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(BLOCK_WIDTH).fill(null));
  block[0][0] = SWOT_WRITE_MESSAGES.gridTitle(getBusinessTemplate(state.businessType).name);
  block[1][0] = SWOT_WRITE_MESSAGES.gridNote;
  block[GRID_TOP][GRID_LEFT] = 'Helpful';
  block[GRID_TOP][GRID_RIGHT] = 'Harmful';
  const gap = grid.findIndex((r) => r[0] === '' && r[1] === '');
  grid.forEach(([left, right], i) => {
    const row = block[GRID_TOP + 1 + i];
    row[GRID_LEFT] = left === '' ? null : left;
    row[GRID_RIGHT] = right === '' ? null : right;
    if (i === 0) row[0] = 'Internal';
    if (i === gap + 1) row[0] = 'External';
  });
  block[rows - 1][0] = SWOT_WRITE_MESSAGES.swotCaption;
  block[rows - 1][TOWS_LEFT] = SWOT_WRITE_MESSAGES.towsCaption;
  return block;
}

/** Rows the block needs: title, note, blank, labels, the grid, a blank and the caption row. */
function blockRows(state: SwotWizardState): number {
  return GRID_TOP + 1 + buildSwotTables(state).grid.length + 2;
}

/** The first cell holding something outside Rudder's block and tables, or null. */
async function foreignCell(
  port: WorkbookPort,
  sheet: string,
  blockEnd: number,
  tables: readonly string[],
): Promise<string | null> {
  const snap = await port.readSheet(sheet);
  const ranges = tables.map((t) => parseRangeAddress(t));
  for (let r = 0; r < snap.values.length; r++) {
    for (let c = 0; c < snap.values[r].length; c++) {
      const v = snap.values[r][c];
      if (v === null || v === '' || isCellError(v)) continue;
      const row = snap.origin.row + r;
      const col = snap.origin.col + c;
      if (row < blockEnd && col < BLOCK_WIDTH) continue;
      if (ranges.some((x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right)) continue;
      return cellAddress(row, col);
    }
  }
  return null;
}

async function writeSheet(port: WorkbookPort, state: SwotWizardState): Promise<string> {
  const tables = buildSwotTables(state);
  const [swot, tows] = await Promise.all([port.readTable('RudderSWOT'), port.readTable('RudderTOWS')]);
  const layout = await port.readSetting(SWOT_LAYOUT_KEY);
  const ours =
    typeof layout === 'object' && layout !== null && !Array.isArray(layout)
      ? (layout as { sheet?: unknown }).sheet
      : undefined;
  let sheet = swot?.sheet ?? tows?.sheet ?? null;
  let needed = blockRows(state);
  if (sheet !== null && swot) {
    const top = parseRangeAddress(swot.range).top;
    if (top >= needed) {
      needed = top; // fits: pad the grid down to the tables, clearing what the last grid left
    } else if (sheet === ours) {
      // The grid grew past the tables: rebuild Rudder's own sheet, unless the owner put cells of their own on it.
      const cell = await foreignCell(port, sheet, top, [swot.range, tows?.range ?? swot.range]);
      if (cell !== null) throw new SwotWriteError(SWOT_WRITE_MESSAGES.noRoom(sheet, cell));
      await port.deleteSheet(sheet);
      sheet = await port.addSheet(sheet);
    } else {
      sheet = await port.addSheet(SWOT_SHEET); // the tables live on the owner's sheet: the grid gets its own
    }
  }
  if (sheet === null) sheet = await port.addSheet(SWOT_SHEET);
  await port.writeBlock(sheet, 'A1', gridBlock(state, needed));
  const topLeft = (col: string): string => `${col}${needed + 1}`;
  await port.upsertTable({
    name: 'RudderSWOT',
    sheet,
    topLeft: topLeft('A'),
    columns: SWOT_COLUMNS,
    rows: tables.swot.rows,
  });
  await port.upsertTable({
    name: 'RudderTOWS',
    sheet,
    topLeft: topLeft('H'),
    columns: TOWS_COLUMNS,
    rows: tables.tows.rows,
  });
  await port.writeSetting(SWOT_LAYOUT_KEY, { sheet });
  return sheet;
}

export interface FinishedSwot {
  /** The state with goal IDs and links filled in, step `done`. */
  readonly state: SwotWizardState;
  readonly sheet: string;
  readonly goalIds: readonly string[];
  /** The stamp of the SWOT and TOWS tables as this Finish left them, for the next Finish to compare. */
  readonly stamp: string;
}

/**
 * What RudderSWOT and RudderTOWS hold, as one string: Finish rewrites both tables from the wizard, so a
 * wizard compares the stamp it read with the workbook's before writing, and another pane's work (or a hand
 * edit made meanwhile) is never written over.
 */
export function swotTablesStamp(tables: Pick<Record<'swot' | 'tows', ExistingTable | null>, 'swot' | 'tows'>): string {
  return JSON.stringify([tables.swot?.rows ?? null, tables.tows?.rows ?? null]);
}

/** Finish: goals first (so the SWOT and TOWS tables can name them), then the sheet, then the saved progress. */
/**
 * `today` (an Excel serial) lets goals with relative deadlines ("within 6 months") get a Due date. `seen`:
 * the tables' stamp when this wizard read them; when the workbook's differs, nothing is written.
 */
export async function finishSwot(
  port: WorkbookPort,
  state: SwotWizardState,
  today?: number,
  seen?: string,
): Promise<FinishedSwot> {
  if (seen !== undefined && swotTablesStamp(await readSwotTables(port)) !== seen)
    throw new SwotWriteError(SWOT_WRITE_MESSAGES.changedSince);
  const goals = await writeGoals(port, state, today);
  const sheet = await writeSheet(port, goals.state);
  const done: SwotWizardState = { ...goals.state, step: 'done' };
  await saveSwotState(port, done);
  return { state: done, sheet, goalIds: goals.ids, stamp: swotTablesStamp(await readSwotTables(port)) };
}
