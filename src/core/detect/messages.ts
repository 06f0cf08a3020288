/** Every sentence detection shows the user, in one place so tests compare against constants. */

const NOTHING = 'nothing to structure here, because';

export const DETECT_MESSAGES = {
  emptySheet: `${NOTHING} the sheet is empty`,
  onlyTitle: `${NOTHING} the sheet only holds a title`,
  onlyNumbers: `${NOTHING} the sheet only holds numbers, with no header row to name the columns`,
  onlyErrors: `${NOTHING} the sheet only holds error values such as #N/A`,
  headerWithoutData: `${NOTHING} the header row has no data below it`,
  noHeader: `${NOTHING} no row looks like a header with data below it`,
  singleColumn: `${NOTHING} everything is in one column: a table needs at least two, such as a goal and its owner`,
  onlyMerged: `${NOTHING} the sheet only holds one merged cell (the same text over every cell), not a table`,
  uncalculated: `${NOTHING} its cells are formulas whose results were never calculated: open the file in Excel, let it calculate, save it and try again`,
  headerUncalculated: `${NOTHING} the header row holds formulas whose results were never calculated, so nothing names the columns: open the file in Excel, let it calculate, save it and try again`,
} as const;

export type DetectMessage = (typeof DETECT_MESSAGES)[keyof typeof DETECT_MESSAGES];
