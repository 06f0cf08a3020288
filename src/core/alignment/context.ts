/** Facts every rule may need, computed at most once per run and only when a rule asks. */
import { parseDateText } from '../dates';
import type { KpiStatus } from '../kpi';
import type { StrategyModel } from '../model';
import { analyzeGoal, kpiNumber, kpiStatusAt } from './engines';
import { ACHIEVED_WORDS, DEADLINE_LEADS } from './lexicons';
import type { AlignmentOptions, RuleContext } from './types';

const ACHIEVED = new Set(ACHIEVED_WORDS);

export function saysAchieved(status: string): boolean {
  return ACHIEVED.has(status.trim().toLowerCase());
}

/**
 * A deadline written in the goal's words ("… by 30 June 2027", "before Q3 2027"): the longest run of up to
 * four words after a lead word that reads as a date. Saves a false "no deadline" for goals that state one.
 */
export function deadlineInText(text: string): number | null {
  const words = text.split(/\s+/).map((w) => w.replace(/^[("']+|[)"'.,;:!?]+$/g, ''));
  let found: number | null = null;
  for (let i = 0; i < words.length - 1; i++) {
    if (!DEADLINE_LEADS.has(words[i].toLowerCase())) continue;
    for (let n = Math.min(4, words.length - i - 1); n >= 1; n--) {
      const span = words.slice(i + 1, i + 1 + n);
      // "by 2000 units" is an amount, not the year 2000: a bare number followed by a word is not a deadline.
      const next = words[i + 1 + n] ?? '';
      if (n === 1 && /^\d+$/.test(span[0]) && /^[a-z]/i.test(next)) continue;
      const parsed = parseDateText(span.join(' '), { edge: 'end' });
      if (parsed.ok) {
        found = found === null ? parsed.serial : Math.max(found, parsed.serial);
        break;
      }
    }
  }
  return found;
}

function memo<T>(n: number, compute: (i: number) => T): (i: number) => T {
  const cache: (T | undefined)[] = new Array<T | undefined>(n);
  const done = new Uint8Array(n);
  return (i) => {
    if (!done[i]) {
      cache[i] = compute(i);
      done[i] = 1;
    }
    return cache[i] as T;
  };
}

export function createContext(model: StrategyModel, options: AlignmentOptions): RuleContext {
  const { asOf } = options;
  const kpiStatus = memo<KpiStatus | null>(model.kpis.length, (i) => kpiStatusAt(model.kpis[i], asOf));
  const kpiAchieved = (i: number): boolean => {
    const status = kpiStatus(i);
    // When the engine cannot judge (no readable target), the Status cell is the best word we have.
    return status === null ? saysAchieved(model.kpis[i].status) : status === 'Achieved';
  };
  const goalAchieved = memo(model.goals.length, (i) => {
    if (saysAchieved(model.goals[i].status)) return true;
    const kpis = model.relations.kpisOfGoal[i];
    return kpis.length > 0 && kpis.every(kpiAchieved);
  });
  const goalDue = memo(model.goals.length, (i) => model.goals[i].due.serial ?? deadlineInText(model.goals[i].text));
  const smart = memo(model.goals.length, (i) => {
    const goal = model.goals[i];
    if (goal.smart !== null) return { score: goal.smart, tip: goal.tips !== '' ? goal.tips : null };
    if (options.smartScore) {
      const score = options.smartScore(goal);
      return { score: Number.isFinite(score) ? score : 0, tip: goal.tips !== '' ? goal.tips : null };
    }
    const context = model.relations.anchorsOfGoal[i]
      .filter((r) => r.kind === 'strategy')
      .map((r) => model.strategy[r.index].statement)
      .join('. ');
    const analysis = analyzeGoal(
      {
        text: goal.text,
        due: goalDue(i),
        baseline: kpiNumber(goal.baseline),
        target: kpiNumber(goal.target),
        context: context || null,
      },
      { asOf },
    );
    return { score: analysis.score, tip: analysis.tips[0] ?? null };
  });
  return { asOf, kpiStatus, kpiAchieved, goalAchieved, smart, goalDue };
}
