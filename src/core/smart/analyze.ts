import { judgeAchievable } from './achievable';
import { type CompiledLexicon, compileLexicon } from './compile';
import { type GoalFacts, type GoalFields, readFacts } from './facts';
import { goalFeatures } from './features';
import { EN } from './lexicon/en';
import { guessLanguageOfWords } from '../lang';
import { SHIPPED_LEXICONS, smartLexiconOf } from './lexicon/languages';
import type { SmartLexicon } from './lexicon/types';
import { truncatedNote } from './messages';
import { judgeRelevant } from './relevant';
import { type GoalText, MAX_ANALYSED_CHARS, goalText } from './text';
import { judgeMeasurable, judgeSpecific, judgeTimeBound } from './modelJudges';
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

/** The shipped languages' lexicons, compiled once when the module loads: constant data, never added to. */
const SHIPPED: ReadonlyMap<SmartLexicon, CompiledLexicon> = new Map(
  [EN, ...SHIPPED_LEXICONS].map((lex): [SmartLexicon, CompiledLexicon] => [lex, compileLexicon(lex)]),
);

/** The lexicon asked for, or the one of the goal's own language (English when its words do not tell). */
export function lexiconFor(text: GoalText, asked: SmartLexicon | undefined): CompiledLexicon {
  const lex = asked ?? smartLexiconOf(guessLanguageOfWords(text.words));
  // A lexicon of the caller's own (a test, a language in the making) is compiled for this call only.
  return SHIPPED.get(lex) ?? compileLexicon(lex);
}

/** Everything read from the goal once, shared by the five criteria. */
function factsOf(input: GoalInput, options: SmartOptions): GoalFacts {
  // Capped and lower-cased once: the language guess and the tokens read the same text.
  const text = goalText(
    input !== null && typeof input === 'object' && typeof input.text === 'string' ? input.text : '',
  );
  const lex = lexiconFor(text, options?.lexicon);
  return readFacts(text, fieldsOf(input ?? { text: '' }, options ?? {}), lex);
}

/** The model's view of a goal (see `FEATURES`): what `npm run train:smart` learns from. */
export function goalFeatureValues(input: GoalInput, options: SmartOptions = {}): readonly number[] {
  return goalFeatures(factsOf(input, options)).values;
}

/**
 * Rates how Specific, Measurable, Achievable, Relevant and Time-bound a goal is, with evidence
 * and tips. Never throws: unusable input is read as absent.
 */
export function analyzeGoal(input: GoalInput, options: SmartOptions = {}): SmartAnalysis {
  const facts = factsOf(input, options);
  const features = goalFeatures(facts);
  const relevant = judgeRelevant(facts);
  let specific = judgeSpecific(facts, features);
  const measurable = judgeMeasurable(facts, features);
  const achievable = judgeAchievable(facts, features.deliverable);
  const timeBound = judgeTimeBound(facts, features);
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
