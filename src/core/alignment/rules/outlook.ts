/** The predictive rule: KPIs whose history says they will miss their target by the due date, and their goals. */
import { outlookOfKpi } from '../../checkin';
import { formatSerialLong } from '../../dates';
import { atField, cellText, type StrategyModel } from '../../model';
import { entityVarsWith, finding } from '../describe';
import { fill, MSG, RULE_TEXT } from '../messages';
import type { Finding, Rule, RuleContext } from '../types';

/**
 * KPIs with history, and for each whether its outlook at `asOf` is Projected to miss (with the outlook); worked
 * out once per run for the count and the check.
 */
function projections(model: StrategyModel, ctx: RuleContext) {
  return model.kpis.flatMap((kpi, i) => {
    const history = model.history.ofKpi[i] ?? [];
    if (history.length === 0) return [];
    const outlook = outlookOfKpi(kpi, history, ctx.asOf);
    return [{ index: i, outlook, misses: outlook?.outlook === 'Projected to miss' }];
  });
}

const round = (n: number): string => String(Math.round(n * 100) / 100);

export const projectedMiss: Rule = {
  id: 'projected-miss',
  severity: 'warning',
  ...RULE_TEXT['projected-miss'],
  count(model, ctx) {
    const kpis = ctx.once(projections);
    const goals = new Set(kpis.flatMap((k) => model.relations.goalsOfKpi[k.index]));
    return kpis.length + goals.size;
  },
  check(model, ctx) {
    const out: Finding[] = [];
    const missing = ctx.once(projections).filter((k) => k.misses);
    for (const { index, outlook } of missing) {
      const kpi = model.kpis[index];
      if (!outlook || outlook.forecast === null || outlook.at === null || outlook.probability === null) continue;
      const vars = entityVarsWith(model, kpi.ref, {
        target: cellText(kpi.target),
        due: formatSerialLong(outlook.at),
        forecast: round(outlook.forecast),
        chance: Math.round(outlook.probability * 100),
      });
      out.push(
        finding(
          this.id,
          this.severity,
          atField(kpi.location, 'Target'),
          fill(MSG.projectedMiss, vars),
          fill(MSG.projectedMissFix, vars),
          [vars.id],
        ),
      );
    }
    const byGoal = new Map<number, string[]>();
    for (const { index } of missing)
      for (const g of model.relations.goalsOfKpi[index])
        byGoal.set(g, [...(byGoal.get(g) ?? []), model.kpis[index].id]);
    for (const [g, ids] of byGoal) {
      const goal = model.goals[g];
      const vars = entityVarsWith(model, goal.ref, { kpis: ids.join(', ') });
      out.push(
        finding(
          this.id,
          this.severity,
          atField(goal.location, 'Status'),
          fill(ids.length === 1 ? MSG.goalProjectedMiss : MSG.goalProjectedMissMany, vars),
          fill(MSG.goalProjectedMissFix, vars),
          [vars.id, ...ids],
        ),
      );
    }
    return out;
  },
};
