/**
 * The rows of a large sheet, taken out of ExcelJS before it saves and kept as compressed sheet XML. ExcelJS
 * builds every row of every sheet as objects, then as text, then zips it all in memory: for a 100,000-row
 * RudderGoals table and the sheet it came from, that took more than twice the memory of the rest of the run.
 * `bulkSheetSplice.ts` puts the rows back into the package ExcelJS wrote. Node only.
 *
 * Only what this writer renders as ExcelJS would is taken: values, dates, formulas with their saved results
 * (shared formulas too, see `bulkSharedFormulas.ts`), and cells whose style a cell of the rows ExcelJS keeps
 * also has (the style index is ExcelJS's, read from its output). Anything else (rich text, links, array
 * formulas, merges, notes, row heights or styles, a style the kept rows do not show) leaves the sheet to
 * ExcelJS whole.
 */
import { constants, deflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import { WorkbookError } from '../errors';
import { SharedFormulaGroups, widenKeptMasters } from './bulkSharedFormulas';

/** Rows ExcelJS keeps and writes itself: the header and the first body row, whose cells carry each style. */
export const ROWS_EXCELJS_WRITES = 2;

/** Rows of text compressed at a time: each part is deflated alone, so only one part's text is held. */
const PART_CHARS = 1 << 16;

/** Placed where a cell's style index goes until ExcelJS has numbered the styles; `"` never occurs in cell text. */
const STYLE_MARK = ' s="#';

export interface DetachedRows {
  /** ExcelJS's worksheet id: it writes the sheet as `xl/worksheets/sheet{id}.xml`. */
  readonly sheetId: number;
  /** Deflated parts of the `<row>` elements, each ended with a sync flush so they join into one stream. */
  readonly parts: readonly Uint8Array[];
  /** For each style mark number, the address of a kept cell ExcelJS writes with that style. */
  readonly styleCarriers: readonly string[];
  /** For each shared formula mark, the master ExcelJS writes (its `si` is read from its output), or null for one here. */
  readonly sharedMasters: readonly (string | null)[];
  /** The last row and column (1-based) the rows reach. */
  readonly bottom: number;
  readonly right: number;
  readonly left: number;
}

interface CellModel {
  readonly address: string;
  readonly type: ExcelJS.ValueType;
  readonly value?: unknown;
  readonly formula?: string;
  readonly result?: unknown;
  readonly shareType?: string;
  readonly sharedFormula?: string;
  readonly ref?: string;
  readonly comment?: unknown;
  readonly style?: Partial<ExcelJS.Style>;
}

interface RowModel {
  readonly cells: readonly CellModel[];
  readonly number: number;
  readonly min: number;
  readonly max: number;
  readonly height?: number;
  readonly hidden?: boolean;
  readonly outlineLevel?: number;
  readonly collapsed?: boolean;
  readonly style?: Partial<ExcelJS.Style>;
}

/** ExcelJS keeps a sheet's rows in `_rows` (0-based); no public call drops trailing rows. */
function rowsOf(ws: ExcelJS.Worksheet): (ExcelJS.Row | undefined)[] {
  return (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
}

function rowModel(row: ExcelJS.Row | undefined): RowModel | null {
  return row === undefined ? null : ((row as unknown as { model: RowModel | null }).model ?? null);
}

function isEmptyStyle(style: Partial<ExcelJS.Style> | undefined): boolean {
  return style === undefined || Object.values(style).every((v) => v === undefined);
}

/**
 * What decides the style index ExcelJS gives a cell: its style, and for a date without a number format its type
 * (ExcelJS gives it a date format). '' for the default style, which ExcelJS writes without an index.
 */
class StyleKeys {
  /** Cells read from a file share one style object per style: each is turned into text once. */
  private readonly known = new WeakMap<object, string>();

  of(cell: CellModel): string {
    const date = cell.type === ExcelJS.ValueType.Date;
    const style = cell.style;
    if (style === undefined || isEmptyStyle(style)) return date ? 'date:' : '';
    let key = this.known.get(style);
    if (key === undefined) {
      key = JSON.stringify(style);
      this.known.set(style, key);
    }
    return date && style.numFmt === undefined ? `date:${key}` : key;
  }
}

function isPlainRow(row: RowModel): boolean {
  return !row.height && !row.hidden && !row.outlineLevel && !row.collapsed && isEmptyStyle(row.style);
}

/** Text as XML character data: markup escaped, and the control characters XML cannot hold dropped, as ExcelJS does. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      default:
        return '';
    }
  });
}

function numberText(value: unknown): string | null {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

function errorCode(value: unknown): string | null {
  return value !== null && typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string'
    ? (value as { error: string }).error
    : null;
}

/**
 * A formula with its saved result, as ExcelJS writes it; null for a result or formula this writer does not
 * render. A cell pointing to a shared formula's master holds no formula text of its own.
 */
function formulaXml(cell: CellModel, open: string, shared: SharedFormulaGroups): string | null {
  if (cell.shareType !== undefined && cell.shareType !== 'shared') return null;
  if (cell.shareType === undefined && cell.ref !== undefined) return null;
  const attributes = shared.attributes(cell);
  let f: string;
  if (SharedFormulaGroups.isDependent(cell)) f = `<f${attributes}/>`;
  else if (typeof cell.formula === 'string') f = `<f${attributes}>${xmlText(cell.formula)}</f>`;
  else return null;
  const result = cell.result;
  if (result === null || result === undefined) return `${open}>${f}</c>`;
  if (typeof result === 'string') return `${open} t="str">${f}<v>${xmlText(result)}</v></c>`;
  if (typeof result === 'boolean') return `${open} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  const n = numberText(result);
  if (n !== null) return `${open}>${f}<v>${n}</v></c>`;
  const code = errorCode(result);
  return code === null ? null : `${open} t="e">${f}<v>${xmlText(code)}</v></c>`;
}

/** A date as Excel's serial number, as ExcelJS writes it. */
function serialOf(value: unknown, date1904: boolean): string | null {
  if (!(value instanceof Date)) return null;
  return numberText(25569 + value.getTime() / 86_400_000 - (date1904 ? 1462 : 0));
}

/** One cell's XML with its style mark, '' for a cell ExcelJS would not write, null for one left to ExcelJS. */
function cellXml(cell: CellModel, styleMark: string, date1904: boolean, shared: SharedFormulaGroups): string | null {
  if (cell.comment !== undefined) return null;
  const open = `<c r="${cell.address}"${styleMark}`;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
      return styleMark === '' ? '' : `${open}/>`;
    case ExcelJS.ValueType.Number: {
      const n = numberText(cell.value);
      return n === null ? null : `${open}><v>${n}</v></c>`;
    }
    case ExcelJS.ValueType.String:
      // ExcelJS reads an empty inline string as no cell at all: such a sheet stays with ExcelJS.
      return typeof cell.value === 'string' && cell.value !== ''
        ? `${open} t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.value)}</t></is></c>`
        : null;
    case ExcelJS.ValueType.Date: {
      const serial = serialOf(cell.value, date1904);
      return serial === null ? null : `${open}><v>${serial}</v></c>`;
    }
    case ExcelJS.ValueType.Boolean:
      return `${open} t="b"><v>${cell.value ? 1 : 0}</v></c>`;
    case ExcelJS.ValueType.Error: {
      const code = errorCode(cell.value);
      return code === null ? null : `${open} t="e"><v>${xmlText(code)}</v></c>`;
    }
    case ExcelJS.ValueType.Formula:
      return formulaXml(cell, open, shared);
    default:
      return null;
  }
}

/** The styles of the kept rows' cells, each with the address of a cell ExcelJS writes with it. */
function styleCarriersOf(rows: readonly (ExcelJS.Row | undefined)[], keys: StyleKeys): Map<string, string> {
  const carriers = new Map<string, string>();
  for (const row of rows.slice(0, ROWS_EXCELJS_WRITES)) {
    for (const cell of rowModel(row)?.cells ?? []) {
      const key = keys.of(cell);
      if (key !== '' && !carriers.has(key)) carriers.set(key, cell.address);
    }
  }
  return carriers;
}

function deflatePart(text: string): Uint8Array {
  return deflateRawSync(Buffer.from(text, 'utf8'), { finishFlush: constants.Z_SYNC_FLUSH });
}

/** Turns rows into XML with style marks, numbering each style the first time a row uses it. */
class RowWriter {
  private readonly keys = new StyleKeys();
  private readonly carriers: Map<string, string>;
  readonly marks = new Map<string, number>();

  constructor(
    rows: readonly (ExcelJS.Row | undefined)[],
    private readonly date1904: boolean,
    private readonly shared: SharedFormulaGroups,
  ) {
    this.carriers = styleCarriersOf(rows, this.keys);
  }

  /** The row's XML; null when a cell or the row itself is not one this writer renders as ExcelJS would. */
  xml(row: RowModel): string | null {
    if (!isPlainRow(row)) return null;
    let xml = `<row r="${row.number}"${row.min > 0 && row.max >= row.min ? ` spans="${row.min}:${row.max}"` : ''}>`;
    for (const cell of row.cells) {
      const key = this.keys.of(cell);
      let mark = '';
      if (key !== '') {
        if (!this.carriers.has(key)) return null;
        if (!this.marks.has(key)) this.marks.set(key, this.marks.size);
        mark = `${STYLE_MARK}${this.marks.get(key)}"`;
      }
      const c = cellXml(cell, mark, this.date1904, this.shared);
      if (c === null) return null;
      xml += c;
    }
    return `${xml}</row>`;
  }

  /** For each style mark, the address of the kept cell ExcelJS writes with that style. */
  styleCarriers(): string[] {
    return [...this.marks.keys()].map((key) => this.carriers.get(key) as string);
  }
}

