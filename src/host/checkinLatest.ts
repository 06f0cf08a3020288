/**
 * RudderKPIs's Actual and As of around a check-in: read with their formulas (a KPI's first check-in switches
 * typed values to the history formulas), written back in one block, restored by Undo.
 */
import { planLatestSwitch, type KpiCellRead, type KpiCellWrite, type KpiLatestColumns } from '../core/checkin/latest';
import type { HistoryRow } from '../core/checkin';
import { cellAddress, parseRangeAddress } from '../core/grid/a1';
import { isCellError, type CellValue } from '../core/grid/types';
import { TABLE_NAMES } from '../core/structure';
import type { BlockWrite, CellInput, TableInfo, WorkbookPort } from './port';

/** Where RudderKPIs's Actual and As of sit, and what they hold. */
export interface KpiLatestCells {
  readonly sheet: string;
  /** 0-based sheet row of the first body row. */
  readonly top: number;
  /** 0-based sheet columns of Actual and As of. */
  readonly actualCol: number;
  readonly asOfCol: number;
  /** 0-based sheet column of Outlook; null when the table has none. */
  readonly outlookCol: number | null;
  readonly columns: KpiLatestColumns;
}

/** A block of cells to write: Actual and As of of consecutive KPI rows. */
export interface KpiCellsWrite {
  readonly sheet: string;
  readonly top: number;
  readonly actualCol: number;
  readonly asOfCol: number;
  readonly rows: readonly (readonly [KpiCellWrite, KpiCellWrite])[];
  readonly outlookCol: number | null;
  readonly outlook: readonly KpiCellWrite[];
}

function readCell(value: CellValue | undefined, formula: string | null | undefined): KpiCellRead {
  if (typeof formula === 'string' && formula.startsWith('=')) return { formula };
  if (value === undefined || value === null || isCellError(value)) return null;
  return value;
}

export async function readKpiLatestCells(
  port: WorkbookPort,
  tables: readonly TableInfo[],
): Promise<KpiLatestCells | null> {
  const table = tables.find((t) => t.name.toLowerCase() === TABLE_NAMES.kpis.toLowerCase());
  if (!table) return null;
  const at = (h: string): number => table.headers.findIndex((x) => x.trim().toLowerCase() === h.toLowerCase());
  const [id, actual, asOf, outlook] = [at('ID'), at('Actual'), at('As of'), at('Outlook')];
  if (id < 0 || actual < 0 || asOf < 0) return null;
  const range = parseRangeAddress(table.range);
  if (range.bottom <= range.top) return null;
  const snap = await port.readRange(table.sheet, table.range);
  const body = snap.values.slice(1);
  const formulas = snap.formulas?.slice(1) ?? [];
  const cell = (r: number, c: number): KpiCellRead => readCell(body[r]?.[c], formulas[r]?.[c]);
  return {
    sheet: table.sheet,
    top: range.top + 1,
    actualCol: range.left + actual,
    asOfCol: range.left + asOf,
    outlookCol: outlook < 0 ? null : range.left + outlook,
    columns: {
      ids: body.map((row) => (typeof row[id] === 'string' || typeof row[id] === 'number' ? String(row[id]) : '')),
      actual: body.map((_, r) => cell(r, actual)),
      asOf: body.map((_, r) => cell(r, asOf)),
      ...(outlook < 0 ? {} : { outlook: body.map((_, r) => cell(r, outlook)) }),
    },
  };
}

/** The switch a check-in's rows need, as a write and the write that undoes it; null when none is needed. */
export function latestSwitchOf(
  cells: KpiLatestCells | null,
  rows: readonly HistoryRow[],
): { readonly carried: readonly HistoryRow[]; readonly write: KpiCellsWrite; readonly undo: KpiCellsWrite } | null {
  if (cells === null) return null;
  const plan = planLatestSwitch(cells.columns, rows);
  if (plan === null) return null;
  const block = (
    r: readonly (readonly [KpiCellWrite, KpiCellWrite])[],
    outlook: readonly KpiCellWrite[],
  ): KpiCellsWrite => ({
    sheet: cells.sheet,
    top: cells.top + plan.firstRow,
    actualCol: cells.actualCol,
    asOfCol: cells.asOfCol,
    rows: r,
    outlookCol: cells.outlookCol,
    outlook,
  });
  return {
    carried: plan.carried,
    write: block(plan.after, plan.outlookAfter),
    undo: block(plan.before, plan.outlookBefore),
  };
}

/** One block when Actual and As of sit side by side (as Rudder lays them out), else one per column. */
export function kpiCellBlocks(w: KpiCellsWrite): BlockWrite[] {
  const input = (c: KpiCellWrite): CellInput => c;
  const at = (col: number, rows: CellInput[][]): BlockWrite => ({
    sheet: w.sheet,
    topLeft: cellAddress(w.top, col),
    rows,
  });
  const blocks =
    w.asOfCol === w.actualCol + 1
      ? [
          at(
            w.actualCol,
            w.rows.map(([a, b]) => [input(a), input(b)]),
          ),
        ]
      : [
          at(
            w.actualCol,
            w.rows.map(([a]) => [input(a)]),
          ),
          at(
            w.asOfCol,
            w.rows.map(([, b]) => [input(b)]),
          ),
        ];
  if (w.outlookCol !== null && w.outlook.length > 0)
    blocks.push(
      at(
        w.outlookCol,
        w.outlook.map((o) => [input(o)]),
      ),
    );
  return blocks;
}

export async function writeKpiCells(port: WorkbookPort, w: KpiCellsWrite): Promise<void> {
  for (const block of kpiCellBlocks(w)) await port.writeBlock(block.sheet, block.topLeft, block.rows);
}
