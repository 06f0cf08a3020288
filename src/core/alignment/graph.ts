/**
 * The strategy picture: mission and vision, values and pillars, goals, KPIs (plus the SWOT items and TOWS
 * strategies goals come from), with each node's status, for the pane's SVG. Plain data; no layout.
 */
import type { EntityRef, StrategyModel } from '../model';
import { GoalStatusIndex } from '../structure/goalStatus';
import { kpiStatusAt } from './engines';
import { anchoredGoals } from './rules/links';
import { named } from './describe';

export type GraphNodeKind = 'mission' | 'vision' | 'value' | 'pillar' | 'strategy' | 'swot' | 'tows' | 'goal' | 'kpi';

export interface GraphNode {
  /** Unique in the graph: `goal:3`. */
  readonly key: string;
  readonly kind: GraphNodeKind;
  /** The ID as written, or "" for a row without one. */
  readonly id: string;
  readonly text: string;
  /** 0 mission/vision, 1 values/pillars/SWOT/TOWS, 2 goals, 3 KPIs: the picture's columns. */
  readonly level: 0 | 1 | 2 | 3;
  /** KPI status (engine at asOf, else the Status cell); goals and pillars roll up worst-first; null when unknown. */
  readonly status: string | null;
  /** Not connected to the layer it should hang from (a KPI with no goal, a goal tied to no strategy, a value with no goal). */
  readonly orphan: boolean;
  readonly sheet: string;
  readonly cell: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** `frames`: mission/vision over each value and pillar (implied, not written in a cell). */
  readonly kind: 'frames' | 'supports' | 'measures' | 'addresses' | 'parent';
}

export interface StrategyGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Worst first: the status a roll-up shows when its children disagree ("worst status wins", DESIGN §2). */
const STATUS_RANK: readonly string[] = ['Missed', 'Off track', 'At risk', 'On track', 'Not started', 'Achieved'];

export function worstStatus(statuses: readonly (string | null)[]): string | null {
  let best: string | null = null;
  let rank = Infinity;
  for (const s of statuses) {
    const r = s === null ? -1 : STATUS_RANK.indexOf(s);
    if (r >= 0 && r < rank) {
      rank = r;
      best = s;
    }
  }
  return best;
}

const keyOf = (ref: EntityRef): string => `${ref.kind}:${ref.index}`;

export function buildStrategyGraph(model: StrategyModel, options: { readonly asOf?: number } = {}): StrategyGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const node = (
    ref: EntityRef,
    kind: GraphNodeKind,
    level: GraphNode['level'],
    status: string | null,
    orphan: boolean,
  ) => {
    const n = named(model, ref);
    nodes.push({ key: keyOf(ref), kind, id: n.id, text: n.text, level, status, orphan, sheet: n.sheet, cell: n.cell });
  };
  const { relations } = model;
  const kpiStatus = model.kpis.map((k) => {
    const computed = options.asOf !== undefined ? kpiStatusAt(k, options.asOf) : null;
    return computed ?? (k.status !== '' ? k.status : null);
  });
  // As the goal's live Status formula rolls it up (goalStatus.ts), from the KPI statuses at asOf; a goal no KPI
  // names that way keeps its Status cell, else the worst of the KPIs linked to it by wording.
  const rollup = new GoalStatusIndex(model.kpis.map((k, i) => ({ goal: k.goal.raw, status: kpiStatus[i] })));
  const goalStatus = model.goals.map((g, i) => {
    const key = { id: g.id, text: g.text };
    if (rollup.measures(key)) return rollup.statusOf(key);
    return g.status !== '' ? g.status : worstStatus(relations.kpisOfGoal[i].map((k) => kpiStatus[k]));
  });
  const anchored = anchoredGoals(model);

  const framing = model.strategy.filter((s) => s.type === 'mission' || s.type === 'vision');
  model.strategy.forEach((s, i) => {
    const isFrame = s.type === 'mission' || s.type === 'vision';
    const kind: GraphNodeKind = s.type === 'other' ? 'strategy' : s.type;
    const goals = relations.goalsOfStrategy[i];
    const orphan = (s.type === 'value' || s.type === 'pillar') && goals.length === 0;
    node(s.ref, kind, isFrame ? 0 : 1, isFrame ? null : worstStatus(goals.map((g) => goalStatus[g])), orphan);
    if (!isFrame) for (const f of framing) edges.push({ from: keyOf(f.ref), to: keyOf(s.ref), kind: 'frames' });
  });
  // SWOT items and TOWS strategies appear when they lead somewhere, so the picture stays about goals.
  model.swot.forEach((s, i) => {
    if (relations.goalsOfSwot[i].length > 0 || relations.towsOfSwot[i].length > 0) node(s.ref, 'swot', 1, null, false);
  });
  const shownSwot = new Set(nodes.filter((n) => n.kind === 'swot').map((n) => n.key));
  model.tows.forEach((t) => {
    node(t.ref, 'tows', 1, null, false);
    for (const l of t.from.links)
      if (l.target && l.match !== 'self' && shownSwot.has(keyOf(l.target)))
        edges.push({ from: keyOf(l.target), to: keyOf(t.ref), kind: 'addresses' });
  });
  model.goals.forEach((g, i) => {
    node(g.ref, 'goal', 2, goalStatus[i], !anchored[i]);
    for (const a of relations.anchorsOfGoal[i]) {
      if (a.kind === 'swot' && !shownSwot.has(keyOf(a))) continue;
      edges.push({ from: keyOf(a), to: keyOf(g.ref), kind: a.kind === 'strategy' ? 'supports' : 'addresses' });
    }
    for (const p of relations.parentsOfGoal[i])
      edges.push({ from: keyOf(model.goals[p].ref), to: keyOf(g.ref), kind: 'parent' });
  });
  model.kpis.forEach((k, i) => {
    node(k.ref, 'kpi', 3, kpiStatus[i], relations.goalsOfKpi[i].length === 0);
    for (const g of relations.goalsOfKpi[i])
      edges.push({ from: keyOf(model.goals[g].ref), to: keyOf(k.ref), kind: 'measures' });
  });
  return { nodes, edges };
}
