export * from './types';
export { parseDirection } from './direction';
export { parseTarget } from './target';
export { DEFAULT_THRESHOLDS, parseThresholds } from './thresholds';
export { evaluateKpi, kpiProgress } from './evaluate';
export { KPI_MESSAGES } from './messages';
