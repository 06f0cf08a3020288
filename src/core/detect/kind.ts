/** What a table is about, from its headers, its roles and the categories its cells name. */
import { STRATEGY_WORDS, swotQuadrantOf } from './lexicon';
import type { RoledColumn } from './roles';
import { normalizeText } from './text';
import type { TableKind } from './types';

export interface KindResult {
  readonly kind: TableKind;
  readonly confidence: number;
}

/** A column headed by a SWOT quadrant ("Forças", "Threats"), in its own header cell or the group above it. */
export function quadrantOfColumn(col: RoledColumn): string | undefined {
  return swotQuadrantOf(col.input.name) ?? swotQuadrantOf(col.input.group);
}

/**
 * `rowQuadrants`: the quadrants the whole header row names, beside this table too (boxes set side by side
 * with a gap between them are split into one table each).
 * `above`: the texts of the row right above the header, where a grid of SWOT boxes names its
 * quadrants ("Forças" over "ID / Itens / Pontos").
 */
export function tableKind(cols: readonly RoledColumn[], above: readonly string[] = [], rowQuadrants = 0): KindResult {
  const quadrants = new Set<string>();
  let strategyHeaders = 0;
  for (const col of cols) {
    const q = quadrantOfColumn(col);
    if (q) quadrants.add(q);
    if (STRATEGY_WORDS.has(normalizeText(col.input.name))) strategyHeaders++;
  }
  // Two factors side by side beside a named action ("Strengths", "Threats", "Action to take") pair them for a goal.
  const action = cols.some(
    (c) => (c.role === 'goal' || c.role === 'kpi') && c.headerStrength >= 0.6 && quadrantOfColumn(c) === undefined,
  );
  if (quadrants.size === 2 && action) return { kind: 'goals', confidence: 0.7 };
  if (quadrants.size >= 2) return { kind: 'swot', confidence: quadrants.size >= 4 ? 0.95 : 0.8 };
  // Boxes stacked in one column: the column is headed by one quadrant and holds the next one's title further down.
  const stacked = cols.some((c) => quadrantOfColumn(c) !== undefined && c.input.profile.swot >= 1);
  if (quadrants.size === 1 && (stacked || rowQuadrants >= 2)) return { kind: 'swot', confidence: 0.75 };
  const captions = new Set(above.map(swotQuadrantOf).filter((q) => q !== undefined));
  if (captions.size >= 2) return { kind: 'swot', confidence: 0.75 };
  for (const col of cols) {
    const p = col.input.profile;
    if (p.n > 0 && p.swot >= 0.5 * p.n && p.swotKinds >= 2)
      return { kind: 'swot', confidence: p.swotKinds >= 4 ? 0.9 : 0.75 };
  }
  if (strategyHeaders >= 2) return { kind: 'strategy', confidence: 0.8 };
  for (const col of cols) {
    const p = col.input.profile;
    if (p.n > 0 && p.strategy >= 2 && p.strategy >= 0.5 * p.n) return { kind: 'strategy', confidence: 0.8 };
  }
  const has = (role: string): boolean => cols.some((c) => c.role === role);
  const kpiSigns = ['actual', 'direction', 'frequency', 'asOf', 'baseline', 'unit'].filter(has).length;
  if (has('kpi')) return { kind: 'kpis', confidence: Math.min(0.95, 0.7 + 0.08 * kpiSigns) };
  if (has('goal')) {
    const goalSigns = ['due', 'owner', 'start', 'status', 'target'].filter(has).length;
    // "Task" or "Item" over short lines, with little else, is a to-do list or an inventory: a goals table
    // shows evidence (a column named for goals, goal-like sentences, or owners, dates and targets together).
    const goal = cols.find((c) => c.role === 'goal');
    const p = goal?.input.profile;
    const sentences = p !== undefined && p.n > 0 && p.longText >= 0.5 * p.n;
    const evidence = goalSigns + (has('link') ? 1 : 0);
    if (goal && goal.headerStrength < 0.6 && evidence < 2 && !sentences) return { kind: 'other', confidence: 0.5 };
    return { kind: 'goals', confidence: Math.min(0.95, 0.65 + 0.08 * goalSigns) };
  }
  // Planned against actual alone is also a budget; a KPI table shows one more sign of measuring something.
  if (has('actual') && (has('target') || has('direction')) && kpiSigns >= 2) return { kind: 'kpis', confidence: 0.6 };
  return { kind: 'other', confidence: 0.5 };
}
