import { F, F2 } from './compile';
import { coreOf, type GoalFacts } from './facts';
import type { OutcomeKind } from './lexicon/types';
import { RELEVANT } from './messages';
import type { Evidence } from './scan';
import { prepareText } from './text';
import { type CriterionResult, result } from './types';

/** Context beyond this is not read: a mission statement is a few sentences. */
const MAX_CONTEXT_CHARS = 2000;

function contentStems(facts: GoalFacts, text: string): Map<string, string> {
  const { lex } = facts.scan;
  const out = new Map<string, string>();
  const tokens = text === '' ? facts.prepared.tokens : prepareText(text.slice(0, MAX_CONTEXT_CHARS), lex).tokens;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 3 || (t.flags & (F.stop | F.light)) !== 0) continue;
    const stem = t.stem;
    if (!out.has(stem)) out.set(stem, t.text);
  }
  return out;
}

interface ContextStems {
  readonly stems: ReadonlyMap<string, string>;
  readonly groups: ReadonlySet<number>;
}

/** The context's content stems and the synonym groups they fall in. */
function contextStems(facts: GoalFacts, context: string): ContextStems {
  const { lex } = facts.scan;
  const stems = contentStems(facts, context);
  const groups = new Set<number>();
  for (const stem of stems.keys()) {
    const g = lex.synonymGroup.get(stem);
    if (g !== undefined) groups.add(g);
  }
  return { stems, groups };
}

function judgeAgainstContext(facts: GoalFacts, context: string): CriterionResult {
  const { lex } = facts.scan;
  const goal = contentStems(facts, '');
  const { stems: ctx, groups: ctxGroups } = contextStems(facts, context);
  const shared: string[] = [];
  let strong = 0;
  for (const [stem, word] of goal) {
    if (ctx.has(stem)) {
      shared.push(word);
      // Umbrella words ("better", "quality") shared with a mission say less than a named thing.
      if ((lex.info(word).flags & (F.generic | F.vague)) === 0) strong++;
      continue;
    }
    const g = lex.synonymGroup.get(stem);
    if (g !== undefined && ctxGroups.has(g)) {
      shared.push(word);
      strong++;
    }
  }
  const evidence: Evidence[] = shared.slice(0, 6).map((w) => ({ kind: 'context-match', text: w }));
  const snippet = context.trim().slice(0, 60);
  const tip = RELEVANT.tipContext(snippet);
  if (strong >= 2) return result(1, evidence, RELEVANT.context(shared.join(', ')), null);
  if (strong === 1) return result(0.8, evidence, RELEVANT.context(shared.join(', ')), tip);
  if (shared.length > 0) return result(0.5, evidence, RELEVANT.contextWeak(shared.join(', ')), tip);
  return result(0.15, evidence, RELEVANT.contextNone, tip);
}

const outcomeKind = (kind: OutcomeKind): string => `outcome:${kind}`;

function judgeByOutcome(facts: GoalFacts): CriterionResult {
  const { tokens, lex } = facts.scan;
  const evidence: Evidence[] = [];
  let outcomes = '';
  let activities = '';
  let activityCount = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const f2 = t.flags2;
    // An activity word ("marketing") is a means even when it shares a stem with an outcome.
    if ((f2 & F2.activity) !== 0) {
      activities += activityCount++ === 0 ? t.text : `, ${t.text}`;
      continue;
    }
    if ((f2 & F2.outcome) === 0) continue;
    const kind = lex.outcomeStems.get(t.stem) ?? lex.outcomeStems.get(t.text);
    if (kind === undefined) continue;
    const k = outcomeKind(kind);
    let seen = false;
    for (const e of evidence) if (e.kind === k) seen = true;
    if (seen) continue;
    evidence.push({ kind: k, text: t.text });
    outcomes += outcomes === '' ? t.text : `, ${t.text}`;
  }
  if (evidence.length > 0) return result(1, evidence, RELEVANT.outcome(outcomes), null);
  if (activityCount > 0) {
    for (let i = 0; i < tokens.length; i++)
      if ((tokens[i].flags2 & F2.activity) !== 0) evidence.push({ kind: 'activity', text: tokens[i].text });
    return result(0.4, evidence, RELEVANT.activity(activities), RELEVANT.tipActivity(coreOf(facts)));
  }
  return result(0.3, evidence, RELEVANT.none, RELEVANT.tipOutcome);
}

/** Relevant: shares meaning with the given strategy text, or else names a business outcome. */
export function judgeRelevant(facts: GoalFacts): { result: CriterionResult; basis: 'context' | 'outcome' } {
  const context = facts.fields.context;
  if (context.trim() !== '') return { result: judgeAgainstContext(facts, context), basis: 'context' };
  return { result: judgeByOutcome(facts), basis: 'outcome' };
}
