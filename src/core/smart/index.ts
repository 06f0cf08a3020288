/** The SMART analysis engine: rates a goal on the five SMART criteria with evidence and tips. */
export { analyzeGoal } from './analyze';
export { analyzeGoalRow, type GoalRow } from './goalRow';
export { readDeadline, type GoalDeadline } from './deadline';
export { smartLexiconOf, smartLexiconFor } from './lexicon/languages';
export { formatTips } from './tips';
export {
  SMART_CRITERIA,
  TIP_BELOW,
  type CriterionResult,
  type Evidence,
  type GoalInput,
  type SmartAnalysis,
  type SmartCriterion,
  type SmartOptions,
} from './types';
export { EN } from './lexicon/en';
export type { OutcomeKind, SmartLexicon } from './lexicon/types';
export { MAX_ANALYSED_CHARS } from './text';
export * as SMART_MESSAGES from './messages';
