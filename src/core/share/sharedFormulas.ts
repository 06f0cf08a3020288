/**
 * Runs of cells that can be stored as one shared formula. A column of rewritten KPI formulas is
 * the same formula moved down one row at a time; a file can hold it once (`<f t="shared">`) and
 * every spreadsheet (Excel, LibreOffice, Google Sheets) moves it to each cell on reading. That keeps
 * an advisor copy of 100,000 KPIs at megabytes instead of half a gigabyte of repeated text.
 */
import { columnIndex, columnLetter } from '../grid/a1';
import { skipQuoted } from './formulaScan';

/** A cell reference: not part of a longer name, not a function call, not a sheet name. */
const CELL_REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(!])/y;
/** A whole-row or whole-column range (`2:2`, `A:C`): shareable in Excel but left alone here. */
const WHOLE_LINE = /(?:\$?\d+:\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(])/y;
/** A name, function, number or reference: letters, digits and the marks names may hold. */
const WORD = /[A-Za-z0-9_.\\$]+/y;
/** Text in a string that any reader might take for a cell reference when it moves the formula. */
const REF_LIKE_TEXT = /[A-Za-z]\$?\d/;
const HAS_DIGIT = /\d/;
const LAST_COLUMN = 16_383;

/** The reference at `i` in offset form, with the index past it; null when no reference starts there. */
function referenceAt(formula: string, i: number, row: number, col: number): { text: string; end: number } | null {
  CELL_REF.lastIndex = i;
  const m = CELL_REF.exec(formula);
  if (m === null) return null;
  const column = columnIndex(m[2]);
  if (column > LAST_COLUMN) return null;
  const r = Number(m[4]) - 1;
  const colPart = m[1] ? `C${column}` : `C[${column - col}]`;
  const rowPart = m[3] ? `R${r}` : `R[${r - row}]`;
  return { text: `${rowPart}${colPart}`, end: i + m[0].length };
}

/**
 * The formula with each relative reference written as an offset from the cell it sits in (0-based
 * `row`, `col`), so two cells whose formulas are one formula moved have the same form. Null when the
 * formula holds something this reading does not move safely (whole rows or columns, structured
 * references, arrays, strings that look like references).
 */
export function relativeForm(formula: string, row: number, col: number): string | null {
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(formula, i);
      if (ch === '"' && REF_LIKE_TEXT.test(formula.slice(i, end))) return null;
      i = end;
      continue;
    }
    if (ch === '[' || ch === '{') return null;
    WORD.lastIndex = i;
    const word = WORD.exec(formula);
    if (word === null) {
      i++;
      continue;
    }
    // A name without digits (IF, SUBSTITUTE, TRUE) is no reference and, unless a colon follows it, no whole-line range.
    if (!HAS_DIGIT.test(word[0]) && formula[i + word[0].length] !== ':') {
      i += word[0].length;
      continue;
    }
    WHOLE_LINE.lastIndex = i;
    if (WHOLE_LINE.test(formula)) return null;
    const ref = referenceAt(formula, i, row, col);
    if (ref === null) {
      i += word[0].length;
      continue;
    }
    parts.push(formula.slice(copied, i), ref.text);
    copied = i = ref.end;
  }
  parts.push(formula.slice(copied));
  return parts.join('');
}

/** A cell holding a formula, by 0-based position. */
export interface FormulaCell {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/** Cells of one column sharing the formula of the first of them. */
export interface SharedGroup {
  /** Index in the input list of the cell whose formula is stored (the group's top cell). */
  readonly master: number;
  /** Indexes of the other cells, which store only a pointer to the master. */
  readonly followers: readonly number[];
  /** From the master down to the last follower, e.g. `N2:N10001`; other formulas may sit between. */
  readonly ref: string;
}

/**
 * Groups formulas as they come, each column from its top row down: a cell whose formula is one
 * already seen in its column, moved, points to that cell; the others start a group. Only the forms
 * are kept, so a caller can let each rewritten formula go as soon as its cell is placed.
 */
export class SharedFormulaIndex<Id> {
  private readonly masters = new Map<string, Id>();

  /**
   * The cell whose formula this cell's moves (the top of its group); undefined when this cell is the
   * first of its form in its column (it becomes the group's top) or its formula cannot be shared.
   */
  masterOf(cell: FormulaCell, id: Id): Id | undefined {
    const form = relativeForm(cell.formula, cell.row, cell.col);
    if (form === null) return undefined;
    const key = `${cell.col}|${form}`;
    const master = this.masters.get(key);
    if (master === undefined) this.masters.set(key, id);
    return master;
  }
}

/**
 * Groups of two or more cells of one column whose formulas are one formula moved. A column whose
 * rows alternate between two forms (a rewrite for "higher" and one for "lower") gives two groups;
 * cells of the other group sit between a group's cells, as the file format allows.
 */
export function sharedFormulaGroups(cells: readonly FormulaCell[]): SharedGroup[] {
  const order = cells.map((_, k) => k).sort((a, b) => cells[a].col - cells[b].col || cells[a].row - cells[b].row);
  const index = new SharedFormulaIndex<number>();
  // Every cell that is no follower may be a group's top; those left without followers are dropped below.
  const byMaster = new Map<number, number[]>();
  for (const k of order) {
    const master = index.masterOf(cells[k], k);
    if (master === undefined) byMaster.set(k, []);
    else byMaster.get(master)?.push(k);
  }
  const groups: SharedGroup[] = [];
  for (const [master, followers] of byMaster) {
    if (followers.length === 0) continue;
    const top = cells[master];
    const letter = columnLetter(top.col);
    const bottom = cells[followers[followers.length - 1]].row;
    groups.push({ master, followers, ref: `${letter}${top.row + 1}:${letter}${bottom + 1}` });
  }
  return groups;
}
