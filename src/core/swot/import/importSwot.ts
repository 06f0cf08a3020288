/** Finding SWOT items in sheets of any common layout: the one entry point of the importer. */
import type { SheetSnapshot } from '../../grid/types';
import { SWOT_MESSAGES } from '../messages';
import type { SwotQuadrant, TowsType } from '../types';
import { readCategoryTables } from './categoryTable';
import { readQuadrantSheet, sheetQuadrant } from './quadrantSheet';
import { findTitles, readTitleRegions } from './regions';
import { ImportCollector } from './collect';
import { SheetView, type RawItem } from './sheet';
import { readPairingSheet, sheetPairing } from './strategies';
import { readTowsMatrix } from './towsMatrix';

export interface ImportedSwotItem {
  readonly quadrant: SwotQuadrant;
  readonly text: string;
  readonly sheet: string;
  /** A1 address of the cell the item came from; items split from one list cell share it. */
  readonly cell: string;
  /** The company, competitor or product the item is about, when the sheet has such a column. */
  readonly entity?: string;
  /** 1-5, when the sheet has an impact column. */
  readonly impact?: number;
}

/**
 * A strategy or countermeasure written beside the items (a TOWS cross-strategy, a measure under an item,
 * "item -> measure"): bound for `RudderTOWS`, never an item.
 */
export interface ImportedSwotStrategy {
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
  /** The TOWS pairing when the sheet says it (an SO column, a strength's countermeasure against nothing named is null). */
  readonly type: TowsType | null;
  /** The items it answers, as `Sheet!A1` of each item's cell. */
  readonly from: readonly string[];
}

export interface SwotImportResult {
  readonly items: readonly ImportedSwotItem[];
  readonly strategies: readonly ImportedSwotStrategy[];
  readonly warnings: readonly string[];
}

/** The `rudder swot import` JSON document (DESIGN §5). */
export interface SwotImportJson {
  readonly items: readonly { quadrant: SwotQuadrant; text: string; sheet: string; cell: string }[];
  /** Countermeasures and cross-strategies: `from` names the items' cells (`Sheet!A1`) they answer. */
  readonly strategies: readonly {
    type: TowsType | null;
    text: string;
    sheet: string;
    cell: string;
    from: readonly string[];
  }[];
}

/** True when the sheet names a quadrant other than `quadrant` somewhere: then its name is no guide. */
function mentionsOtherQuadrant(view: SheetView, quadrant: SwotQuadrant): boolean {
  for (let r = 0; r < view.rowCount; r++) {
    for (let c = 0; c < view.colCount; c++) {
      const q = view.quadrantAt(r, c);
      if (q !== null && !q.weak && q.quadrant !== quadrant) return true;
    }
  }
  return false;
}

function readSheet(view: SheetView, warnings: string[]): RawItem[] {
  const raw: RawItem[] = [];
  const named = sheetQuadrant(view.name);
  const pairing = sheetPairing(view.name);
  // A sheet called "Risks" may still hold a whole SWOT table: its cells outrank its name.
  if (pairing !== null && findTitles(view).length === 0) {
    readPairingSheet(view, pairing, raw);
  } else if (named !== null && !mentionsOtherQuadrant(view, named)) {
    readQuadrantSheet(view, named, raw, warnings);
  } else if (!readTowsMatrix(view, raw)) {
    // Category tables first: their label column would otherwise read as a stack of titles.
    readCategoryTables(view, raw, warnings);
    readTitleRegions(view, raw, warnings);
  }
  for (const [key, code] of view.errorCells) {
    const row = Math.floor(key / view.colCount);
    warnings.push(SWOT_MESSAGES.importErrorCell(view.name, view.address(row, key % view.colCount), code));
  }
  return raw.sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * Reads SWOT items from sheets laid out as a table with a category column, a column per
 * quadrant (with or without a company column), a 2x2 grid with titles in several languages,
 * one sheet per quadrant, or lists inside cells. Headers, titles, axis labels and blanks are
 * never items; error cells are skipped with a warning; an item repeated for the same entity
 * (or with no entity) in the same quadrant is kept once, with a warning.
 */
export function importSwot(sheets: readonly SheetSnapshot[]): SwotImportResult {
  const collector = new ImportCollector();
  for (const snapshot of sheets) {
    const view = new SheetView(snapshot);
    for (const raw of readSheet(view, collector.warnings))
      collector.add(snapshot.name, view.address(raw.row, raw.col), raw, view);
  }
  return collector.result(sheets.map((s) => s.name).join(', ') || 'the workbook');
}

/** The import result in the shape `rudder swot import --json` prints. */
export function toSwotImportJson(result: SwotImportResult): SwotImportJson {
  return {
    items: result.items.map(({ quadrant, text, sheet, cell }) => ({ quadrant, text, sheet, cell })),
    strategies: result.strategies.map(({ type, text, sheet, cell, from }) => ({ type, text, sheet, cell, from })),
  };
}
