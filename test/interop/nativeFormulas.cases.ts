/**
 * The case grid that holds the native KPI formulas to evaluateKpi, shared by the fast unit
 * sample (src/core/kpi/formula.test.ts) and the full interop proof (nativeFormulas.test.ts).
 * Each case is one row of eleven input cells (A..K) under the two formulas (L, M).
 */
import { HyperFormula } from 'hyperformula';
import { parseDirection } from '../../src/core/kpi/direction';
import { evaluateKpi } from '../../src/core/kpi/evaluate';
import { kpiProgressFormula, kpiStatusFormula, type KpiFormulaRefs } from '../../src/core/kpi/formula';
import type { KpiInput, Thresholds } from '../../src/core/kpi/types';

export type Cell = number | string | null;
export interface Case {
  actual: Cell;
  target: Cell;
  targetHigh: Cell;
  direction: Cell;
  baseline: Cell;
  start: Cell;
  due: Cell;
  asOf: Cell;
  onTrack: Cell;
  atRisk: Cell;
  tolerance: Cell;
}
export const COLUMNS: (keyof Case)[] = [
  'actual',
  'target',
  'targetHigh',
  'direction',
  'baseline',
  'start',
  'due',
  'asOf',
  'onTrack',
  'atRisk',
  'tolerance',
];
const LETTERS = 'ABCDEFGHIJK';

// Words as people type them, several per direction, with odd case and spacing.
const WORDS: Record<string, (string | null)[]> = {
  higher: [
    null,
    'higher',
    ' Up ',
    'Higher Is Better',
    'MAXIMIZE',
    'increase',
    'Mayor es mejor',
    'maior é melhor',
    'STEIGEND',
    'hausse',
    'Höher ist besser',
  ],
  lower: [
    'lower',
    'Down',
    'less is better',
    'Reduce',
    'min',
    'lower is  better',
    'menor',
    'Menor É Melhor',
    'plus bas est mieux',
    'Sinkend',
    'niedriger ist besser',
    'baixo',
  ],
  range: ['range', 'Between', 'within', 'Rango', 'plage', 'Bereich'],
  maintainAbove: ['>=', 'At Least', 'keep above', 'Maintain', 'al menos', 'Mindestens', 'pelo menos'],
  maintainBelow: ['<=', 'at most', 'Keep Below', 'como máximo', 'au plus', 'höchstens', 'no maximo'],
};
const S = 46000;
const U = 46100;
// [start, due, asOf]: none, before start, at start, a quarter in, at due, after due, only due, only start.
const DATES: Cell[][] = [
  [null, null, null],
  [S, U, S - 10],
  [S, U, S],
  [S, U, S + 25],
  [S, U, S + 80],
  [S, U, U],
  [S, U, U + 1],
  [null, U, U + 5],
  [S, null, S - 1],
  [S, S, S],
];

/** Every direction x targets x baselines x actuals (ties, blanks, both sides) x date situations. */
export function kpiCaseGrid(): Case[] {
  const cases: Case[] = [];
  let k = 0;
  for (const [dir, words] of Object.entries(WORDS)) {
    for (const target of [100, 0, -40, 10, 2.5]) {
      const targetHigh = dir === 'range' ? target + 20 : k % 7 === 0 ? 999 : null;
      for (const baseline of [null, target - 60, target + 60, target]) {
        for (const offset of [null, -61, -30, -10, -6, -1, 0, 1, 7, 10, 25]) {
          for (const [start, due, asOf] of DATES) {
            k++;
            const word = words[k % words.length];
            const actual =
              offset === null ? null : dir === 'range' && offset > 0 ? target + 20 + offset : target + offset;
            const variant = k % 5;
            cases.push({
              actual,
              target,
              targetHigh,
              direction: word,
              baseline,
              start,
              due,
              asOf,
              onTrack: variant === 1 ? 0.9 : null,
              atRisk: variant === 1 ? 0.7 : null,
              tolerance: variant === 2 ? 0.25 : variant === 3 ? 0 : null,
            });
          }
        }
      }
    }
  }
  // Fractions whose ties only hold within float noise, a bad word and a blank target.
  cases.push({ ...cases[1], actual: 0.1 + 0.2, target: 0.3, direction: 'lower', baseline: null });
  cases.push({
    ...cases[1],
    actual: 0.27,
    target: 0.3,
    direction: 'higher',
    baseline: null,
    start: null,
    due: null,
    asOf: null,
  });
  cases.push({ ...cases[1], direction: 'sideways' });
  cases.push({ ...cases[1], target: null });
  return cases;
}

export type Expected = { error: string } | { status: string; progress: number | null };

