/** The ExcelJS adapter for the CLI: open a file, work on it in memory, save a new file. */
import ExcelJS from 'exceljs';
import { WorkbookError } from '../errors';
import { spliceDetachedRows } from './bulkSheetSplice';
import { detachRows } from './bulkSheetRows';
import { checkWorkbookSignature, loadWorkbookBytes } from './bytes';
import { readNoteOf } from './cellsOnly';
import { dropRangeName, rangeNames, readFormulaNames, type StoredName } from './definedNames';
import { readWorkbookFileBytes } from './open';
import { DEFAULT_LIMITS, guardPackage, type WorkbookLimits } from './guards';
import { workbookXml, worksheetExtents } from './preflight';
import { refuseInputAsOutput, writeOutputFile } from './safeWrite';
import { isSettingsSheet } from './settingsSheet';
import { XlsxWorkbook, type XlsxWorkbookOptions } from './xlsxWorkbook';

export { XlsxWorkbook, usedRef } from './xlsxWorkbook';
export type { XlsxWorkbookOptions } from './xlsxWorkbook';
export { DEFAULT_LIMITS, type WorkbookLimits } from './guards';

/**
 * Rows per sheet the CLI reads by default. Above it a file is refused with a `too-large` error
 * instead of taking minutes and gigabytes in ExcelJS; Rudder's tables are far smaller, and the
 * budgets (DESIGN §7) are measured up to 100,000 rows. The other limits are in `guards.ts`.
 */
export const XLSX_MAX_ROWS = DEFAULT_LIMITS.maxRows;

export interface OpenOptions {
  /** Rows per sheet above which the file is refused (`--max-rows`). */
  readonly maxRows?: number;
  /** The locale text dates such as 03/04/2027 are read by (`--locale`, e.g. en-US). */
  readonly locale?: string;
}

function limitsOf(options: OpenOptions): WorkbookLimits {
  return options.maxRows === undefined ? DEFAULT_LIMITS : { ...DEFAULT_LIMITS, maxRows: options.maxRows };
}

function localeOf(options: OpenOptions): { locale?: string } {
  return options.locale === undefined ? {} : { locale: options.locale };
}

function tooLarge(path: string, rows: number, maxRows: number): WorkbookError {
  return new WorkbookError(
    `${path} has a sheet with ${rows.toLocaleString('en-US')} rows; Rudder reads at most ${maxRows.toLocaleString('en-US')} rows per sheet (--max-rows changes it). Copy the part you need to a new workbook and try again.`,
    'too-large',
  );
}

/** Checks what ExcelJS produced: at least one sheet, none too long (a sparse sheet passes the row count). */
function checkLoaded(workbook: ExcelJS.Workbook, path: string, maxRows: number): void {
  const sheets = workbook.worksheets.filter((s) => !isSettingsSheet(s));
  if (sheets.length === 0) throw new WorkbookError(`${path} has no sheets: there is nothing to read.`, 'empty');
  for (const s of sheets) if (s.rowCount > maxRows) throw tooLarge(path, s.rowCount, maxRows);
}

/** The file's formula names that ExcelJS left out or misread (it keeps range names only). */
function formulaNamesOf(bytes: Uint8Array, workbook: ExcelJS.Workbook): StoredName[] {
  const names = readFormulaNames(workbookXml(bytes), rangeNames(workbook));
  // A formula ExcelJS misread as a range must not be written back as that range.
  for (const n of names) dropRangeName(workbook, n.name);
  return names;
}

/**
 * Opens an .xlsx file for reading and writing a copy; the file itself is never written. The size
 * guards run first, so a zip bomb or a sheet over the limits is refused before ExcelJS parses it.
 */
export async function openXlsxPort(path: string, options: OpenOptions = {}): Promise<XlsxFilePort> {
  const bytes = await readWorkbookFileBytes(path);
  return openGuarded(bytes, path, { inputPath: path, ...localeOf(options) }, limitsOf(options));
}

