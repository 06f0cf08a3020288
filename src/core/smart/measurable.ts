import { F } from './compile';
import { coreOf, type GoalFacts } from './facts';
import { MEASURABLE } from './messages';
import { type Evidence, symAt } from './scan';
import { type CriterionResult, result, wantsTip } from './types';

const AMOUNT_KINDS = new Set(['percentage', 'money', 'count', 'range', 'multiplier', 'metric', 'fraction']);

/** The first milestone verb among the goal's opening words ("launch", "hire", "sign up"). */
export function milestoneVerb(facts: GoalFacts): string | null {
  const { tokens } = facts.scan;
  let seen = 0;
  for (let i = 0; i < tokens.length && seen < 3; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || (t.flags & F.stop) !== 0) continue;
    // "sign-ups", "set-up fee": the first half of a compound noun is no deliverable.
    if ((t.flags & F.milestone) !== 0 && symAt(tokens, i + 1) !== '-') return t.text;
    seen++;
  }
  return null;
}

function hasDirection(facts: GoalFacts): boolean {
  const { tokens } = facts.scan;
  for (let i = 0; i < tokens.length; i++)
    if ((tokens[i].flags & (F.comparative | F.increase | F.decrease)) !== 0) return true;
  return false;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** Texts of the evidence of one kind group, joined for a reason ("15%, $50k"). */
function joined(list: readonly Evidence[], amountsOnly: boolean): string {
  let out = '';
  for (const e of list) {
    if (amountsOnly && !AMOUNT_KINDS.has(e.kind)) continue;
    out += out === '' ? e.text : `, ${e.text}`;
  }
  return out;
}

function firstOfKind(list: readonly Evidence[], kind: string): Evidence | undefined {
  for (const e of list) if (e.kind === kind) return e;
  return undefined;
}

/** The fix in the goal's own words when they fit, written only when a tip will be shown. */
function tipFor(facts: GoalFacts, score: number): string | null {
  if (!wantsTip(score)) return null;
  const { baseline, target } = facts.fields;
  return MEASURABLE.tip(
    coreOf(facts),
    baseline !== null ? fmt(baseline) : '[today]',
    target !== null ? fmt(target) : '[target]',
  );
}

/** Measurable: a quantity, amount, frequency or named metric with a value, or a dated deliverable. */
export function judgeMeasurable(facts: GoalFacts): CriterionResult {
  const { quantities } = facts.quantity;
  const { frequencies } = facts.frequency;
  const { baseline, target } = facts.fields;
  const evidence: Evidence[] = [];
  for (const q of quantities) evidence.push(q);
  for (const f of frequencies) evidence.push(f);
  if (target !== null) {
    evidence.unshift({ kind: 'target', text: fmt(target) });
    return result(1, evidence, MEASURABLE.target(fmt(target)), null);
  }
  const amounts = joined(quantities, true);
  if (amounts !== '') return result(1, evidence, MEASURABLE.amount(amounts), null);
  const duration = firstOfKind(quantities, 'duration');
  if (frequencies.length > 0) {
    const score = duration !== undefined ? 1 : 0.9;
    return result(score, evidence, MEASURABLE.frequency(joined(frequencies, false)), tipFor(facts, score));
  }
  if (duration !== undefined) return result(0.8, evidence, MEASURABLE.duration(duration.text), tipFor(facts, 0.8));
  const number = firstOfKind(quantities, 'number');
  if (number !== undefined) return result(0.6, evidence, MEASURABLE.number(number.text), tipFor(facts, 0.6));
  const verb = milestoneVerb(facts);
  const dated = facts.time.deadlines.length > 0 || facts.fields.due !== null;
  if (verb !== null) {
    evidence.push({ kind: 'milestone', text: verb });
    const core = coreOf(facts);
    const tip = core.verb === verb && core.hasObject ? MEASURABLE.tipWithDate(core.text) : MEASURABLE.tipDone;
    return dated
      ? result(0.7, evidence, MEASURABLE.milestone(verb), tip)
      : result(0.5, evidence, MEASURABLE.milestoneNoDate(verb), tip);
  }
  if (baseline !== null) return result(0.5, evidence, MEASURABLE.directionOnly, tipFor(facts, 0.5));
  if (hasDirection(facts)) return result(0.15, evidence, MEASURABLE.directionOnly, tipFor(facts, 0.15));
  return result(0, evidence, MEASURABLE.none, tipFor(facts, 0));
}