/** What the custom function computes for a case. */
export function expectedOf(c: Case): Expected {
  const direction = parseDirection(c.direction as string | null);
  if (!direction.ok) return { error: '#VALUE!' };
  if (c.target === null) return { error: '#N/A' };
  const t = c.target as number;
  const isRange = direction.value === 'range';
  const high = c.targetHigh === null ? t : (c.targetHigh as number);
  const thresholds: Thresholds | undefined =
    c.onTrack === null ? undefined : { onTrack: c.onTrack as number, atRisk: c.atRisk as number };
  const input: KpiInput = {
    actual: c.actual as number | null,
    target: isRange ? { kind: 'range', low: Math.min(t, high), high: Math.max(t, high) } : { kind: 'value', value: t },
    direction: direction.value,
    baseline: c.baseline as number | null,
    start: c.start as number | null,
    due: c.due as number | null,
    asOf: c.asOf as number | null,
    thresholds,
    tolerance: c.tolerance === null ? undefined : (c.tolerance as number),
  };
  const result = evaluateKpi(input);
  return { status: result.status, progress: result.progress };
}

/** Cell references of one row, leaving out the given arguments (the formula then folds them away). */
export function refsFor(row: number, omit: readonly (keyof Case)[] = []): KpiFormulaRefs {
  const refs: Record<string, string> = {};
  COLUMNS.forEach((col, i) => {
    if (!omit.includes(col)) refs[col] = `${LETTERS[i]}${row}`;
  });
  return refs as unknown as KpiFormulaRefs;
}

/** A case with the omitted arguments blanked: what the formula without those refs must match. */
export function blanked(c: Case, omit: readonly (keyof Case)[]): Case {
  const copy = { ...c };
  for (const col of omit) copy[col] = null;
  return copy;
}

export interface Got {
  status: unknown;
  progress: unknown;
}

/**
 * A block of input rows under the formulas, the cases fed through it `block` at a time:
 * HyperFormula parses the (long, inlined) formulas once per row and recalculates per block.
 */
export function runInHyperFormula(cases: Case[], omit: readonly (keyof Case)[], block = 500): Got[] {
  const size = Math.min(block, cases.length);
  const rows = Array.from({ length: size }, (_, i) => [
    ...COLUMNS.map(() => null),
    kpiStatusFormula(refsFor(i + 1, omit), { inline: true }),
    kpiProgressFormula(refsFor(i + 1, omit), { inline: true }),
  ]);
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
  const out: Got[] = [];
  for (let from = 0; from < cases.length; from += size) {
    const chunk = cases.slice(from, from + size);
    const inputs = Array.from({ length: size }, (_, i) =>
      COLUMNS.map((col) => (i < chunk.length ? chunk[i][col] : null)),
    );
    hf.setCellContents({ sheet: 0, col: 0, row: 0 }, inputs);
    const values = hf.getRangeValues({
      start: { sheet: 0, col: 11, row: 0 },
      end: { sheet: 0, col: 12, row: size - 1 },
    });
    chunk.forEach((_, i) => out.push({ status: values[i][0], progress: values[i][1] }));
  }
  hf.destroy();
  return out;
}

/** HyperFormula's error objects carry their code in `value`; LibreOffice's CSV holds the text. */
function errorOf(v: unknown): string | undefined {
  if (typeof v === 'object' && v !== null && 'value' in v) return String(v.value);
  return typeof v === 'string' && v.startsWith('#') ? v : undefined;
}

function progressAgrees(got: unknown, want: number | null): boolean {
  if (want === null) return got === '' || got === null;
  const n = typeof got === 'number' ? got : typeof got === 'string' && got.trim() !== '' ? Number(got) : NaN;
  return Math.abs(n - want) <= 1e-9 * Math.max(1, Math.abs(want));
}

/** The cases where the engine disagrees with the custom function (empty when all agree). */
export function disagreements(cases: Case[], got: Got[], omit: readonly (keyof Case)[] = []): string[] {
  const wrong: string[] = [];
  cases.forEach((original, i) => {
    const c = blanked(original, omit);
    const want = expectedOf(c);
    const g = got[i];
    const ok =
      'error' in want
        ? errorOf(g.status) === want.error && errorOf(g.progress) === want.error
        : g.status === want.status && progressAgrees(g.progress, want.progress);
    if (!ok) wrong.push(`case ${i}: ${JSON.stringify(c)} wanted ${JSON.stringify(want)}, got ${JSON.stringify(g)}`);
  });
  return wrong;
}

export function isHigher(word: Cell): boolean {
  const d = parseDirection(word as string | null);
  return d.ok && d.value === 'higher';
}
