/**
 * Normalised wording of KPI names and units, worked out once per model: several rules read them, and at
 * 100,000 rows normalising the same text again in each rule was a large share of an audit.
 */
import { normText, type StrategyModel } from '../model';
import { perModel } from './memo';

/** Each KPI's name as normalised words ("Waste %" → ["waste", "percent"]); [] for a blank name. */
export const kpiNameWords = perModel((model: StrategyModel): readonly (readonly string[])[] =>
  model.kpis.map((k) => {
    const norm = normText(k.name);
    return norm === '' ? [] : norm.split(' ');
  }),
);

/** Each KPI's unit as a comparison key; a table holds few distinct units, so each is normalised once. */
export const kpiUnitKeys = perModel((model: StrategyModel): readonly string[] => {
  const seen = new Map<string, string>();
  return model.kpis.map((k) => {
    let key = seen.get(k.unit);
    if (key === undefined) seen.set(k.unit, (key = normText(k.unit)));
    return key;
  });
});
