/** Sharing with advisors: native formulas, the advisor copy's plan, the summary sheet, the printable report, short names. */
export { findRudderCalls, hasRudderCall, replaceCalls, type RudderCall } from './formulaScan';
export {
  argumentShape,
  nativeForCall,
  rewriteToNative,
  NATIVE_FUNCTIONS,
  type ArgumentValue,
  type NativeForm,
} from './nativeRewrite';
export { nativeKpiColumns, KPI_TABLE_REFS, type NativeKpiColumns } from './nativeColumns';
export { planCell, countActions, type CellAction, type CellPlan, type PlanContext, type ShareCell } from './plan';
export { gatherShareFacts, type ShareFacts, type KpiFact, type GoalFact } from './facts';
export { advisorSummaryRows, type SummaryCell } from './summary';
export { renderReportHtml, REPORT_LIMITS } from './report';
export { escapeHtml } from './html';
export { shortFormulaNames, shortNameBody, type WorkbookName } from './shortNames';
export { SHARE_TEXT } from './messages';
