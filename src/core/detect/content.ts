/** What the cells below say about a column's role, independent of its header. */
import type { ColumnProfile } from './profile';
import type { ColumnRole } from './types';

export type RoleScores = Map<ColumnRole, number>;

function raise(scores: RoleScores, role: ColumnRole, score: number): void {
  if (score > (scores.get(role) ?? 0)) scores.set(role, score);
}

export function contentRoleScores(p: ColumnProfile): RoleScores {
  const scores: RoleScores = new Map();
  if (p.n === 0) return scores;
  const share = (k: number): number => k / p.n;
  const t = p.types;
  const distinctShare = p.distinct / p.n;
  const text = share(t.text);

  if (share(p.codes) >= 0.6) {
    // Unique codes name the rows; repeated ones point at rows elsewhere (a goal, a pillar).
    if (distinctShare >= 0.8) raise(scores, 'id', 0.75);
    else raise(scores, 'link', 0.55);
  }
  if (p.sequential && share(t.number) === 1) raise(scores, 'id', 0.45);
  const people = share(p.people);
  // Names repeat down an owner column; distinct title-case phrases are more likely items than people.
  if ((people >= 0.5 || people + share(p.firstNames) >= 0.8) && distinctShare <= 0.7 && p.n >= 4)
    raise(scores, 'owner', 0.6);
  if (share(p.direction) >= 0.7) raise(scores, 'direction', 0.9);
  if (share(p.frequency) >= 0.7) raise(scores, 'frequency', 0.9);
  if (share(p.status) >= 0.6) raise(scores, 'status', 0.8);
  if (share(t.bool) >= 0.8) raise(scores, 'status', 0.45);
  if (share(p.unit) >= 0.7) raise(scores, 'unit', 0.75);
  const dates = share(t.date + p.serialLike);
  if (dates >= 0.7) {
    raise(scores, 'due', 0.4);
    raise(scores, 'start', 0.3);
    raise(scores, 'asOf', 0.3);
  }
  if (share(t.period) >= 0.7) raise(scores, 'period', 0.7);
  if (share(p.numeric) >= 0.7) {
    raise(scores, 'target', 0.25);
    raise(scores, 'actual', 0.25);
    raise(scores, 'baseline', 0.2);
  }
  if (share(p.longText) >= 0.5) {
    raise(scores, 'goal', 0.45);
    raise(scores, 'notes', 0.4);
  } else if (text >= 0.7 && distinctShare >= 0.8 && people < 0.5) {
    // Distinct short names: KPI names are often one word ("Churn"), goals are phrases.
    raise(scores, 'kpi', 0.3);
    if (p.avgWords >= 2) raise(scores, 'goal', 0.3);
  }
  if (share(p.swot) >= 0.5 && p.swotKinds >= 2) raise(scores, 'other', 0.6);
  if (share(p.strategy) >= 0.5) raise(scores, 'other', 0.5);
  return scores;
}

const DATE_ROLES: ReadonlySet<ColumnRole> = new Set(['start', 'due', 'asOf']);
const NUMBER_ROLES: ReadonlySet<ColumnRole> = new Set(['baseline', 'target', 'actual', 'weight']);
const TEXT_ROLES: ReadonlySet<ColumnRole> = new Set([
  'goal',
  'kpi',
  'owner',
  'notes',
  'direction',
  'unit',
  'frequency',
]);

/** How well the cells fit what a role needs (1: fine or unknown; lower: they contradict it). */
export function compatibility(role: ColumnRole, p: ColumnProfile): number {
  if (p.n === 0) return 1;
  const t = p.types;
  if (DATE_ROLES.has(role)) return 0.4 + 0.6 * Math.min(1, (t.date + t.period + p.serialLike) / p.n);
  if (NUMBER_ROLES.has(role)) return 0.35 + 0.65 * Math.min(1, (p.numeric + t.error) / p.n);
  // Words under a "Status" or "State" header that no tracker uses for a status (state codes, names) say it is something else.
  if (role === 'status' && t.text >= 0.7 * p.n && p.status === 0) return 0.5;
  if (TEXT_ROLES.has(role)) {
    const fit = 0.4 + 0.6 * Math.min(1, (t.text + t.period) / p.n);
    return role === 'goal' && t.text > 0 && p.avgWords < 1.5 ? fit * 0.5 : fit;
  }
  return 1;
}
