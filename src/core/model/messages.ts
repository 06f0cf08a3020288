/** Every sentence the model reader says, in one place so tests compare against constants. */
import type { AmbiguousDates } from './types';

export const NO_RUDDER_TABLES =
  'This workbook has no Rudder tables yet. Run Structure on your goals or KPI sheet (and on the sheet with your ' +
  'mission, values and pillars, if you keep one), or start the SWOT wizard.';

export const MODEL_MISUSE = {
  tablesNotArray: (got: string) => `buildStrategyModel expects an array of tables, got ${got}.`,
  tableShape: (index: number, field: string) =>
    `Table ${index + 1} passed to buildStrategyModel has no valid "${field}" (name, sheet and range must be text; headers and rows must be arrays).`,
  rowNotArray: (table: string, row: number) => `Row ${row + 1} of table "${table}" is not an array of cells.`,
  badRange: (table: string, range: string) =>
    `Table "${table}" has range "${range}", which is not an A1 range such as A1:M40.`,
  builderDone: 'This model builder has built its model already: start a new StrategyModelBuilder for another.',
  mappingsNotArray: 'The mappings option of buildStrategyModel must be an array.',
  mappingShape: (index: number) =>
    `Mapping ${index + 1} needs a table name, a kind (goals, kpis, swot, tows or strategy) and a columns object.`,
};

/** How a row without an ID is named in messages: "row 7 on Goals". */
export const rowLabel = (row: number, sheet: string): string => `row ${row} on ${sheet}`;

/**
 * The plain note for text dates that could be read either way, naming how they were read: by the
 * workbook's locale (`locale`), else day first as most of the world writes them.
 */
export function ambiguousDatesNote(dates: AmbiguousDates, locale: string | null): string {
  const n = dates.count;
  const how = dates.order === 'dmy' ? 'day first (31/12)' : 'month first (12/31)';
  const basis = locale === null ? 'as most of the world writes them' : `as ${locale} writes dates`;
  return `${n} ${n === 1 ? 'date' : 'dates'} such as "${dates.example}" could be read day first or month first: read ${how}, ${basis}. If that is wrong, write them like 2027-06-30.`;
}
