import { F } from './compile';
import { coreOf, type GoalFacts } from './facts';
import { SPECIFIC } from './messages';
import type { Evidence } from './scan';
import { type CriterionResult, result, wantsTip } from './types';

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

/** Classes that make a word count for nothing: direction, time, amount and confidence words. */
const NOT_CONCRETE =
  F.light |
  F.comparative |
  F.increase |
  F.decrease |
  F.maintain |
  F.milestone |
  F.period |
  F.slot |
  F.frequencyAdverb |
  F.confidence |
  F.deadline |
  F.relative |
  F.vagueTime |
  F.end |
  F.duration |
  F.percent |
  F.currencyWord |
  F.times;

function countWords(facts: GoalFacts): WordCounts {
  const { tokens, used } = facts.scan;
  const concrete: string[] = [];
  // Stems already counted: a goal has a handful, so a short scan beats building a Set; a pasted
  // essay switches to a Set so the work stays linear.
  const stems: string[] = [];
  let many: Set<string> | null = null;
  let vagueHead: string | null = null;
  let vagueOther = 0;
  let generic = 0;
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || used[i]) continue;
    const f = t.flags;
    if ((f & (F.stop | F.numberWord)) !== 0 || t.text.length < 3) continue;
    if ((f & F.vague) !== 0) {
      if (first) vagueHead = t.text;
      else vagueOther++;
      first = false;
      continue;
    }
    first = false;
    if ((f & F.generic) !== 0) {
      generic++;
      continue;
    }
    if ((f & NOT_CONCRETE) !== 0) continue;
    if (many !== null) {
      if (many.has(t.stem)) continue;
      many.add(t.stem);
    } else {
      if (stems.includes(t.stem)) continue;
      stems.push(t.stem);
      if (stems.length === 16) many = new Set(stems);
    }
    concrete.push(t.text);
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
  let shown = '';
  const evidence: Evidence[] = [];
  for (let k = 0; k < concrete.length && k < 6; k++) {
    if (k < 4) shown += k === 0 ? concrete[k] : `, ${concrete[k]}`;
    evidence.push({ kind: 'object', text: concrete[k] });
  }
  if (vagueHead !== null) evidence.push({ kind: 'vague-verb', text: vagueHead });
  const reason =
    vagueHead !== null && score < 0.5
      ? SPECIFIC.vagueVerb(vagueHead)
      : concrete.length === 0
        ? SPECIFIC.noObject
        : score >= 0.8
          ? SPECIFIC.concrete(shown)
          : SPECIFIC.someDetail(shown);
  return result(score, evidence, reason, wantsTip(score) ? SPECIFIC.tip(coreOf(facts), vagueHead) : null);
}
