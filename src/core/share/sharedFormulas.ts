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
/** Group tops per column tried before a formula is read in full (a KPI column alternates between a few). */
const RECENT_TOPS = 4;

/** A cell reference in a formula, 0-based, with the parts a `$` fixes. */
interface CellReference {
  readonly row: number;
  readonly col: number;
  readonly rowFixed: boolean;
  readonly colFixed: boolean;
}

/**
 * A formula cut at its cell references: `texts[k]` comes before the reference `refs[at[k]]`, and one
 * text after the last. Each reference is listed once however often the formula names it (a rewritten
 * KPI status names its seven cells some two hundred times).
 */
interface CutFormula {
  readonly texts: readonly string[];
  readonly refs: readonly CellReference[];
  readonly at: readonly number[];
}

/** The reference at `i`, with the index past it; null when no reference starts there. */
function referenceAt(formula: string, i: number): { ref: CellReference; end: number } | null {
  CELL_REF.lastIndex = i;
  const m = CELL_REF.exec(formula);
  if (m === null) return null;
  const col = columnIndex(m[2]);
  if (col > LAST_COLUMN) return null;
  return { ref: { row: Number(m[4]) - 1, col, rowFixed: m[3] !== '', colFixed: m[1] !== '' }, end: i + m[0].length };
}

/**
 * The formula cut at its cell references; null when it holds something this reading does not move
 * safely (whole rows or columns, structured references, arrays, strings that look like references).
 */
function cutAtReferences(formula: string): CutFormula | null {
  const texts: string[] = [];
  const refs: CellReference[] = [];
  const at: number[] = [];
  const seen = new Map<string, number>();
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
    const found = referenceAt(formula, i);
    if (found === null) {
      i += word[0].length;
      continue;
    }
    texts.push(formula.slice(copied, i));
    const { row, col, rowFixed, colFixed } = found.ref;
    const key = `${row}|${col}|${rowFixed}|${colFixed}`;
    let index = seen.get(key);
    if (index === undefined) {
      index = refs.push(found.ref) - 1;
      seen.set(key, index);
    }
    at.push(index);
    copied = i = found.end;
  }
  texts.push(formula.slice(copied));
  return { texts, refs, at };
}

function offsetText(ref: CellReference, row: number, col: number): string {
  const rowPart = ref.rowFixed ? `R${ref.row}` : `R[${ref.row - row}]`;
  const colPart = ref.colFixed ? `C${ref.col}` : `C[${ref.col - col}]`;
  return `${rowPart}${colPart}`;
}

/**
 * The formula with each relative reference written as an offset from the cell it sits in (0-based
 * `row`, `col`), so two cells whose formulas are one formula moved have the same form. Null when the
 * formula holds something this reading does not move safely (whole rows or columns, structured
 * references, arrays, strings that look like references).
 */
export function relativeForm(formula: string, row: number, col: number): string | null {
  const cut = cutAtReferences(formula);
  return cut && formOf(cut, row, col);
}

function formOf(cut: CutFormula, row: number, col: number): string {
  const offsets = cut.refs.map((ref) => offsetText(ref, row, col));
  const parts: string[] = [cut.texts[0]];
  cut.at.forEach((index, k) => parts.push(offsets[index], cut.texts[k + 1]));
  return parts.join('');
}

const LAST_ROW = 1_048_575;

/** The reference as written in a cell `rows` and `cols` away (relative parts move), or null past the sheet's edge. */
function movedText(ref: CellReference, rows: number, cols: number): string | null {
  const row = ref.rowFixed ? ref.row : ref.row + rows;
  const col = ref.colFixed ? ref.col : ref.col + cols;
  if (row < 0 || row > LAST_ROW || col < 0 || col > LAST_COLUMN) return null;
  return `${ref.colFixed ? '$' : ''}${columnLetter(col)}${ref.rowFixed ? '$' : ''}${row + 1}`;
}

/** The top cell of a group, with its formula cut at its references. */
interface GroupTop<Id> {
  readonly id: Id;
  readonly row: number;
  readonly col: number;
  readonly cut: CutFormula;
}

/**
 * Whether `formula` at (`row`, `col`) is the top's formula moved there, compared piece by piece in
 * place: a long rewritten formula need not be read name by name to be found equal to the one above.
 */
function isMovedCopy<Id>(top: GroupTop<Id>, formula: string, row: number, col: number): boolean {
  const { texts, refs, at: refAt } = top.cut;
  if (!formula.startsWith(texts[0])) return false;
  const moved: string[] = [];
  for (const ref of refs) {
    const text = movedText(ref, row - top.row, col - top.col);
    if (text === null) return false;
    moved.push(text);
  }
  let at = 0;
  for (let k = 0; k < refAt.length; k++) {
    if (!formula.startsWith(texts[k], at)) return false;
    at += texts[k].length;
    if (!formula.startsWith(moved[refAt[k]], at)) return false;
    at += moved[refAt[k]].length;
  }
  const last = texts[refAt.length];
  return formula.length === at + last.length && formula.startsWith(last, at);
}

/** A cell holding a formula, by 0-based position. */
export interface FormulaCell {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/**
 * Groups formulas as they come, each column from its top row down: a cell whose formula is one
 * already seen in its column, moved, points to that cell; the others start a group. Only the forms
 * are kept, so a caller can let each rewritten formula go as soon as its cell is placed.
 */
export class SharedFormulaIndex<Id> {
  private readonly masters = new Map<string, Id>();
  /** Each column's latest group tops, tried first: most cells are the formula of one of them moved. */
  private readonly recentTops = new Map<number, GroupTop<Id>[]>();

  /**
   * The cell whose formula this cell's moves (the top of its group); undefined when this cell is the
   * first of its form in its column (it becomes the group's top) or its formula cannot be shared.
   */
  masterOf(cell: FormulaCell, id: Id): Id | undefined {
    const tops = this.recentTops.get(cell.col) ?? [];
    for (const top of tops) if (isMovedCopy(top, cell.formula, cell.row, cell.col)) return top.id;
    const cut = cutAtReferences(cell.formula);
    if (cut === null) return undefined;
    const key = `${cell.col}|${formOf(cut, cell.row, cell.col)}`;
    const master = this.masters.get(key);
    if (master !== undefined) return master;
    this.masters.set(key, id);
    this.recentTops.set(cell.col, [{ id, row: cell.row, col: cell.col, cut }, ...tops.slice(0, RECENT_TOPS - 1)]);
    return undefined;
  }
}
