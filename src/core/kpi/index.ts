export * from './types';
export { parseDirection } from './direction';
export { parseTarget } from './target';
export { DEFAULT_THRESHOLDS, parseThresholds } from './thresholds';
export { evaluateKpi, kpiProgress, kpiStatus } from './evaluate';
export { KPI_MESSAGES } from './messages';
export { kpiStatusFormula, kpiProgressFormula, type KpiFormulaRefs, type KpiFormulaOptions } from './formula';
export { KPI_DEFINITION } from './definition';
