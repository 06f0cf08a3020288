/**
 * Rules state their applicable checks (`count`) and their findings (`check`) separately, and both often need
 * the same groundwork (metric groups, goal clauses, owner loads). These wrappers compute it once per run.
 */
import type { StrategyModel } from '../model';
import type { RuleContext } from './types';

/** Memoises on the model object: the groundwork depends on the model alone. */
export function perModel<T>(compute: (model: StrategyModel) => T): (model: StrategyModel) => T {
  const cache = new WeakMap<StrategyModel, T>();
  return (model) => {
    if (!cache.has(model)) cache.set(model, compute(model));
    return cache.get(model) as T;
  };
}

/** Memoises on the run's context: the groundwork depends on the as-of date or computed statuses too. */
export function perRun<T>(
  compute: (model: StrategyModel, ctx: RuleContext) => T,
): (model: StrategyModel, ctx: RuleContext) => T {
  const cache = new WeakMap<RuleContext, T>();
  return (model, ctx) => {
    if (!cache.has(ctx)) cache.set(ctx, compute(model, ctx));
    return cache.get(ctx) as T;
  };
}
