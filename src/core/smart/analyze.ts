import { judgeAchievable } from './achievable';
import { type CompiledLexicon, compiled } from './compile';
import { type GoalFields, readFacts } from './facts';
import { EN } from './lexicon/en';
import { smartLexiconFor } from './lexicon/languages';
import type { SmartLexicon } from './lexicon/types';
import { judgeMeasurable } from './measurable';
import { truncatedNote } from './messages';
import { judgeRelevant } from './relevant';
import { judgeSpecific } from './specific';
import { MAX_ANALYSED_CHARS } from './text';
import { judgeTimeBound } from './timeBound';
import { tipsWeakestFirst } from './tips';
import type { CriterionResult, GoalInput, SmartAnalysis, SmartCriterion, SmartOptions } from './types';
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
const EN_COMPILED = compiled(EN);

/** The lexicon asked for, or the one of the goal's own language (English when its words do not tell). */
export function lexiconFor(text: string, asked: SmartLexicon | undefined): CompiledLexicon {
  if (asked !== undefined) return asked === EN ? EN_COMPILED : compiled(asked);
  const own = smartLexiconFor(text);
  return own === EN ? EN_COMPILED : compiled(own);
}

export function analyzeGoal(input: GoalInput, options: SmartOptions = {}): SmartAnalysis {
  const text = input !== null && typeof input === 'object' && typeof input.text === 'string' ? input.text : '';
  const lex = lexiconFor(text, options?.lexicon);
  const fields = fieldsOf(input ?? { text: '' }, options ?? {});
  const facts = readFacts(text, fields, lex);
  const relevant = judgeRelevant(facts);
  let specific = judgeSpecific(facts);
  const measurable = judgeMeasurable(facts);
  const achievable = judgeAchievable(facts);
  const timeBound = judgeTimeBound(facts);
  if (facts.prepared.truncatedFrom > 0) {
    const note = {
      kind: 'truncated',
      text: truncatedNote(Math.min(MAX_ANALYSED_CHARS, facts.prepared.text.length), facts.prepared.truncatedFrom),
    };
    specific = { ...specific, evidence: [...specific.evidence, note] };
  }
  const criteria: Record<SmartCriterion, CriterionResult> = {
    specific,
    measurable,
    achievable,
    relevant: relevant.result,
    timeBound,
  };
  // Named fields rather than a loop over keys: this runs once per goal in a column of thousands.
  const total = specific.score + measurable.score + achievable.score + relevant.result.score + timeBound.score;
  return {
    score: Math.round(total * POINTS_PER_CRITERION),
    criteria,
    tips: tipsWeakestFirst([specific, measurable, achievable, relevant.result, timeBound]),
    relevanceBasis: relevant.basis,
  };
}
