import { atField } from '../../model';
/** Rules about dates: deadlines present, passed, in order, and measurements kept fresh. */
import { formatSerialLong } from '../../dates';
import type { EntityRef, Location, StrategyModel } from '../../model';
import { entityVars, entityVarsWith, finding, idOf } from '../describe';
import { staleDays } from '../lexicons';
import { fill, MSG, RULE_TEXT } from '../messages';
import type { Finding, Rule, RuleContext } from '../types';

/** The first of the goals with a deadline, and that deadline, for a KPI without one of its own; null when none has. */
function firstGoalDeadline(goals: readonly number[], ctx: RuleContext): { goal: number; due: number } | null {
  for (const goal of goals) {
    const due = ctx.goalDue(goal);
    if (due !== null) return { goal, due };
  }
  return null;
}

/**
 * Every goal and KPI needs a date in its own Due cell: status, pacing and the sheet's sorting and filters read
 * that cell. A blank one is still reported when a date can be found elsewhere (in the goal's wording, or the
 * KPI's goal), with that date as the fix. Only a table without a Due column at all is taken at its word.
 */
export const missingDeadline: Rule = {
  id: 'missing-deadline',
  severity: 'warning',
  ...RULE_TEXT['missing-deadline'],
  count: (model) => model.goals.length + model.kpis.length,
  check(model, ctx) {
    const out: Finding[] = [];
    const push = (location: Location, message: string, fix: string, id: string) =>
      out.push(finding(this.id, this.severity, atField(location, 'Due'), message, fix, [id]));
    const pushMissing = (ref: EntityRef, location: Location, unreadable: string | null) => {
      const vars = entityVars(model, ref);
      const message =
        unreadable !== null
          ? fill(MSG.unreadableDeadline, Object.assign({}, vars, { raw: unreadable }))
          : fill(MSG.missingDeadline, vars);
      push(location, message, fill(MSG.missingDeadlineFix, vars), vars.id);
    };
    for (let i = 0; i < model.goals.length; i++) {
      const g = model.goals[i];
      if (g.due.serial !== null) continue;
      const inWording = ctx.goalDue(i);
      if (g.due.unreadable !== null || inWording === null) pushMissing(g.ref, g.location, g.due.unreadable);
      else if (g.location.columns.has('Due')) {
        const vars = entityVarsWith(model, g.ref, { due: formatSerialLong(inWording) });
        push(g.location, fill(MSG.deadlineOnlyInWording, vars), fill(MSG.deadlineOnlyInWordingFix, vars), vars.id);
      }
    }
    for (let i = 0; i < model.kpis.length; i++) {
      const k = model.kpis[i];
      if (k.due.serial !== null) continue;
      const dated = firstGoalDeadline(model.relations.goalsOfKpi[i], ctx);
      if (k.due.unreadable !== null || dated === null) pushMissing(k.ref, k.location, k.due.unreadable);
      else if (k.location.columns.has('Due')) {
        const goalId = idOf(model, model.goals[dated.goal].ref);
        const vars = entityVarsWith(model, k.ref, { goalId, due: formatSerialLong(dated.due) });
        push(k.location, fill(MSG.kpiDeadlineFromGoal, vars), fill(MSG.kpiDeadlineFromGoalFix, vars), vars.id);
      }
    }
    return out;
  },
};

export const deadlinePassed: Rule = {
  id: 'deadline-passed',
  severity: 'warning',
  ...RULE_TEXT['deadline-passed'],
  count: (model, ctx) => {
    let dated = 0;
    for (let i = 0; i < model.goals.length; i++) if (ctx.goalDue(i) !== null) dated++;
    for (const k of model.kpis) if (k.due.serial !== null) dated++;
    return dated;
  },
  check(model, ctx) {
    const out: Finding[] = [];
    for (let i = 0; i < model.goals.length; i++) {
      const g = model.goals[i];
      const due = ctx.goalDue(i);
      if (due === null || due >= ctx.asOf || ctx.goalAchieved(i)) continue;
      const vars = entityVarsWith(model, g.ref, { due: formatSerialLong(due) });
      out.push(
        finding(
          this.id,
          this.severity,
          atField(g.location, 'Due'),
          fill(MSG.goalDeadlinePassed, vars),
          fill(MSG.deadlinePassedFix, vars),
          [vars.id],
        ),
      );
    }
    for (let i = 0; i < model.kpis.length; i++) {
      const k = model.kpis[i];
      const due = k.due.serial;
      if (due === null || due >= ctx.asOf || ctx.kpiAchieved(i)) continue;
      const status = ctx.kpiStatus(i) ?? (k.status !== '' ? k.status : 'unknown');
      const vars = entityVarsWith(model, k.ref, { due: formatSerialLong(due), status });
      out.push(
        finding(
          this.id,
          this.severity,
          atField(k.location, 'Due'),
          fill(MSG.kpiDeadlinePassed, vars),
          fill(MSG.deadlinePassedFix, vars),
          [vars.id],
        ),
      );
    }
    return out;
  },
};

