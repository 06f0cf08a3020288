/** Facts every rule may need, computed at most once per run and only when a rule asks. */
import { parseDateText } from '../dates';
import type { KpiStatus } from '../kpi';
import type { StrategyModel } from '../model';
import { analyzeGoal, kpiNumber, kpiStatusAt } from './engines';
import { ACHIEVED_WORDS, DEADLINE_LEADS } from './lexicons';
import type { AlignmentOptions, RuleContext } from './types';

const ACHIEVED = new Set(ACHIEVED_WORDS);

/** The answer remembered for `key`, computed on first request. */
function remembered<K, V>(answers: Map<K, V>, key: K, compute: () => V): V {
  if (answers.has(key)) return answers.get(key) as V;
  const answer = compute();
  answers.set(key, answer);
  return answer;
}

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

/** The run's facts, each computed on first request and remembered for the rest of the run. */
class RunContext implements RuleContext {
  private readonly statuses = new Map<number, KpiStatus | null>();
  private readonly achieved = new Map<number, boolean>();
  private readonly dues = new Map<number, number | null>();
  private readonly scores = new Map<number, { readonly score: number; readonly tip: string | null }>();
  private readonly groundwork = new Map<unknown, unknown>();

  constructor(
    private readonly model: StrategyModel,
    private readonly options: AlignmentOptions,
    readonly asOf: number,
  ) {}

  kpiStatus(i: number): KpiStatus | null {
    return remembered(this.statuses, i, () => kpiStatusAt(this.model.kpis[i], this.asOf));
  }

  kpiAchieved(i: number): boolean {
    const status = this.kpiStatus(i);
    // When the engine cannot judge (no readable target), the Status cell is the best word we have.
    return status === null ? saysAchieved(this.model.kpis[i].status) : status === 'Achieved';
  }

  goalAchieved(i: number): boolean {
    return remembered(this.achieved, i, () => this.judgeGoalAchieved(i));
  }

  private judgeGoalAchieved(i: number): boolean {
    if (saysAchieved(this.model.goals[i].status)) return true;
    const kpis = this.model.relations.kpisOfGoal[i];
    return kpis.length > 0 && kpis.every((k) => this.kpiAchieved(k));
  }

  goalDue(i: number): number | null {
    return remembered(this.dues, i, () => {
      const goal = this.model.goals[i];
      return goal.due.serial ?? deadlineInText(goal.text);
    });
  }

  once<T>(compute: (model: StrategyModel, ctx: RuleContext) => T): T {
    return remembered(this.groundwork, compute, () => compute(this.model, this)) as T;
  }

  smart(i: number): { readonly score: number; readonly tip: string | null } {
    return remembered(this.scores, i, () => this.scoreGoal(i));
  }

  private scoreGoal(i: number): { score: number; tip: string | null } {
    const goal = this.model.goals[i];
    const tip = goal.tips !== '' ? goal.tips : null;
    if (goal.smart !== null) return { score: goal.smart, tip };
    if (this.options.smartScore) {
      const score = this.options.smartScore(goal);
      return { score: Number.isFinite(score) ? score : 0, tip };
    }
    const context = this.model.relations.anchorsOfGoal[i]
      .filter((r) => r.kind === 'strategy')
      .map((r) => this.model.strategy[r.index].statement)
      .join('. ');
    const analysis = analyzeGoal(
      {
        text: goal.text,
        due: this.goalDue(i),
        baseline: kpiNumber(goal.baseline),
        target: kpiNumber(goal.target),
        context: context || null,
      },
      { asOf: this.asOf },
    );
    return { score: analysis.score, tip: analysis.tips[0] ?? null };
  }
}

export function createContext(model: StrategyModel, options: AlignmentOptions): RuleContext {
  return new RunContext(model, options, options.asOf);
}
