/**
 * A check-in through the port: read the model (KPIs and their history), then add the new values under
 * RudderHistory's last row in one write, and take them back on request while they are still its last rows.
 */
import { checkinKpis, CHECKIN_MESSAGES, type CheckinKpi, type HistoryRow, type Replacement } from '../core/checkin';
import { HISTORY_SHEET_NAME, HISTORY_TABLE_NAME } from '../core/model';
import { existingTableFrom } from '../core/structure';
import { HISTORY_COLUMNS } from '../core/structure/historyPlan';
import { freeSheetName } from '../core/structure/sheetName';
import type { CellInput, WorkbookPort } from './port';
import {
  kpiCellBlocks,
  latestSwitchOf,
  readKpiLatestCells,
  writeKpiCells,
  type KpiCellsWrite,
  type KpiLatestCells,
} from './checkinLatest';
import { historyCellsOf, replacementBlocks, replacementsStillThere, type HistoryCells } from './checkinReplace';
import { WorkbookError } from './errors';
import { readStrategyModel } from './readStrategyModel';

export interface CheckinView {
  readonly kpis: readonly CheckinKpi[];
  readonly hasHistoryTable: boolean;
  /** RudderKPIs's Actual and As of with their formulas: a KPI's first check-in switches them to its history. */
  readonly latestCells: KpiLatestCells | null;
  /** Where RudderHistory's values sit, for replacing an earlier period's value in place. */
  readonly historyCells: HistoryCells | null;
}

export async function loadCheckin(port: WorkbookPort, today: number): Promise<CheckinView> {
  const model = await readStrategyModel(port);
  const tables = await port.listTables();
  return {
    kpis: checkinKpis(model, today),
    hasHistoryTable: model.history.table !== null,
    latestCells: await readKpiLatestCells(port, tables),
    historyCells: historyCellsOf(tables),
  };
}

/** What Undo needs: the rows saved, and where they went. */
export interface SavedCheckin {
  readonly table: string;
  readonly rows: readonly HistoryRow[];
  /** Body rows the table had before the save. */
  readonly rowsBefore: number;
  readonly message: string;
  /** How many of the rows the person typed (the others carry a KPI's earlier Actual into its history). */
  readonly typed: number;
  /** RudderKPIs's Actual and As of as they were before a first check-in switched them; null when none was. */
  readonly kpiCellsBefore: KpiCellsWrite | null;
  /** Earlier values replaced (confirmed by the person), and where. */
  readonly replaced: { readonly cells: HistoryCells; readonly replacements: readonly Replacement[] } | null;
}

/** What a check-in writes: new rows, and earlier values replaced once confirmed. */
export interface CheckinWrite {
  readonly rows: readonly HistoryRow[];
  readonly replacements?: readonly Replacement[];
}

const FORMATS = HISTORY_COLUMNS.map((c) => c.numberFormat);

function asCells(rows: readonly HistoryRow[]): CellInput[][] {
  return rows.map((r) => [...r]);
}

