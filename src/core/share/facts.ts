/**
 * What the advisor summary sheet and the printable report show, gathered once from the
 * strategy model and the alignment check: plain data, the same for the CLI, the pane and tests.
 */
import {
  buildStrategyGraph,
  groupFindings,
  runAlignment,
  type AlignmentResult,
  type Finding,
  type StrategyGraph,
} from '../alignment';
import { kpiDirection, kpiNumber, kpiTarget } from '../alignment/engines';
import { evaluateKpi } from '../kpi';
import { outlookOfKpi } from '../checkin';
import { isCellError, type CellValue } from '../grid/types';
import type { Kpi, StrategyModel, SwotQuadrant } from '../model';
import { analyzeGoalRow } from '../smart';
import { withUnit } from './units';

export interface KpiFact {
  readonly id: string;
  readonly name: string;
  readonly goal: string;
  readonly status: string | null;
  /** Share of the way from baseline to target, as KPI_PROGRESS computes it; null where undefined. */
  readonly progress: number | null;
  /** Numbers as numbers (so the summary sheet stores them as numbers); text as written; null when blank. */
  readonly actual: number | string | null;
  readonly target: number | string | null;
  readonly unit: string;
  /** Actual and target with the unit, as people write them ("$1.30", "5%", "22 orders"). */
  readonly actualWithUnit: string;
  readonly targetWithUnit: string;
  /** The last values of its history (RudderHistory), oldest first; empty without history. */
  readonly recent: readonly number[];
  /** Its outlook from that history (Achieved, On course, …); null without history or target. */
  readonly outlook: string | null;
}

export interface GoalFact {
  readonly id: string;
  readonly text: string;
  readonly owner: string;
  /** As RUDDER.SMARTSCORE scores the goal's row (the SMART column's formula), on the day of the facts. */
  readonly smart: number;
  /** The goal's Status as its live formula shows it: its KPIs rolled up, worst first. */
  readonly status: string | null;
}

export interface ShareFacts {
  /** Excel serial of the day the facts were gathered. */
  readonly date: number;
  readonly title: string;
  readonly mission: string | null;
  readonly alignment: AlignmentResult;
  readonly graph: StrategyGraph;
  readonly kpis: readonly KpiFact[];
  readonly goals: readonly GoalFact[];
  readonly swot: Readonly<Record<SwotQuadrant, readonly string[]>>;
  readonly findings: readonly Finding[];
  readonly isEmpty: boolean;
}

/** Three decimals at most; a number too large to scale (1e308 × 1000 is Infinity) is shown as it is. */
const showNumber = (v: number): number => (Number.isFinite(v * 1000) ? Math.round(v * 1000) / 1000 : v);
const show = (v: CellValue): number | string | null =>
  v === null ? null : isCellError(v) ? v.code : typeof v === 'number' ? showNumber(v) : String(v);
const numberOrNull = (v: CellValue): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Values a report's sparkline shows: a year of months. */
const RECENT_POINTS = 12;

function historyFacts(model: StrategyModel, i: number, asOf: number): Pick<KpiFact, 'recent' | 'outlook'> {
  const history = (model.history.ofKpi[i] ?? []).filter((p) => p.period !== null && p.period <= asOf);
  if (history.length === 0) return { recent: [], outlook: null };
  return {
    recent: history.slice(-RECENT_POINTS).map((p) => p.actual ?? 0),
    outlook: outlookOfKpi(model.kpis[i], history, asOf)?.outlook ?? null,
  };
}

/** KPI_PROGRESS of the KPI's row, or the Progress cell where the row cannot be read. */
function progressOf(k: Kpi): number | null {
  const direction = kpiDirection(k);
  const target = direction.ok ? kpiTarget(k, direction.value) : null;
  const actual = kpiNumber(k.actual);
  if (!direction.ok || !target?.ok) return numberOrNull(k.progress);
  if (actual === null) return null;
  const progress = evaluateKpi({
    actual,
    target: target.value,
    direction: direction.value,
    baseline: kpiNumber(k.baseline),
  }).progress;
  return progress !== null && Number.isFinite(progress) ? progress : null;
}

/**
 * The facts of a workbook at `asOf` (an Excel serial; the core never reads the clock): the one
 * computation behind every view (the pane's check and picture, the Alignment sheet, the CLI audit,
 * the advisor summary and the report), so they all show the same score, findings, SMART scores,
 * statuses and progress.
 */
export function gatherShareFacts(model: StrategyModel, asOf: number, title = 'Strategy summary'): ShareFacts {
  const alignment = groupFindings(runAlignment(model, { asOf }));
  const graph = buildStrategyGraph(model, { asOf });
  // One map, not a search of every node for every KPI and goal (quadratic at 10,000 rows).
  const statusByKey = new Map<string, string | null>();
  for (const n of graph.nodes) if (!statusByKey.has(n.key)) statusByKey.set(n.key, n.status);
  const statusOf = (key: string): string | null => statusByKey.get(key) ?? null;
  const kpis = model.kpis.map((k, i) => ({
    id: k.id,
    name: k.name,
    goal: k.goal.raw,
    status: statusOf(`kpi:${i}`) ?? (k.status || null),
    progress: progressOf(k),
    actual: show(k.actual),
    target: show(k.target),
    unit: k.unit,
    actualWithUnit: withUnit(k.actual, k.unit),
    targetWithUnit: withUnit(k.target, k.unit),
    ...historyFacts(model, i, asOf),
  }));
  const goals = model.goals.map((g, i) => {
    return {
      id: g.id,
      text: g.text,
      owner: g.owner,
      smart: analyzeGoalRow(
        { text: g.text, due: g.due.serial, baseline: numberOrNull(g.baseline), target: numberOrNull(g.target) },
        asOf,
      ).score,
      status: statusOf(`goal:${i}`) ?? (g.status || null),
    };
  });
  const swot: Record<SwotQuadrant, string[]> = { strength: [], weakness: [], opportunity: [], threat: [] };
  for (const s of model.swot) if (s.quadrant) swot[s.quadrant].push(s.text);
  const mission = model.strategy.find((s) => s.type === 'mission')?.statement ?? null;
  return {
    date: asOf,
    title,
    mission,
    alignment,
    graph,
    kpis,
    goals,
    swot,
    findings: alignment.findings,
    isEmpty: model.isEmpty,
  };
}
