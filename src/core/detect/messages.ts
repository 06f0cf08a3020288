/** Every sentence detection shows the user, in one place so tests compare against constants. */

const NOTHING = 'nothing to structure here, because';

export const DETECT_MESSAGES = {
  emptySheet: `${NOTHING} the sheet is empty`,
  onlyTitle: `${NOTHING} the sheet only holds a title`,
  onlyNumbers: `${NOTHING} the sheet only holds numbers, with no header row to name the columns`,
  onlyErrors: `${NOTHING} the sheet only holds error values such as #N/A`,
  headerWithoutData: `${NOTHING} the header row has no data below it`,
  noHeader: `${NOTHING} no row looks like a header with data below it`,
} as const;

export type DetectMessage = (typeof DETECT_MESSAGES)[keyof typeof DETECT_MESSAGES];