/** Reads a workbook from bytes (uploads, tests) with the same checks as a file. */
export async function openXlsxBytes(
  bytes: Uint8Array,
  name = 'workbook.xlsx',
  options: OpenOptions = {},
): Promise<XlsxFilePort> {
  return openGuarded(bytes, name, { label: `File ${name}`, ...localeOf(options) }, limitsOf(options));
}

async function openGuarded(
  bytes: Uint8Array,
  name: string,
  portOptions: XlsxWorkbookOptions,
  limits: WorkbookLimits,
): Promise<XlsxFilePort> {
  checkWorkbookSignature(bytes, name);
  // A declared extent refuses a huge sheet without inflating it; the guards count the rest.
  for (const extent of worksheetExtents(bytes))
    if (extent.lastRow !== null && extent.lastRow > limits.maxRows)
      throw tooLarge(name, extent.lastRow, limits.maxRows);
  const counts = await guardPackage(bytes, name, limits);
  // Whole-column validation rules would take ExcelJS seconds to expand; they are not needed to read cells.
  const skipValidations = counts.hugeValidationParts.length > 0;
  const workbook = await loadWorkbookBytes(bytes, name, { skipValidations });
  checkLoaded(workbook, name, limits.maxRows);
  return new XlsxFilePort(workbook, { ...portOptions, formulaNames: formulaNamesOf(bytes, workbook) });
}

/** A new workbook with one empty sheet, for writing files from scratch. */
export function createXlsxPort(firstSheet = 'Sheet1'): XlsxFilePort {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(firstSheet);
  return new XlsxFilePort(workbook);
}

export interface ToBytesOptions {
  /**
   * The workbook is not read again after this: the rows of plain sheets are written apart from ExcelJS and let
   * go as they are written (see `saveAs`).
   */
  readonly lastUse?: boolean;
  /** Quick compression: less writing time for a somewhat larger file. */
  readonly quick?: boolean;
}

export class XlsxFilePort extends XlsxWorkbook {
  constructor(
    workbook: ExcelJS.Workbook,
    private readonly fileOptions: XlsxWorkbookOptions = {},
  ) {
    super(workbook, fileOptions);
  }

  /** The plain line saying what was skipped when the file could only be read cell by cell, else null. */
  get readNote(): string | null {
    return readNoteOf(this.workbook);
  }

  /** The workbook as .xlsx bytes; with `lastUse`, the workbook's rows are let go as they are written. */
  async toBytes(options: ToBytesOptions = {}): Promise<Uint8Array> {
    if (options.lastUse === true) return this.bytesWithRowsApart(false, options.quick === true);
    return this.excelJsBytes(options.quick === true);
  }

  private async excelJsBytes(quick: boolean): Promise<Uint8Array> {
    const written = await this.workbook.xlsx.writeBuffer(
      quick ? { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } : {},
    );
    return new Uint8Array(written);
  }

  /**
   * Writes a new file whole or not at all; refuses the path it was opened from, so the input is never modified.
   * The rows of plain sheets (values, dates and formulas in styles the sheet's first two rows also show) are
   * written apart from ExcelJS, see `bulkSheetRows.ts`. With `lastUse`, the workbook is not read again after
   * this save: those rows are let go as they are written, which keeps a 100,000-row structure run within budget.
   */
  async saveAs(outPath: string, options: { readonly lastUse?: boolean } = {}): Promise<void> {
    const inputPath = this.fileOptions.inputPath;
    if (inputPath !== undefined) await refuseInputAsOutput(inputPath, outPath);
    await writeOutputFile(outPath, await this.bytesWithRowsApart(options.lastUse !== true), { inputPath });
  }

  /** The package, with the rows of every sheet that allows it taken out of ExcelJS's save and put back after. */
  private async bytesWithRowsApart(keepRows: boolean, quick = false): Promise<Uint8Array> {
    const taken = this.workbook.worksheets.map((ws) => detachRows(ws, keepRows)).filter((t) => t !== null);
    let bytes: Uint8Array;
    try {
      bytes = await this.excelJsBytes(quick);
    } finally {
      for (const t of taken) t.restore();
    }
    return spliceDetachedRows(
      bytes,
      taken.map((t) => t.detached),
    );
  }
}
