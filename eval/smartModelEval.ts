/**
 * The SMART model judged on goals it was not trained on: business goals leave-one-organisation-out,
 * SMARTSpan by coaching note in five folds, each beside the majority-class and "has a number" baselines.
 */
import { analyzeGoal } from '../src/core/smart';
import { MET_AT, classOf } from './smartspan';
import { readFileSync } from 'fs';
import { join } from 'path';
import { type Label, type LabelledGoal, parseOwnGoals } from './smartData';
import { type FeatureRow, featureRows, LEARNED, outOfFold } from './smartModel';

export interface CriterionFigures {
  readonly goals: number;
  readonly model: number;
  readonly majority: number;
  readonly hasNumber: number;
}

const f1 = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Mean of the F1 of "met" and of "not met". */
export function macroF1(pairs: readonly (readonly [0 | 1, 0 | 1])[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const [y, p] of pairs) {
    if (y === 1 && p === 1) tp++;
    else if (y === 0 && p === 1) fp++;
    else if (y === 1 && p === 0) fn++;
    else tn++;
  }
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

const HAS_NUMBER = /\d/;

function figures(labelled: readonly (readonly [FeatureRow, 0 | 1])[], predicted: (r: FeatureRow) => 0 | 1): CriterionFigures {
  const ones = labelled.filter(([, y]) => y === 1).length;
  const majority: 0 | 1 = ones * 2 >= labelled.length ? 1 : 0;
  return {
    goals: labelled.length,
    model: macroF1(labelled.map(([r, y]) => [y, predicted(r)] as const)),
    majority: macroF1(labelled.map(([, y]) => [y, majority] as const)),
    hasNumber: macroF1(labelled.map(([r, y]) => [y, HAS_NUMBER.test(r.goal.goal) ? 1 : 0] as const)),
  };
}

function labelledFor(rows: readonly FeatureRow[], corpus: string, key: keyof LabelledGoal): [FeatureRow, 0 | 1][] {
  const out: [FeatureRow, 0 | 1][] = [];
  for (const r of rows) {
    const y = r.goal[key] as Label;
    if (r.goal.group.startsWith(`${corpus}:`) && y !== null) out.push([r, y]);
  }
  return out;
}

/** SMARTSpan notes in five folds by the order of their first goal, so one note's goals stay together. */
function noteFolds(rows: readonly FeatureRow[]): (group: string) => string {
  const order = new Map<string, number>();
  for (const r of rows) if (!order.has(r.goal.group)) order.set(r.goal.group, order.size);
  return (group) => (group.startsWith('smartspan:') ? `fold${(order.get(group) ?? 0) % 5}` : group);
}

export interface SmartModelReport {
  readonly business: Readonly<Record<string, CriterionFigures>>;
  readonly smartspan: Readonly<Record<string, CriterionFigures>>;
  readonly smartspanClassMacroF1: number;
  readonly businessOrganisations: number;
}

export function runSmartModelEval(goals: readonly LabelledGoal[]): SmartModelReport {
  const rows = featureRows(goals);
  const folds = noteFolds(rows);
  const business: Record<string, CriterionFigures> = {};
  const smartspan: Record<string, CriterionFigures> = {};
  const spanPredicted = new Map<string, Map<FeatureRow, 0 | 1>>();
  for (const c of LEARNED) {
    const b = outOfFold(rows, c, 'business', (g) => g);
    business[c] = figures(labelledFor(rows, 'business', c), (r) => b.get(r) ?? 0);
    if (c === 'timeBound') continue;
    const s = outOfFold(rows, c, 'smartspan', folds);
    spanPredicted.set(c, s);
    smartspan[c] = figures(labelledFor(rows, 'smartspan', c), (r) => s.get(r) ?? 0);
  }
  // Achievable is read by rules from the goal's numbers, confidence and resources: nothing to hold out.
  const achievable = new Map<FeatureRow, 0 | 1>();
  for (const r of rows) {
    if (r.goal.group.startsWith('smartspan:'))
      achievable.set(r, analyzeGoal({ text: r.goal.goal }).criteria.achievable.score >= MET_AT ? 1 : 0);
  }
  smartspan.achievable = figures(labelledFor(rows, 'smartspan', 'achievable'), (r) => achievable.get(r) ?? 0);
  const classes = ['SMART', 'Partially SMART', 'Not SMART'] as const;
  const pairs: [string, string][] = [];
  for (const r of rows) {
    const g = r.goal;
    if (!g.group.startsWith('smartspan:') || g.specific === null || g.measurable === null || g.achievable === null)
      continue;
    const s = spanPredicted.get('specific')?.get(r) ?? 0;
    const m = spanPredicted.get('measurable')?.get(r) ?? 0;
    pairs.push([classOf(g.specific, g.measurable, g.achievable), classOf(s, m, achievable.get(r) ?? 0)]);
  }
  let classSum = 0;
  for (const c of classes) {
    const tp = pairs.filter(([e, p]) => e === c && p === c).length;
    const fp = pairs.filter(([e, p]) => e !== c && p === c).length;
    const fn = pairs.filter(([e, p]) => e === c && p !== c).length;
    classSum += f1(tp, fp, fn);
  }
  const organisations = new Set(goals.filter((g) => g.group.startsWith('business:')).map((g) => g.group));
  return {
    business,
    smartspan,
    smartspanClassMacroF1: classSum / classes.length,
    businessOrganisations: organisations.size,
  };
}

const n = (x: number): string => x.toFixed(3);

function table(title: string, figs: Readonly<Record<string, CriterionFigures>>): string[] {
  const lines = [title, 'criterion    goals  model  majority  has-a-number'];
  for (const [name, r] of Object.entries(figs))
    lines.push(`${name.padEnd(12)} ${String(r.goals).padStart(5)}  ${n(r.model)}  ${n(r.majority).padStart(8)}  ${n(r.hasNumber).padStart(12)}`);
  return lines;
}

export function formatSmartModelReport(r: SmartModelReport): string {
  return [
    ...table(
      `SMART model, macro-F1 on goals held out: business goals leave-one-organisation-out (${r.businessOrganisations} organisations)`,
      r.business,
    ),
    ...table('SMARTSpan, five folds by coaching note (Achievable is rule-based, not held out)', r.smartspan),
    `SMARTSpan 3-class macro-F1 ${n(r.smartspanClassMacroF1)}`,
  ].join('\n');
}

/** Languages of our own labelled checks (eval/smart-languages): goals we wrote, not published ones. */
export const CHECK_LANGUAGES = ['es', 'fr', 'de', 'pt'] as const;

export interface LanguageCheck {
  readonly language: string;
  readonly goals: number;
  readonly specific: number;
  readonly measurable: number;
  readonly timeBound: number;
}

/** Macro-F1 of the shipped scorer on our own twenty goals per language. */
export function runLanguageChecks(dir: string): LanguageCheck[] {
  return CHECK_LANGUAGES.map((language) => {
    const file = join(dir, `${language}.jsonl`);
    const goals = parseOwnGoals(readFileSync(file, 'utf8'), file, language);
    const scored = goals.map((g) => ({ g, c: analyzeGoal({ text: g.goal }).criteria }));
    const f1For = (key: 'specific' | 'measurable' | 'timeBound'): number =>
      macroF1(
        scored
          .filter(({ g }) => g[key] !== null)
          .map(({ g, c }) => [g[key] as 0 | 1, c[key].score >= MET_AT ? 1 : 0] as const),
      );
    return {
      language,
      goals: goals.length,
      specific: f1For('specific'),
      measurable: f1For('measurable'),
      timeBound: f1For('timeBound'),
    };
  });
}

export function formatLanguageChecks(checks: readonly LanguageCheck[]): string {
  const lines = ['Our own goals per language (written by this project, 20 each), macro-F1 of the shipped weights', 'language  goals  specific  measurable  time-bound'];
  for (const c of checks)
    lines.push(`${c.language.padEnd(8)}  ${String(c.goals).padStart(5)}  ${n(c.specific).padStart(8)}  ${n(c.measurable).padStart(10)}  ${n(c.timeBound).padStart(10)}`);
  return lines.join('\n');
}
