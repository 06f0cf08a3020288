/**
 * Earlier history values a check-in replaces once the person has confirmed: each is written in place, in its
 * own row of RudderHistory (the rows around it are not rewritten), and Undo writes the old value and note back.
 */
import type { Replacement } from '../core/checkin';
import { cellAddress, parseRangeAddress } from '../core/grid/a1';
import { HISTORY_TABLE_NAME } from '../core/model';
import type { BlockWrite, TableData, TableInfo } from './port';

/** Where RudderHistory's Actual and Note columns sit (0-based sheet rows and columns). */
export interface HistoryCells {
  readonly sheet: string;
  /** The header row. */
  readonly top: number;
  readonly actualCol: number;
  readonly noteCol: number;
}

export function historyCellsOf(tables: readonly TableInfo[]): HistoryCells | null {
  const table = tables.find((t) => t.name.toLowerCase() === HISTORY_TABLE_NAME.toLowerCase());
  if (!table) return null;
  const at = (h: string): number => table.headers.findIndex((x) => x.trim().toLowerCase() === h.toLowerCase());
  if (at('Actual') < 0 || at('Note') < 0) return null;
  const range = parseRangeAddress(table.range);
  return { sheet: table.sheet, top: range.top, actualCol: range.left + at('Actual'), noteCol: range.left + at('Note') };
}

/** The cells to write for the replacements (`undo`: the cells as they were). */
export function replacementBlocks(
  place: HistoryCells,
  replacements: readonly Replacement[],
  undo = false,
): BlockWrite[] {
  return replacements.flatMap((r) => {
    const actual = {
      sheet: place.sheet,
      topLeft: cellAddress(r.row - 1, place.actualCol),
      rows: [[undo ? r.before : r.after]],
    };
    if (r.note === null) return [actual];
    const note = undo ? (r.noteBefore === '' ? null : r.noteBefore) : r.note;
    return [actual, { sheet: place.sheet, topLeft: cellAddress(r.row - 1, place.noteCol), rows: [[note]] }];
  });
}

/** Whether each replaced row still holds what the check-in wrote (nobody changed it since). */
export function replacementsStillThere(
  data: TableData,
  place: HistoryCells,
  replacements: readonly Replacement[],
): boolean {
  const range = parseRangeAddress(data.range);
  const actual = place.actualCol - range.left;
  return replacements.every((r) => data.rows[r.row - 1 - (range.top + 1)]?.[actual] === r.after);
}
