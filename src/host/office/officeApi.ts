/**
 * The small part of Office.js the adapter uses, as structural types. The real `Excel` and
 * `Office` globals satisfy them (checked in `officeGlobals.ts`), and so does the test fake;
 * nothing here touches a global, so importing the adapter is safe anywhere. Every part has a
 * named interface, listed in `OFFICE_TYPE_NAMES` with the Office.js type it stands for, so a
 * test can tell which Office.js member each call in the adapter reaches (README, requirement sets).
 */

export type LoadArg = string | string[];

export interface OfficeRange {
  load(properties: LoadArg): OfficeRange;
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: unknown[][];
  clear(applyTo?: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void;
  select(): void;
  readonly conditionalFormats: OfficeConditionalFormats;
  readonly dataValidation: OfficeDataValidation;
  readonly format: OfficeRangeFormat;
}

export interface OfficeRangeFormat {
  columnWidth: number;
}

export interface OfficeConditionalFormats {
  add(type: 'ContainsText' | 'CellValue'): OfficeConditionalFormat;
  clearAll(): void;
}

export interface OfficeConditionalFill {
  color: string;
}

export interface OfficeConditionalFont {
  color: string;
}

export interface OfficeFillFont {
  readonly fill: OfficeConditionalFill;
  readonly font: OfficeConditionalFont;
}

export interface OfficeCellValueConditionalFormat {
  readonly format: OfficeFillFont;
  rule: { formula1: string; formula2?: string; operator: string };
}

export interface OfficeTextConditionalFormat {
  readonly format: OfficeFillFont;
  rule: { operator: string; text: string };
}

export interface OfficeConditionalFormat {
  readonly cellValue: OfficeCellValueConditionalFormat;
  readonly textComparison: OfficeTextConditionalFormat;
}

export interface OfficeDataValidation {
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
  clear(): void;
}

export interface OfficeWorksheet {
  load(properties: LoadArg): OfficeWorksheet;
  readonly name: string;
  readonly visibility: string;
  readonly isNullObject: boolean;
  getRange(address?: string): OfficeRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): OfficeRange;
  readonly freezePanes: OfficeFreezePanes;
  activate(): void;
  delete(): void;
}

export interface OfficeFreezePanes {
  freezeRows(count?: number): void;
  unfreeze(): void;
}

export interface OfficeWorksheets {
  load(properties: LoadArg): OfficeWorksheets;
  readonly items: OfficeWorksheet[];
  getItemOrNullObject(key: string): OfficeWorksheet;
  add(name?: string): OfficeWorksheet;
}

export interface OfficeTable {
  load(properties: LoadArg): OfficeTable;
  name: string;
  readonly worksheet: OfficeWorksheet;
  getRange(): OfficeRange;
  getHeaderRowRange(): OfficeRange;
  getDataBodyRange(): OfficeRange;
  resize(newRange: string): void;
}

export interface OfficeTables {
  load(properties: LoadArg): OfficeTables;
  readonly items: OfficeTable[];
  getItem(key: string): OfficeTable;
  add(address: string, hasHeaders: boolean): OfficeTable;
}

/** A workbook name (`Excel.NamedItem`, ExcelApi 1.4 for add/delete/comment, 1.7 for formula). */
export interface OfficeNamedItem {
  load(properties: LoadArg): OfficeNamedItem;
  readonly name: string;
  readonly formula: unknown;
  readonly comment: string;
  readonly value: unknown;
  readonly isNullObject: boolean;
  delete(): void;
}

export interface OfficeNamedItems {
  load(properties: LoadArg): OfficeNamedItems;
  readonly items: OfficeNamedItem[];
  add(name: string, reference: string, comment?: string): OfficeNamedItem;
  getItemOrNullObject(name: string): OfficeNamedItem;
}

/** `Excel.CultureInfo` (ExcelApi 1.11): the system culture Excel reads typed dates and numbers by. */
export interface OfficeCultureInfo {
  load(properties: LoadArg): OfficeCultureInfo;
  readonly name: string;
}

/** `Excel.Application`: only its culture is read. */
export interface OfficeApplication {
  readonly cultureInfo: OfficeCultureInfo;
}

export interface OfficeWorkbookObject {
  readonly application: OfficeApplication;
  readonly worksheets: OfficeWorksheets;
  readonly tables: OfficeTables;
  /** The workbook-level names (sheet-level ones live on each worksheet). */
  readonly names: OfficeNamedItems;
  getSelectedRange(): OfficeRange;
}

export interface OfficeRequestContext {
  readonly workbook: OfficeWorkbookObject;
  sync(): Promise<void>;
}

/** `Excel`: only `run` is used (enum values are passed as their string forms). */
export interface ExcelLike {
  run<T>(batch: (context: OfficeRequestContext) => Promise<T>): Promise<T>;
}

export interface OfficeAsyncResult {
  /** `"succeeded"` or `"failed"` at run time (typed as an enum by @types/office-js). */
  readonly status: unknown;
  readonly error?: { readonly message: string };
}

/** `Office.context.document.settings`: the document's own key/value store. */
export interface OfficeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(options?: { readonly overwriteIfStale?: boolean }, callback?: (result: OfficeAsyncResult) => void): void;
}

/** `Office.context.requirements`: which requirement sets this Excel has. */
export interface OfficeRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface OfficeHost {
  readonly excel: ExcelLike;
  readonly settings: OfficeSettings;
  /** Asked before any call above the manifest's declared sets (`requirementSets.ts`). */
  readonly requirements: OfficeRequirements;
  /** Words for the status line, e.g. "Excel on the web". @default "Excel" */
  readonly label?: string;
  /**
   * Whether this Excel evaluates LAMBDA, when the caller already knows. No requirement set
   * tells, so otherwise the adapter finds out with a probe name the first time it adds names.
   */
  readonly supportsLambda?: boolean;
}

/** Each structural type above and the Office.js type it stands for (as @types/office-js names it). */
export const OFFICE_TYPE_NAMES = {
  ExcelLike: 'Excel',
  OfficeRequestContext: 'Excel.RequestContext',
  OfficeWorkbookObject: 'Excel.Workbook',
  OfficeApplication: 'Excel.Application',
  OfficeCultureInfo: 'Excel.CultureInfo',
  OfficeWorksheets: 'Excel.WorksheetCollection',
  OfficeWorksheet: 'Excel.Worksheet',
  OfficeFreezePanes: 'Excel.WorksheetFreezePanes',
  OfficeRange: 'Excel.Range',
  OfficeRangeFormat: 'Excel.RangeFormat',
  OfficeConditionalFormats: 'Excel.ConditionalFormatCollection',
  OfficeConditionalFormat: 'Excel.ConditionalFormat',
  OfficeCellValueConditionalFormat: 'Excel.CellValueConditionalFormat',
  OfficeTextConditionalFormat: 'Excel.TextConditionalFormat',
  OfficeFillFont: 'Excel.ConditionalRangeFormat',
  OfficeConditionalFill: 'Excel.ConditionalRangeFill',
  OfficeConditionalFont: 'Excel.ConditionalRangeFont',
  OfficeDataValidation: 'Excel.DataValidation',
  OfficeTables: 'Excel.TableCollection',
  OfficeTable: 'Excel.Table',
  OfficeNamedItems: 'Excel.NamedItemCollection',
  OfficeNamedItem: 'Excel.NamedItem',
  OfficeSettings: 'Office.Settings',
  OfficeAsyncResult: 'Office.AsyncResult',
  OfficeRequirements: 'Office.RequirementSetSupport',
} as const;
