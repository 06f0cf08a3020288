/** Facts every rule may need, computed at most once per run and only when a rule asks. */
import type { KpiStatus } from '../kpi';
import { buildStrategyModel, type StrategyModel } from '../model';
import { keepShape } from '../keepShape';
import { analyzeGoal, kpiNumber, kpiStatusAt } from './engines';
import { readDeadline } from '../smart';
import { ACHIEVED_WORDS } from './lexicons';
import type { AlignmentOptions, RuleContext } from './types';

const ACHIEVED = new Set(ACHIEVED_WORDS);

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

const NOT_YET = 0;
const DONE = 1;

/**
 * The run's facts, each computed on first request. A class rather than closures made per run: V8 keeps a
 * closure's optimised code only while that closure lives, so closures made afresh for each audit were compiled
 * again for each audit (in a long task-pane session, after every full garbage collection).
 */
class RunContext implements RuleContext {
  private readonly statuses: (KpiStatus | null)[];
  private readonly statusDone: Uint8Array;
  private readonly achieved: boolean[];
  private readonly achievedDone: Uint8Array;
  private readonly dues: (number | null)[];
  private readonly dueDone: Uint8Array;
  private readonly scores: ({ score: number; tip: string | null } | undefined)[];

  constructor(
    private readonly model: StrategyModel,
    private readonly options: AlignmentOptions,
    readonly asOf: number,
  ) {
    this.statuses = new Array<KpiStatus | null>(model.kpis.length);
    this.statusDone = new Uint8Array(model.kpis.length);
    this.achieved = new Array<boolean>(model.goals.length);
    this.achievedDone = new Uint8Array(model.goals.length);
    this.dues = new Array<number | null>(model.goals.length);
    this.dueDone = new Uint8Array(model.goals.length);
    this.scores = new Array<{ score: number; tip: string | null } | undefined>(model.goals.length);
  }

  kpiStatus(i: number): KpiStatus | null {
    if (this.statusDone[i] === NOT_YET) {
      this.statuses[i] = kpiStatusAt(this.model.kpis[i], this.asOf);
      this.statusDone[i] = DONE;
    }
    return this.statuses[i];
  }

  kpiAchieved(i: number): boolean {
    const status = this.kpiStatus(i);
    // When the engine cannot judge (no readable target), the Status cell is the best word we have.
    return status === null ? saysAchieved(this.model.kpis[i].status) : status === 'Achieved';
  }

  goalAchieved(i: number): boolean {
    if (this.achievedDone[i] === NOT_YET) {
      this.achieved[i] = this.judgeGoalAchieved(i);
      this.achievedDone[i] = DONE;
    }
    return this.achieved[i];
  }

  private judgeGoalAchieved(i: number): boolean {
    if (saysAchieved(this.model.goals[i].status)) return true;
    const kpis = this.model.relations.kpisOfGoal[i];
    if (kpis.length === 0) return false;
    for (const k of kpis) if (!this.kpiAchieved(k)) return false;
    return true;
  }

  goalDue(i: number): number | null {
    if (this.dueDone[i] === NOT_YET) {
      const goal = this.model.goals[i];
      this.dues[i] = goal.due.serial ?? deadlineInText(goal.text, goal.start.serial ?? this.asOf);
      this.dueDone[i] = DONE;
    }
    return this.dues[i];
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

keepShape(new RunContext(buildStrategyModel([]), { asOf: 0 }, 0));

export function createContext(model: StrategyModel, options: AlignmentOptions): RuleContext {
  return new RunContext(model, options, options.asOf);
}
