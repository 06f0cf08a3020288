import { judgeAchievable } from './achievable';
import { compiled } from './compile';
import { type GoalFields, readFacts } from './facts';
import { EN } from './lexicon/en';
import { judgeMeasurable } from './measurable';
import { truncatedNote } from './messages';
import { judgeRelevant } from './relevant';
import { judgeSpecific } from './specific';
import { MAX_ANALYSED_CHARS } from './text';
import { judgeTimeBound } from './timeBound';
import { weakestFirst } from './tips';
import { type CriterionResult, type GoalInput, type SmartAnalysis, type SmartCriterion, type SmartOptions, SMART_CRITERIA } from './types';
import { isValidSerial } from '../dates';

const POINTS_PER_CRITERION = 20;

const finiteOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Cleans what callers pass: anything that is not a finite number is treated as absent, and a
 * due date or "today" outside Excel's calendar is ignored rather than trusted.
 */
function fieldsOf(input: GoalInput, options: SmartOptions): GoalFields {
  const due = finiteOrNull(input.due);
  const asOf = finiteOrNull(options.asOf);
  return {
    due: due !== null && isValidSerial(due) ? Math.floor(due) : null,
    baseline: finiteOrNull(input.baseline),
    target: finiteOrNull(input.target),
    context: typeof input.context === 'string' ? input.context : '',
    asOf: asOf !== null && isValidSerial(asOf) ? Math.floor(asOf) : undefined,
  };
}

/**
 * Rates how Specific, Measurable, Achievable, Relevant and Time-bound a goal is, with evidence
 * and tips. Never throws: unusable input is read as absent.
 */
export function analyzeGoal(input: GoalInput, options: SmartOptions = {}): SmartAnalysis {
  const lex = compiled(options.lexicon ?? EN);
  const text = input !== null && typeof input === 'object' && typeof input.text === 'string' ? input.text : '';
  const fields = fieldsOf(input ?? { text: '' }, options ?? {});
  const facts = readFacts(text, fields, lex);
  const relevant = judgeRelevant(facts);
  const criteria: Record<SmartCriterion, CriterionResult> = {
    specific: judgeSpecific(facts),
    measurable: judgeMeasurable(facts),
    achievable: judgeAchievable(facts),
    relevant: relevant.result,
    timeBound: judgeTimeBound(facts),
  };
  if (facts.prepared.truncatedFrom > 0) {
    const note = { kind: 'truncated', text: truncatedNote(Math.min(MAX_ANALYSED_CHARS, facts.prepared.text.length), facts.prepared.truncatedFrom) };
    criteria.specific = { ...criteria.specific, evidence: [...criteria.specific.evidence, note] };
  }
  let total = 0;
  for (const c of SMART_CRITERIA) total += criteria[c].score;
  const tips = weakestFirst(criteria).map((c) => criteria[c].tip ?? '');
  return { score: Math.round(total * POINTS_PER_CRITERION), criteria, tips, relevanceBasis: relevant.basis };
}