interface DuePair {
  readonly kpi: number;
  readonly goal: number;
  readonly kpiDue: number;
  readonly goalDue: number;
}

/** KPI-goal pairs where both are dated (the rule's checks), and those where the KPI is due later. */
function duePairs(model: StrategyModel, ctx: RuleContext): { pairs: number; late: DuePair[] } {
  let pairs = 0;
  const late: DuePair[] = [];
  for (let i = 0; i < model.kpis.length; i++) {
    const kpiDue = model.kpis[i].due.serial;
    if (kpiDue === null) continue;
    for (const g of model.relations.goalsOfKpi[i]) {
      const goalDue = ctx.goalDue(g);
      if (goalDue === null) continue;
      pairs++;
      // Compared by calendar day: a time of day on one of the cells is not a later deadline.
      if (Math.floor(kpiDue) > Math.floor(goalDue)) late.push({ kpi: i, goal: g, kpiDue, goalDue });
    }
  }
  return { pairs, late };
}

export const kpiDueAfterGoal: Rule = {
  id: 'kpi-due-after-goal',
  severity: 'warning',
  ...RULE_TEXT['kpi-due-after-goal'],
  count: (_model, ctx) => ctx.once(duePairs).pairs,
  check(model, ctx) {
    return ctx.once(duePairs).late.map((p) => {
      const k = model.kpis[p.kpi];
      const goalId = idOf(model, model.goals[p.goal].ref);
      const vars = entityVarsWith(model, k.ref, {
        goalId,
        kpiDue: formatSerialLong(p.kpiDue),
        goalDue: formatSerialLong(p.goalDue),
      });
      return finding(
        this.id,
        this.severity,
        atField(k.location, 'Due'),
        fill(MSG.kpiDueAfterGoal, vars),
        fill(MSG.kpiDueAfterGoalFix, vars),
        [vars.id, goalId],
      );
    });
  },
};

/** KPIs still being worked on with a measurement date: not achieved, started, not past due, not dated in the future. */
function openMeasured(model: StrategyModel, ctx: RuleContext): number[] {
  const out: number[] = [];
  for (let i = 0; i < model.kpis.length; i++) {
    const k = model.kpis[i];
    const measured = k.asOf.serial;
    if (measured === null || measured > ctx.asOf) continue;
    if (k.due.serial !== null && k.due.serial < ctx.asOf) continue; // deadline-passed speaks for it
    if (k.start.serial !== null && k.start.serial > ctx.asOf) continue;
    if (!ctx.kpiAchieved(i)) out.push(i);
  }
  return out;
}

export const staleKpi: Rule = {
  id: 'stale-kpi',
  severity: 'warning',
  ...RULE_TEXT['stale-kpi'],
  count: (_model, ctx) => ctx.once(openMeasured).length,
  check(model, ctx) {
    const out: Finding[] = [];
    for (const i of ctx.once(openMeasured)) {
      const k = model.kpis[i];
      const measured = k.asOf.serial as number;
      const age = Math.floor(ctx.asOf) - Math.floor(measured);
      const { days, word } = staleDays(k.frequency);
      if (age <= days) continue;
      const vars = entityVarsWith(model, k.ref, {
        measured: formatSerialLong(measured),
        days: age,
        allowed: days,
        frequency: word ?? '',
      });
      const message = fill(word === null ? MSG.staleKpiNoFrequency : MSG.staleKpi, vars);
      out.push(
        finding(this.id, this.severity, atField(k.location, 'As of'), message, fill(MSG.staleKpiFix, vars), [vars.id]),
      );
    }
    return out;
  },
};
