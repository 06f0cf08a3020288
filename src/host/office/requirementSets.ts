/**
 * Which Office.js requirement set each API used by the Office adapter and the ribbon commands
 * belongs to, and which sets the manifest declares. Excel refuses to start an add-in on a host that
 * lacks a declared set, so the declared sets are only what every supported host has; an API from a
 * newer set is called only after `isSetSupported` says yes, with a plain message otherwise. The
 * README table is this list; a test checks it against the sources and against @types/office-js, and
 * the Excel fake refuses a call above the declared sets that no `isSetSupported` check allowed.
 */

export interface Requirement {
  readonly set: string;
  readonly version: string;
}

/**
 * The sets `manifest.xml` declares. ExcelApi 1.8 is the newest set the adapter needs on every path;
 * every host that has the shared runtime (SharedRuntime 1.1: Excel on the web, Microsoft 365 on
 * Windows from version 2002, Excel 2021, Excel on Mac from 16.35) has ExcelApi 1.10 or later.
 */
export const DECLARED_SETS: readonly Requirement[] = [
  { set: 'ExcelApi', version: '1.8' },
  { set: 'SharedRuntime', version: '1.1' },
  { set: 'CustomFunctionsRuntime', version: '1.1' },
];

/**
 * Sets every Excel that runs add-ins has without declaring them: the Office common API `Settings`
 * set (document settings) is in every Excel client, so the manifest does not name it.
 */
export const UNIVERSAL_SETS: readonly Requirement[] = [{ set: 'Settings', version: '1.1' }];

/** `Table.resize`: growing or shrinking an existing table in place. */
export const TABLE_RESIZE: Requirement = { set: 'ExcelApi', version: '1.13' };

/** `Application.cultureInfo`: the locale Structure reads text dates such as 03/04/2027 by. */
export const CULTURE_INFO: Requirement = { set: 'ExcelApi', version: '1.11' };

/** The only requirements above the declared sets: each is asked about with `isSetSupported` before use. */
export const GUARDED_REQUIREMENTS: readonly Requirement[] = [TABLE_RESIZE, CULTURE_INFO];

/** What an Excel without `Table.resize` (ExcelApi 1.13) says when a table must change size. */
export function cannotResizeMessage(table: string): string {
  return (
    `This version of Excel cannot change the size of the existing ${table} table, so Rudder changed nothing. ` +
    `Update Excel, or rename that table (Table Design > Table Name) and run this again to write a new one.`
  );
}

/** An Office.js member and the set that introduced it; `requirement: null` means it is in no set (every host has it). */
export interface ApiRequirement {
  readonly api: string;
  readonly requirement: Requirement | null;
}

const excel = (version: string): Requirement => ({ set: 'ExcelApi', version });
const api = (name: string, requirement: Requirement | null): ApiRequirement => ({ api: name, requirement });

