/** Compile-time check: the real Office.js types fit the structural subset the adapter and the fake implement. */
import type {
  OfficeRequestContext,
  OfficeRange,
  OfficeWorksheet,
  OfficeTable,
  OfficeTables,
  OfficeWorksheets,
  OfficeConditionalFormat,
  OfficeNamedItem,
  OfficeNamedItems,
  OfficeCultureInfo,
  OfficeApplication,
} from '../../src/host/office/officeApi';
export const a = (x: Excel.Range): OfficeRange => x;
export const b = (x: Excel.Worksheet): OfficeWorksheet => x;
export const c = (x: Excel.Table): OfficeTable => x;
export const d = (x: Excel.TableCollection): OfficeTables => x;
export const e = (x: Excel.WorksheetCollection): OfficeWorksheets => x;
export const f = (x: Excel.ConditionalFormat): OfficeConditionalFormat => x;
export const g = (x: Excel.RequestContext): OfficeRequestContext => x;
export const h = (x: Excel.NamedItem): OfficeNamedItem => x;
export const i = (x: Excel.NamedItemCollection): OfficeNamedItems => x;
export const j = (x: Excel.CultureInfo): OfficeCultureInfo => x;
export const k = (x: Excel.Application): OfficeApplication => x;
