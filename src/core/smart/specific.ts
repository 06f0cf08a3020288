import type { GoalFacts } from './facts';
import { SPECIFIC } from './messages';
import type { Evidence } from './scan';
import { type CriterionResult, result } from './types';

/** Score by number of distinct concrete words: none, one, two, three, four or more. */
const BY_CONCRETE = [0.1, 0.55, 0.75, 0.9, 1];
const VAGUE_HEAD_PENALTY = 0.3;
const VAGUE_OTHER_PENALTY = 0.15;
const GENERIC_PENALTY = 0.05;
const DETAIL_BONUS = 0.05;
const MAX_DETAIL_BONUS = 0.15;

interface WordCounts {
  concrete: string[];
  vagueHead: string | null;
  /** Broad verbs after the first ("by focusing on", "aiming for"). */
  vagueOther: number;
  /** Umbrella nouns and adjectives ("app", "options", "healthier"). */
  generic: number;
}

function countWords(facts: GoalFacts): WordCounts {
  const { tokens, lex, used } = facts.scan;
  const seen = new Set<string>();
  const concrete: string[] = [];
  let vagueHead: string | null = null;
  let vagueOther = 0;
  let generic = 0;
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || used[i]) continue;
    const w = t.text;
    if (lex.stop.has(w) || w.length < 3 || lex.numberWords.has(w)) continue;
    if (lex.vague.has(w)) {
      if (first) vagueHead = w;
      else vagueOther++;
      first = false;
      continue;
    }
    first = false;
    if (lex.generic.has(w)) {
      generic++;
      continue;
    }
    if (lex.light.has(w) || lex.comparative.has(w)) continue;
    if (lex.increase.has(w) || lex.decrease.has(w) || lex.maintain.has(w) || lex.milestone.has(w)) continue;
    if (lex.period.has(w) || lex.slot.has(w) || lex.frequencyAdverb.has(w) || lex.confidence.has(w)) continue;
    if (lex.deadline.has(w) || lex.relative.has(w) || lex.vagueTime.has(w) || lex.end.has(w)) continue;
    if (lex.duration.has(w) || lex.percent.has(w) || lex.currencyWord.has(w) || lex.times.has(w)) continue;
    const stem = t.stem;
    if (seen.has(stem)) continue;
    seen.add(stem);
    concrete.push(w);
  }
  return { concrete, vagueHead, vagueOther, generic };
}

/** Specific: a concrete action or outcome on a named object, not a broad verb on an umbrella noun. */
export function judgeSpecific(facts: GoalFacts): CriterionResult {
  const { concrete, vagueHead, vagueOther, generic } = countWords(facts);
  const details =
    facts.quantity.quantities.length +
    facts.frequency.frequencies.length +
    facts.frequency.slots.length +
    facts.quantity.details.length +
    facts.time.deadlines.length;
  let score = BY_CONCRETE[Math.min(concrete.length, BY_CONCRETE.length - 1)];
  // "Grow online revenue to $50k" is not vague the way "grow" alone is: an amount pins the verb down.
  if (vagueHead !== null) score -= facts.quantity.quantities.length > 0 ? VAGUE_HEAD_PENALTY / 2 : VAGUE_HEAD_PENALTY;
  score -= VAGUE_OTHER_PENALTY * vagueOther + GENERIC_PENALTY * Math.max(0, generic - 1);
  score += Math.min(MAX_DETAIL_BONUS, details * DETAIL_BONUS);
  const shown = concrete.slice(0, 4).join(', ');
  const evidence: Evidence[] = concrete.slice(0, 6).map((w) => ({ kind: 'object', text: w }));
  if (vagueHead !== null) evidence.push({ kind: 'vague-verb', text: vagueHead });
  const reason =
    vagueHead !== null && score < 0.5
      ? SPECIFIC.vagueVerb(vagueHead)
      : concrete.length === 0
        ? SPECIFIC.noObject
        : score >= 0.8
          ? SPECIFIC.concrete(shown)
          : SPECIFIC.someDetail(shown);
  const tip = vagueHead !== null ? SPECIFIC.tipVague(vagueHead, facts.core) : SPECIFIC.tipObject(facts.core);
  return result(score, evidence, reason, tip);
}
