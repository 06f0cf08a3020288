/** What `rudder inspect` prints: each sheet's used range and the tables on it. */
import type { WorkbookPort } from './port';

export interface InspectedTable {
  readonly name: string;
  readonly range: string;
  readonly headers: readonly string[];
}

export interface InspectedSheet {
  readonly name: string;
  /** A1 range of the used cells, or `null` for an empty sheet. */
  readonly usedRange: string | null;
  readonly tables: readonly InspectedTable[];
}

export interface WorkbookDescription {
  readonly sheets: readonly InspectedSheet[];
}

/** Sheets in workbook order, each with its tables in workbook order; two port calls in all. */
export async function describeWorkbook(port: WorkbookPort): Promise<WorkbookDescription> {
  const [sheets, tables] = await Promise.all([port.listSheets(), port.listTables()]);
  return {
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      usedRange: sheet.usedRange,
      tables: tables
        .filter((t) => t.sheet.toLowerCase() === sheet.name.toLowerCase())
        .map((t) => ({ name: t.name, range: t.range, headers: [...t.headers] })),
    })),
  };
}
