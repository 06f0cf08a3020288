/** Facts every rule may need, computed at most once per run and only when a rule asks. */
import type { KpiStatus } from '../kpi';
import type { StrategyModel } from '../model';
import { analyzeGoalRow, kpiNumber, kpiReadings, kpiStatusAt } from './engines';
import { readDeadline } from '../smart';
import { ACHIEVED_WORDS } from './lexicons';
import type { AlignmentOptions, RuleContext } from './types';

const ACHIEVED: ReadonlySet<string> = new Set(ACHIEVED_WORDS);

export function saysAchieved(status: string): boolean {
  return ACHIEVED.has(status.trim().toLowerCase());
}

/**
 * A deadline written in the goal's words ("… by 30 June 2027", "antes del 31 de marzo de 2027", "within 6 months"),
 * read by the same reader as SMART's Time-bound: a goal SMART calls time-bound is not reported undated. A span
 * counts from `from` (the goal's start, else the audit date); without it only written dates count.
 */
export function deadlineInText(text: string, from?: number): number | null {
  return readDeadline(text, from)?.serial ?? null;
}

/** The run's facts, each computed on first request and remembered for the rest of the run (by entity index). */
class RunContext implements RuleContext {
  private readonly statuses: (KpiStatus | null | undefined)[] = [];
  private readonly achieved: (boolean | undefined)[] = [];
  private readonly dues: (number | null | undefined)[] = [];
  private readonly scores: ({ readonly score: number; readonly tip: string | null } | undefined)[] = [];
  private readonly groundwork = new Map<unknown, unknown>();

  constructor(
    private readonly model: StrategyModel,
    private readonly options: AlignmentOptions,
    readonly asOf: number,
  ) {}

  kpiStatus(i: number): KpiStatus | null {
    let status = this.statuses[i];
    if (status === undefined)
      this.statuses[i] = status = kpiStatusAt(this.model.kpis[i], this.asOf, this.once(kpiReadings)[i]);
    return status;
  }

  kpiAchieved(i: number): boolean {
    const status = this.kpiStatus(i);
    // When the engine cannot judge (no readable target), the Status cell is the best word we have.
    return status === null ? saysAchieved(this.model.kpis[i].status) : status === 'Achieved';
  }

  goalAchieved(i: number): boolean {
    return (this.achieved[i] ??= this.judgeGoalAchieved(i));
  }

  private judgeGoalAchieved(i: number): boolean {
    if (saysAchieved(this.model.goals[i].status)) return true;
    const kpis = this.model.relations.kpisOfGoal[i];
    return kpis.length > 0 && kpis.every((k) => this.kpiAchieved(k));
  }

  goalDue(i: number): number | null {
    let due = this.dues[i];
    if (due === undefined) {
      const goal = this.model.goals[i];
      this.dues[i] = due = goal.due.serial ?? deadlineInText(goal.text, goal.start.serial ?? this.asOf);
    }
    return due;
  }

  once<T>(compute: (model: StrategyModel, ctx: RuleContext) => T): T {
    if (!this.groundwork.has(compute)) this.groundwork.set(compute, compute(this.model, this));
    return this.groundwork.get(compute) as T;
  }

  smart(i: number): { readonly score: number; readonly tip: string | null } {
    return (this.scores[i] ??= this.scoreGoal(i));
  }

  private scoreGoal(i: number): { score: number; tip: string | null } {
    const goal = this.model.goals[i];
    const tip = goal.tips !== '' ? goal.tips : null;
    if (goal.smart !== null) return { score: goal.smart, tip };
    if (this.options.smartScore) {
      const score = this.options.smartScore(goal);
      return { score: Number.isFinite(score) ? score : 0, tip };
    }
    // The same inputs as the Goals table's SMART column, so the finding quotes the score the sheet shows.
    const analysis = analyzeGoalRow(
      { text: goal.text, due: goal.due.serial, baseline: kpiNumber(goal.baseline), target: kpiNumber(goal.target) },
      this.asOf,
    );
    return { score: analysis.score, tip: analysis.tips[0] ?? null };
  }
}

export function createContext(model: StrategyModel, options: AlignmentOptions): RuleContext {
  return new RunContext(model, options, options.asOf);
}