/** A history cell read back as it is written again: dates stay dates. */
function backToInput(header: string, value: unknown): CellInput {
  if (header === 'Period' && typeof value === 'number') return { date: value };
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

/**
 * Adds the rows. With `appendTableRows` the rows above are never rewritten; a port without it gets the table
 * back whole, its rows as read just before. A workbook without RudderHistory gets the table on a new sheet.
 * A KPI checked in for the first time gets its typed Actual and As of as a first history row, and the history
 * formulas in their place (given `latestCells` as `loadCheckin` read them).
 */
export async function saveCheckin(
  port: WorkbookPort,
  write: CheckinWrite,
  view: Pick<CheckinView, 'latestCells' | 'historyCells'> = { latestCells: null, historyCells: null },
): Promise<SavedCheckin> {
  const checkedIn = write.rows;
  const switching = latestSwitchOf(view.latestCells, checkedIn);
  const rows = [...(switching?.carried ?? []), ...checkedIn];
  const replacements = write.replacements ?? [];
  if (replacements.length > 0 && view.historyCells === null)
    throw new WorkbookError(CHECKIN_MESSAGES.noHistoryToReplace, 'write-failed');
  const replacing = view.historyCells && replacements.length > 0 ? { cells: view.historyCells, replacements } : null;
  const alsoWrite = [
    ...(switching ? kpiCellBlocks(switching.write) : []),
    ...(replacing ? replacementBlocks(replacing.cells, replacements) : []),
  ];
  const appended = port.appendTableRows
    ? await port.appendTableRows(HISTORY_TABLE_NAME, asCells(rows), FORMATS, alsoWrite)
    : null;
  const rowsBefore = appended ? rowCount(appended.range) - rows.length : await writeHistoryWhole(port, rows);
  // Without the append (or without RudderHistory until now), the other cells are written once the history is there.
  if (!appended) for (const block of alsoWrite) await port.writeBlock(block.sheet, block.topLeft, block.rows);
  return {
    table: HISTORY_TABLE_NAME,
    rows,
    rowsBefore,
    message:
      replacing === null
        ? CHECKIN_MESSAGES.saved(checkedIn.length)
        : CHECKIN_MESSAGES.savedWithReplacements(checkedIn.length, replacements.length),
    typed: checkedIn.length + replacements.length,
    kpiCellsBefore: switching?.undo ?? null,
    replaced: replacing,
  };
}

/** RudderHistory written whole with the rows added (made when missing); the number of body rows it had before. */
async function writeHistoryWhole(port: WorkbookPort, rows: readonly HistoryRow[]): Promise<number> {
  const before = await port.readTable(HISTORY_TABLE_NAME);
  const existing = before ? existingTableFrom(before).rows : [];
  const previous = existing.map((row) => HISTORY_COLUMNS.map((c) => backToInput(c.header, row[c.header])));
  const sheet = before
    ? before.sheet
    : await port.addSheet(
        freeSheetName(
          HISTORY_SHEET_NAME,
          (await port.listSheets()).map((s) => s.name),
        ),
      );
  await port.upsertTable({
    name: HISTORY_TABLE_NAME,
    sheet,
    topLeft: 'A1',
    columns: HISTORY_COLUMNS,
    rows: [...previous, ...asCells(rows)],
  });
  return previous.length;
}

function rowCount(range: string): number {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range.replace(/\$/g, ''));
  return m ? Number(m[2]) - Number(m[1]) : 0;
}

const sameCell = (a: unknown, b: CellInput): boolean => {
  const want = b !== null && typeof b === 'object' && 'date' in b ? b.date : b;
  return (a ?? null) === (want ?? null);
};

/**
 * Takes the last check-in back when its rows are still the table's last rows (nobody added or changed rows
 * since); else leaves the table as it is and says why.
 */
export async function undoCheckin(port: WorkbookPort, last: SavedCheckin): Promise<string> {
  const data = await port.readTable(last.table);
  if (!data) return CHECKIN_MESSAGES.undoChanged;
  const at = HISTORY_COLUMNS.map((c) => data.headers.indexOf(c.header));
  const inputs = (row: readonly unknown[]): CellInput[] =>
    HISTORY_COLUMNS.map((c, j) => backToInput(c.header, at[j] < 0 ? null : row[at[j]]));
  const tail = data.rows.slice(last.rowsBefore);
  const same =
    data.rows.length === last.rowsBefore + last.rows.length &&
    tail.every((row, i) => at.every((col, j) => col >= 0 && sameCell(row[col], last.rows[i][j] as CellInput)));
  const replaced = last.replaced;
  if (!same || (replaced !== null && !replacementsStillThere(data, replaced.cells, replaced.replacements)))
    return CHECKIN_MESSAGES.undoChanged;
  if (last.rows.length > 0) {
    const kept = data.rows.slice(0, last.rowsBefore).map(inputs);
    await port.upsertTable({ name: data.name, sheet: data.sheet, topLeft: 'A1', columns: HISTORY_COLUMNS, rows: kept });
  }
  if (last.kpiCellsBefore) await writeKpiCells(port, last.kpiCellsBefore);
  for (const block of replaced ? replacementBlocks(replaced.cells, replaced.replacements, true) : [])
    await port.writeBlock(block.sheet, block.topLeft, block.rows);
  return CHECKIN_MESSAGES.undone(last.typed);
}
