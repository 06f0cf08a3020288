/**
 * The KPI engine: reading directions, targets and thresholds, and judging a KPI. The native Excel formulas
 * written from the same definition live in './formula' and are imported from there by the sharing code, so
 * the custom functions bundle does not carry the formula writer.
 */
export * from './types';
export { parseDirection } from './direction';
export { parseTarget } from './target';
export { DEFAULT_THRESHOLDS, parseThresholds } from './thresholds';
export { evaluateKpi, kpiProgress, kpiStatus } from './evaluate';
export { KPI_MESSAGES } from './messages';
