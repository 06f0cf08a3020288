/** The strategy model reader: Rudder tables in, one linked model out. */
export { buildStrategyModel, StrategyModelBuilder, type RowsReader } from './build';
export {
  HISTORY_HEADERS,
  HISTORY_SHEET_NAME,
  HISTORY_TABLE_NAME,
  HistoryReader,
  isHistoryTable,
  joinHistory,
  latestPoint,
  type HistoryPoint,
  type HistoryTableRead,
  type KpiHistories,
} from './history';
export { TableReader, type TableHead } from './read';
export { ModelError } from './errors';
export { ambiguousDatesNote, NO_RUDDER_TABLES, rowLabel } from './messages';
export { AMBIGUITY_MARGIN, NAME_MATCH_THRESHOLD, splitLinkCell } from './links';
export { TABLE_SCHEMAS, normHeader } from './schema';
export {
  atField,
  clip,
  contentToken,
  contentTokens,
  digitsValue,
  fieldCell,
  isStopWord,
  normId,
  normName,
  normText,
  plainIdDigits,
  stem,
} from './text';
export { cellNumber, cellText, saysNothingYet } from './cells';
export type * from './types';
