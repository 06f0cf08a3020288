import { readFile } from 'fs/promises';
import * as path from 'path';
import { analyzeGoal } from '../src/core/smart';

/** A criterion counts as met when its score reaches this, as the evaluation protocol says. */
export const MET_AT = 0.5;

export type SmartSpanClass = 'SMART' | 'Partially SMART' | 'Not SMART';
const CLASSES: readonly SmartSpanClass[] = ['SMART', 'Partially SMART', 'Not SMART'];

export interface BinaryReport {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** Precision, recall and F1 of the positive class (criterion met). */
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** F1 of the negative class. */
  readonly f1Negative: number;
  /** Mean of the positive and negative F1. */
  readonly macroF1: number;
}

export interface SmartSpanReport {
  readonly goals: number;
  readonly specific: BinaryReport;
  readonly measurable: BinaryReport;
  readonly achievable: BinaryReport;
  /** Macro-F1 over SMART, Partially SMART and Not SMART. */
  readonly classMacroF1: number;
  readonly classF1: Readonly<Record<SmartSpanClass, number>>;
  /** confusion[expected][predicted] */
  readonly confusion: Readonly<Record<SmartSpanClass, Readonly<Record<SmartSpanClass, number>>>>;
}

interface Row {
  readonly goal: string;
  readonly specific: number;
  readonly measurable: number;
  readonly attainable: number;
  readonly class: SmartSpanClass;
}

export interface Prediction {
  readonly goal: string;
  readonly expected: { readonly s: number; readonly m: number; readonly a: number; readonly cls: SmartSpanClass };
  readonly predicted: { readonly s: number; readonly m: number; readonly a: number; readonly cls: SmartSpanClass };
}

const f1Of = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

function binary(pairs: readonly (readonly [number, number])[]): BinaryReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const [expected, predicted] of pairs) {
    if (expected === 1 && predicted === 1) tp++;
    else if (expected === 0 && predicted === 1) fp++;
    else if (expected === 1 && predicted === 0) fn++;
    else tn++;
  }
  const f1 = f1Of(tp, fp, fn);
  const f1Negative = f1Of(tn, fn, fp);
  return {
    tp,
    fp,
    fn,
    tn,
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    f1,
    f1Negative,
    macroF1: (f1 + f1Negative) / 2,
  };
}

/** The SMARTSpan class from the three labels: all three met is SMART, exactly two is Partially. */
export function classOf(s: number, m: number, a: number): SmartSpanClass {
  const met = s + m + a;
  return met === 3 ? 'SMART' : met === 2 ? 'Partially SMART' : 'Not SMART';
}

async function readRows(corpusRoot: string): Promise<Row[]> {
  const file = path.join(corpusRoot, 'smart', 'smartspan', 'goals.jsonl');
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

/** Scores every SMARTSpan goal with the engine and returns the predictions beside the labels. */
export async function predictSmartSpan(corpusRoot: string): Promise<Prediction[]> {
  const rows = await readRows(corpusRoot);
  return rows.map((row) => {
    const { criteria } = analyzeGoal({ text: row.goal });
    const s = criteria.specific.score >= MET_AT ? 1 : 0;
    const m = criteria.measurable.score >= MET_AT ? 1 : 0;
    const a = criteria.achievable.score >= MET_AT ? 1 : 0;
    return {
      goal: row.goal,
      expected: { s: row.specific, m: row.measurable, a: row.attainable, cls: row.class },
      predicted: { s, m, a, cls: classOf(s, m, a) },
    };
  });
}

/** Runs the engine over SMARTSpan (../shared/corpus/smart/smartspan) and reports per-criterion and class F1. */
export async function runSmartSpanEval(corpusRoot: string): Promise<SmartSpanReport> {
  const predictions = await predictSmartSpan(corpusRoot);
  const confusion = {} as Record<SmartSpanClass, Record<SmartSpanClass, number>>;
  for (const e of CLASSES) confusion[e] = { SMART: 0, 'Partially SMART': 0, 'Not SMART': 0 };
  for (const p of predictions) confusion[p.expected.cls][p.predicted.cls]++;
  const classF1 = {} as Record<SmartSpanClass, number>;
  for (const c of CLASSES) {
    const tp = confusion[c][c];
    const fp = CLASSES.reduce((sum, e) => sum + (e === c ? 0 : confusion[e][c]), 0);
    const fn = CLASSES.reduce((sum, p) => sum + (p === c ? 0 : confusion[c][p]), 0);
    classF1[c] = f1Of(tp, fp, fn);
  }
  return {
    goals: predictions.length,
    specific: binary(predictions.map((p) => [p.expected.s, p.predicted.s] as const)),
    measurable: binary(predictions.map((p) => [p.expected.m, p.predicted.m] as const)),
    achievable: binary(predictions.map((p) => [p.expected.a, p.predicted.a] as const)),
    classMacroF1: CLASSES.reduce((sum, c) => sum + classF1[c], 0) / CLASSES.length,
    classF1,
    confusion,
  };
}

const f = (x: number): string => x.toFixed(3);

/** A small text table of the report. */
export function formatSmartSpanReport(report: SmartSpanReport): string {
  const lines = [
    `SMARTSpan: ${report.goals} goals, criterion met at score >= ${MET_AT}`,
    'criterion    precision  recall  F1(met)  F1(not)  macro-F1   tp  fp  fn  tn',
  ];
  for (const name of ['specific', 'measurable', 'achievable'] as const) {
    const r = report[name];
    lines.push(
      `${name.padEnd(12)} ${f(r.precision).padStart(9)} ${f(r.recall).padStart(7)} ${f(r.f1).padStart(8)} ${f(r.f1Negative).padStart(8)} ${f(r.macroF1).padStart(9)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.tn).padStart(3)}`,
    );
  }
  lines.push(
    `class macro-F1 ${f(report.classMacroF1)} (SMART ${f(report.classF1.SMART)}, Partially ${f(report.classF1['Partially SMART'])}, Not ${f(report.classF1['Not SMART'])})`,
  );
  return lines.join('\n');
}