/** Every Office.js member used in `src/host/office` and `src/commands`, sorted by name. */
export const API_REQUIREMENTS: readonly ApiRequirement[] = [
  api('Excel.Application.cultureInfo', excel('1.11')),
  api('Excel.CellValueConditionalFormat.format', excel('1.6')),
  api('Excel.CellValueConditionalFormat.rule', excel('1.6')),
  api('Excel.ConditionalFormat.cellValue', excel('1.6')),
  api('Excel.ConditionalFormatCollection.add', excel('1.6')),
  api('Excel.ConditionalFormatCollection.clearAll', excel('1.6')),
  api('Excel.ConditionalRangeFill.color', excel('1.6')),
  api('Excel.ConditionalRangeFont.color', excel('1.6')),
  api('Excel.CultureInfo.load', excel('1.11')),
  api('Excel.CultureInfo.name', excel('1.11')),
  api('Excel.ConditionalRangeFormat.fill', excel('1.6')),
  api('Excel.ConditionalRangeFormat.font', excel('1.6')),
  api('Excel.DataValidation.clear', excel('1.8')),
  api('Excel.DataValidation.rule', excel('1.8')),
  api('Excel.NamedItem.comment', excel('1.4')),
  api('Excel.NamedItem.delete', excel('1.4')),
  api('Excel.NamedItem.formula', excel('1.7')),
  api('Excel.NamedItem.isNullObject', excel('1.1')),
  api('Excel.NamedItem.load', excel('1.1')),
  api('Excel.NamedItem.name', excel('1.1')),
  api('Excel.NamedItem.value', excel('1.1')),
  api('Excel.NamedItemCollection.add', excel('1.4')),
  api('Excel.NamedItemCollection.getItemOrNullObject', excel('1.4')),
  api('Excel.NamedItemCollection.items', excel('1.1')),
  api('Excel.NamedItemCollection.load', excel('1.1')),
  api('Excel.Range.address', excel('1.1')),
  api('Excel.Range.clear', excel('1.1')),
  api('Excel.Range.conditionalFormats', excel('1.6')),
  api('Excel.Range.dataValidation', excel('1.8')),
  api('Excel.Range.format', excel('1.1')),
  api('Excel.Range.formulas', excel('1.1')),
  api('Excel.Range.isNullObject', excel('1.1')),
  api('Excel.Range.load', excel('1.1')),
  api('Excel.Range.numberFormat', excel('1.1')),
  api('Excel.Range.select', excel('1.1')),
  api('Excel.Range.values', excel('1.1')),
  api('Excel.Range.valueTypes', excel('1.1')),
  api('Excel.RangeFormat.columnWidth', excel('1.2')),
  api('Excel.RequestContext.sync', excel('1.1')),
  api('Excel.RequestContext.workbook', excel('1.1')),
  api('Excel.run', excel('1.1')),
  api('Excel.Table.getHeaderRowRange', excel('1.1')),
  api('Excel.Table.getRange', excel('1.1')),
  api('Excel.Table.name', excel('1.1')),
  api('Excel.Table.resize', TABLE_RESIZE),
  api('Excel.Table.worksheet', excel('1.2')),
  api('Excel.TableCollection.add', excel('1.1')),
  api('Excel.TableCollection.items', excel('1.1')),
  api('Excel.TableCollection.load', excel('1.1')),
  api('Excel.Workbook.application', excel('1.1')),
  api('Excel.Workbook.getSelectedRange', excel('1.1')),
  api('Excel.Workbook.names', excel('1.1')),
  api('Excel.Workbook.tables', excel('1.1')),
  api('Excel.Workbook.worksheets', excel('1.1')),
  api('Excel.Worksheet.activate', excel('1.1')),
  api('Excel.Worksheet.delete', excel('1.1')),
  api('Excel.Worksheet.freezePanes', excel('1.7')),
  api('Excel.Worksheet.getRange', excel('1.1')),
  api('Excel.Worksheet.getUsedRangeOrNullObject', excel('1.4')),
  api('Excel.Worksheet.isNullObject', excel('1.1')),
  api('Excel.Worksheet.load', excel('1.1')),
  api('Excel.Worksheet.name', excel('1.1')),
  api('Excel.Worksheet.visibility', excel('1.1')),
  api('Excel.WorksheetCollection.add', excel('1.1')),
  api('Excel.WorksheetCollection.getItemOrNullObject', excel('1.4')),
  api('Excel.WorksheetCollection.items', excel('1.1')),
  api('Excel.WorksheetCollection.load', excel('1.1')),
  api('Excel.WorksheetFreezePanes.freezeRows', excel('1.7')),
  api('Excel.WorksheetFreezePanes.unfreeze', excel('1.7')),
  api('Office.actions', null),
  api('Office.Actions.associate', null),
  api('Office.addin', null),
  api('Office.Addin.showAsTaskpane', { set: 'SharedRuntime', version: '1.1' }),
  api('Office.AddinCommands.Event.completed', null),
  api('Office.AsyncResult.error', null),
  api('Office.AsyncResult.status', null),
  api('Office.context', null),
  api('Office.Context.document', null),
  api('Office.Context.requirements', null),
  api('Office.Document.settings', null),
  api('Office.RequirementSetSupport.isSetSupported', null),
  api('Office.Settings.get', { set: 'Settings', version: '1.1' }),
  api('Office.Settings.saveAsync', { set: 'Settings', version: '1.1' }),
  api('Office.Settings.set', { set: 'Settings', version: '1.1' }),
];

/** Compares dotted versions numerically: 1.13 is above 1.8. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether every host that passes the manifest has this set (declared, or in every Excel). */
export function isCoveredByManifest(requirement: Requirement | null): boolean {
  if (requirement === null) return true;
  return [...DECLARED_SETS, ...UNIVERSAL_SETS].some(
    (d) => d.set === requirement.set && compareVersions(requirement.version, d.version) <= 0,
  );
}
