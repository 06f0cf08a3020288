/** Table detection: where the tables on a sheet are and what their columns mean. */
export { detectTables } from './detect';
export { DETECT_MESSAGES } from './messages';
export { toUpright, transposeSnapshot } from './sideways';
export { COLUMN_ROLES } from './types';
export type {
  ColumnRole,
  DetectedColumn,
  DetectedTable,
  Detection,
  DetectOptions,
  RoleScore,
  TableKind,
  TableLayout,
  TableOrientation,
} from './types';
