/** The one runner: checks its arguments, runs every rule in the table, orders findings and scores. */
import type { StrategyModel } from '../model';
import { createContext } from './context';
import { ALIGNMENT_MISUSE, AlignmentError } from './errors';
import { RULES } from './rules';
import type { AlignmentOptions, AlignmentResult, Finding, Rule, RuleSummary, Severity } from './types';

/** Check weights by severity, as ALIGNMENT_METHOD states them. */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const SEVERITIES = Object.keys(SEVERITY_ORDER);

function checkArguments(model: unknown, options: unknown): asserts options is AlignmentOptions {
  const m = model as Partial<StrategyModel> | null;
  if (
    typeof m !== 'object' ||
    m === null ||
    !Array.isArray(m.goals) ||
    !Array.isArray(m.kpis) ||
    typeof m.relations !== 'object'
  ) {
    throw new AlignmentError(ALIGNMENT_MISUSE.model);
  }
  const o = options as Partial<AlignmentOptions> | null;
  const asOf = typeof o === 'object' && o !== null ? o.asOf : undefined;
  if (typeof asOf !== 'number' || !Number.isFinite(asOf) || asOf < 1) {
    throw new AlignmentError(ALIGNMENT_MISUSE.asOf(asOf === undefined ? 'nothing' : String(asOf)));
  }
  if (o?.smartScore !== undefined && typeof o.smartScore !== 'function')
    throw new AlignmentError(ALIGNMENT_MISUSE.smartScore);
}

/** 100 × passed weight ÷ total weight, rounded; 100 when nothing was checked (see ALIGNMENT_METHOD). */
export function alignmentScore(summaries: readonly RuleSummary[]): { score: number; checks: number; passed: number } {
  let total = 0;
  let passedWeight = 0;
  let checks = 0;
  let passed = 0;
  for (const s of summaries) {
    const w = SEVERITY_WEIGHT[s.severity];
    total += w * s.checks;
    passedWeight += w * (s.checks - s.failed);
    checks += s.checks;
    passed += s.checks - s.failed;
  }
  return { score: total === 0 ? 100 : Math.round((100 * passedWeight) / total), checks, passed };
}

/**
 * Runs the alignment rules over a model at `options.asOf` (an Excel serial; the core never reads the clock).
 * Returns findings (errors first, then warnings, then suggestions, each in rule-table order) and the score.
 */
export function runAlignment(
  model: StrategyModel,
  options: AlignmentOptions,
  rules: readonly Rule[] = RULES,
): AlignmentResult {
  checkArguments(model, options);
  const ctx = createContext(model, options);
  const order = new Map(rules.map((r, i) => [r.id, i]));
  // Findings go straight to their place (severity, then rule-table order, each rule's own order kept): the same
  // order a stable sort on those keys gives, without sorting tens of thousands of findings.
  const places: Finding[][] = Array.from({ length: SEVERITIES.length * rules.length }, () => []);
  const summaries: RuleSummary[] = [];
  for (const rule of rules) {
    const found = rule.check(model, ctx);
    const checks = rule.count(model, ctx);
    // A rule may say more than once about one check (two bad links in one cell); the score counts the check once.
    summaries.push({ rule: rule.id, severity: rule.severity, checks, failed: Math.min(found.length, checks) });
    for (const f of found) places[SEVERITY_ORDER[f.severity] * rules.length + (order.get(f.rule) ?? 0)].push(f);
  }
  const findings: Finding[] = [];
  for (const place of places) for (const f of place) findings.push(f);
  return Object.assign(alignmentScore(summaries), { findings, rules: summaries });
}
