import { atField } from '../../model';
/** Rules about the strategy layer: SWOT items answered, values acted on, goals worded well enough to steer by. */
import type { SwotQuadrant, StrategyModel } from '../../model';
import { entityVars, entityVarsWith, finding } from '../describe';
import { HIGH_IMPACT, SMART_PASS } from '../lexicons';
import { fill, MSG, RULE_TEXT } from '../messages';
import type { Finding, Rule } from '../types';

function highImpact(model: StrategyModel, quadrant: SwotQuadrant): number[] {
  const out: number[] = [];
  model.swot.forEach((s, i) => {
    if (s.quadrant === quadrant && s.impact !== null && s.impact >= HIGH_IMPACT) out.push(i);
  });
  return out;
}

function unaddressed(
  id: 'unaddressed-threat' | 'unaddressed-weakness',
  quadrant: SwotQuadrant,
  fixTemplate: string,
): Rule {
  // The rule's texts come last: properties after a spread make a slow object (see entityVarsWith).
  return {
    id,
    severity: 'warning',
    count: (model) => highImpact(model, quadrant).length,
    check(model) {
      const out: Finding[] = [];
      for (const i of highImpact(model, quadrant)) {
        if (model.relations.goalsOfSwot[i].length > 0 || model.relations.towsOfSwot[i].length > 0) continue;
        const s = model.swot[i];
        const vars = entityVarsWith(model, s.ref, { impact: s.impact ?? '' });
        out.push(finding(id, 'warning', s.location, fill(MSG.unaddressed, vars), fill(fixTemplate, vars), [vars.id]));
      }
      return out;
    },
    ...RULE_TEXT[id],
  };
}

export const unaddressedThreat = unaddressed('unaddressed-threat', 'threat', MSG.unaddressedThreatFix);
export const unaddressedWeakness = unaddressed('unaddressed-weakness', 'weakness', MSG.unaddressedWeaknessFix);

const valuesAndPillars = (model: StrategyModel): number[] =>
  model.strategy.flatMap((s, i) => (s.type === 'value' || s.type === 'pillar' ? [i] : []));

export const valueNotReflected: Rule = {
  id: 'value-not-reflected',
  severity: 'info',
  ...RULE_TEXT['value-not-reflected'],
  count: (model) => valuesAndPillars(model).length,
  check(model) {
    return valuesAndPillars(model)
      .filter((i) => model.relations.goalsOfStrategy[i].length === 0)
      .map((i) => {
        const s = model.strategy[i];
        const vars = entityVars(model, s.ref);
        return finding(
          this.id,
          this.severity,
          s.location,
          fill(MSG.valueNotReflected, vars),
          fill(MSG.valueNotReflectedFix, vars),
          [vars.id],
        );
      });
  },
};

export const weakSmart: Rule = {
  id: 'weak-smart',
  severity: 'info',
  ...RULE_TEXT['weak-smart'],
  count: (model) => model.goals.length,
  check(model, ctx) {
    const out: Finding[] = [];
    model.goals.forEach((g, i) => {
      const { score, tip } = ctx.smart(i);
      if (score >= SMART_PASS) return;
      const vars = entityVarsWith(model, g.ref, { score: Math.round(score), tip: tip ?? '' });
      const fix = tip ? fill(MSG.weakSmartFixTip, vars) : fill(MSG.weakSmartFix, vars);
      out.push(finding(this.id, this.severity, atField(g.location, 'Goal'), fill(MSG.weakSmart, vars), fix, [vars.id]));
    });
    return out;
  },
};
