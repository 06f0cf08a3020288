/** Structure: turn a detected table into the rows of RudderGoals, RudderKPIs or RudderStrategy (pure; the host writes them). */
export { CONFIDENT_KIND, initialCorrections, kindQuestionOf, mappingKey, planStructure, proposedKindOf } from './plan';
export { existingTableFrom, mappingJson, parseMapping, rememberedSource } from './mapping';
export { previewRows, type PreviewTable } from './preview';
export { rollUpGoalStatuses, worstStatus, NO_KPI_STATUS, type GoalRef } from './rollup';
export { kpiStatusOf, kpiProgressOf, smartOf, type RowByHeader } from './evaluate';
export {
  DIRECTION_WORDS,
  FORMULAS,
  FREQUENCY_WORDS,
  SHEET_NAMES,
  STRATEGY_TYPE_WORDS,
  TABLE_NAMES,
  columnsOf,
  idPrefixes,
  rolesOffered,
  rudderColumns,
} from './columns';
export { STRUCTURE_MESSAGES, confidenceWord, sentence } from './messages';
export { STATUS_RULES, SMART_BANDS, type StatusColour } from './formats';
export type * from './types';
export { goalsWithLiveStatus, kpiRowsOf, rowsFromExisting } from './refresh';
export {
  GOAL_STATUS_CELL,
  GOAL_STATUS_FORMULA,
  GOAL_STATUS_NO_KPI,
  GOAL_STATUS_ORDER,
  GoalStatusIndex,
  goalStatusFormula,
  goalStatusFromKpis,
  kpiNamesGoal,
  type GoalKey,
  type GoalStatusRefs,
  type KpiLinkStatus,
} from './goalStatus';
export { withStrategyLink } from './strategyLinks';
export { highestReferencedNumbers } from './ids';