/**
 * The first pass, made before any row is let go: the sheet's shared formula groups, and whether every row past
 * the kept ones renders; null when one does not (or a group lacks its master).
 */
function checkedGroups(ws: ExcelJS.Worksheet, rows: readonly (ExcelJS.Row | undefined)[]): SharedFormulaGroups | null {
  const date1904 = ws.workbook.properties.date1904 === true;
  const groups = new SharedFormulaGroups(ROWS_EXCELJS_WRITES);
  const writer = new RowWriter(rows, date1904, groups);
  for (let i = 0; i < rows.length; i++) {
    const row = rowModel(rows[i]);
    if (row === null) continue;
    for (const cell of row.cells) if (!groups.note(cell)) return null;
    if (i >= ROWS_EXCELJS_WRITES && writer.xml(row) === null) return null;
  }
  return groups.complete(ws) ? groups : null;
}

/**
 * Renders the sheet's rows after the ones ExcelJS keeps; null when some row or cell is not one this writer
 * renders as ExcelJS would (the sheet is then left to ExcelJS whole), or when there is nothing to take. With
 * `release`, each row is let go once rendered (all were checked first), so the memory of the rows already
 * rendered serves the ones still to come.
 */
function renderRows(
  ws: ExcelJS.Worksheet,
  release: boolean,
): { readonly rendered: Omit<DetachedRows, 'sheetId'>; readonly groups: SharedFormulaGroups } | null {
  const rows = rowsOf(ws);
  if (rows.length <= ROWS_EXCELJS_WRITES) return null;
  const date1904 = ws.workbook.properties.date1904 === true;
  const groups = checkedGroups(ws, rows);
  if (groups === null) return null;
  const writer = new RowWriter(rows, date1904, groups);
  const parts: Uint8Array[] = [];
  let text = '';
  let bottom = 0;
  let left = Number.MAX_SAFE_INTEGER;
  let right = 0;
  for (let i = ROWS_EXCELJS_WRITES; i < rows.length; i++) {
    const row = rowModel(rows[i]);
    if (row === null) continue;
    const xml = writer.xml(row);
    if (xml === null) {
      if (release)
        throw new WorkbookError(
          `Could not write the sheet ${ws.name}: a row changed while it was saved.`,
          'write-failed',
        );
      return null;
    }
    if (release) rows[i] = undefined;
    text += xml;
    bottom = row.number;
    if (row.cells.length > 0) {
      left = Math.min(left, row.min);
      right = Math.max(right, row.max);
    }
    if (text.length >= PART_CHARS) {
      parts.push(deflatePart(text));
      text = '';
    }
  }
  if (bottom === 0) return null;
  if (text !== '') parts.push(deflatePart(text));
  const rendered = {
    parts,
    styleCarriers: writer.styleCarriers(),
    sharedMasters: groups.marks(),
    bottom,
    left: right === 0 ? 1 : left,
    right,
  };
  return { rendered, groups };
}

/**
 * Takes the rows past the first two out of the sheet, rendered and compressed, for `spliceDetachedRows` to put
 * into the package ExcelJS writes without them. With `keep`, `restore` puts the rows back into the sheet
 * afterwards; without it (the last save of the workbook) they are let go, so their memory is free for ExcelJS's
 * save, and `restore` does nothing. Null (and the sheet untouched) when ExcelJS must write the sheet itself.
 */
export function detachRows(
  ws: ExcelJS.Worksheet,
  keep: boolean,
): { readonly detached: DetachedRows; readonly restore: () => void } | null {
  const done = renderRows(ws, !keep);
  if (done === null) return null;
  const rows = rowsOf(ws);
  const taken = keep ? rows.slice(ROWS_EXCELJS_WRITES) : [];
  rows.length = ROWS_EXCELJS_WRITES;
  const unwiden = widenKeptMasters(ws, done.groups);
  return {
    detached: { ...done.rendered, sheetId: ws.id },
    restore: () => {
      unwiden();
      for (let i = 0; i < taken.length; i++) rows[ROWS_EXCELJS_WRITES + i] = taken[i];
    },
  };
}
