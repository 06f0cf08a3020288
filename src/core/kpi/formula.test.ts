/**
 * The native formulas compute what evaluateKpi computes: every case of a grid is evaluated
 * by a real spreadsheet engine (HyperFormula, test-only: GPLv3) from the generated formula,
 * and compared with both the compiled definition and the fast path.
 */
import { HyperFormula } from 'hyperformula';
import { parseDirection } from './direction';
import { evaluateKpi, evaluateKpiReference } from './evaluate';
import { kpiProgressFormula, kpiStatusFormula, type KpiFormulaRefs } from './formula';
import type { KpiInput, Thresholds } from './types';

type Cell = number | string | null;
interface Case {
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
const COLUMNS: (keyof Case)[] = ['actual', 'target', 'targetHigh', 'direction', 'baseline', 'start', 'due', 'asOf', 'onTrack', 'atRisk', 'tolerance'];
const LETTERS = 'ABCDEFGHIJK';

// Words as people type them, several per direction, with odd case and spacing.
const WORDS: Record<string, (string | null)[]> = {
  higher: [null, 'higher', ' Up ', 'Higher Is Better', 'MAXIMIZE', 'increase'],
  lower: ['lower', 'Down', 'less is better', 'Reduce', 'min', 'lower is  better'],
  range: ['range', 'Between', 'within'],
  maintainAbove: ['>=', 'At Least', 'keep above', 'Maintain'],
  maintainBelow: ['<=', 'at most', 'Keep Below'],
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

function grid(): Case[] {
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
            const actual = offset === null ? null : dir === 'range' && offset > 0 ? target + 20 + offset : target + offset;
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
  cases.push({ ...cases[1], actual: 0.27, target: 0.3, direction: 'higher', baseline: null, start: null, due: null, asOf: null });
  cases.push({ ...cases[1], direction: 'sideways' });
  cases.push({ ...cases[1], target: null });
  return cases;
}

type Expected = { error: string } | { status: string; progress: number | null };

function expectedOf(c: Case): Expected {
  const direction = parseDirection(c.direction as string | null);
  if (!direction.ok) return { error: '#VALUE!' };
  if (c.target === null) return { error: '#N/A' };
  const t = c.target as number;
  const isRange = direction.value === 'range';
  const high = c.targetHigh === null ? t : (c.targetHigh as number);
  const thresholds: Thresholds | undefined = c.onTrack === null ? undefined : { onTrack: c.onTrack as number, atRisk: c.atRisk as number };
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
  const reference = evaluateKpiReference(input);
  // The fast path must give the same as the definition on every case the formula is held to.
  expect(evaluateKpi(input)).toEqual(reference);
  return { status: reference.status, progress: reference.progress };
}

function refsFor(row: number, omit: readonly (keyof Case)[] = []): KpiFormulaRefs {
  const refs: Record<string, string> = {};
  COLUMNS.forEach((col, i) => {
    if (!omit.includes(col)) refs[col] = `${LETTERS[i]}${row}`;
  });
  return refs as unknown as KpiFormulaRefs;
}

/**
 * One row of input cells under one pair of formulas, the cases fed through it one after the
 * other: HyperFormula parses each (long, inlined) formula once and recalculates per case.
 */
function runInHyperFormula(cases: Case[], omit: readonly (keyof Case)[]): { status: unknown; progress: unknown }[] {
  const hf = HyperFormula.buildFromArray(
    [[...COLUMNS.map(() => null), kpiStatusFormula(refsFor(1, omit), { inline: true }), kpiProgressFormula(refsFor(1, omit), { inline: true })]],
    { licenseKey: 'gpl-v3' },
  );
  const out = cases.map((c) => {
    hf.setCellContents({ sheet: 0, col: 0, row: 0 }, [COLUMNS.map((col) => c[col])]);
    return {
      status: hf.getCellValue({ sheet: 0, col: 11, row: 0 }),
      progress: hf.getCellValue({ sheet: 0, col: 12, row: 0 }),
    };
  });
  hf.destroy();
  return out;
}

function errorOf(v: unknown): string | undefined {
  return typeof v === 'object' && v !== null && 'value' in v ? String((v as { value: unknown }).value) : undefined;
}

function compare(cases: Case[], omit: readonly (keyof Case)[]): number {
  const got = runInHyperFormula(cases, omit);
  const blanked = cases.map((c) => {
    const copy = { ...c };
    for (const col of omit) copy[col] = null;
    return copy;
  });
  let checked = 0;
  blanked.forEach((c, i) => {
    const want = expectedOf(c);
    const where = `case ${i}: ${JSON.stringify(c)}`;
    if ('error' in want) {
      expect([where, errorOf(got[i].status)]).toEqual([where, want.error]);
      expect([where, errorOf(got[i].progress)]).toEqual([where, want.error]);
    } else {
      expect([where, got[i].status]).toEqual([where, want.status]);
      if (want.progress === null) expect([where, got[i].progress]).toEqual([where, '']);
      else expect([where, Math.abs((got[i].progress as number) - want.progress) <= 1e-9]).toEqual([where, true]);
    }
    checked++;
  });
  return checked;
}

describe('native Excel formulas for KPI_STATUS and KPI_PROGRESS', () => {
  const cases = grid();

  it('agree with evaluateKpi on every case of a 10,000+ grid, all arguments given', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10_000);
    expect(compare(cases, [])).toBe(cases.length);
  });
});
