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

const BLOCK = 500;

/**
 * A block of input rows under the formulas, the cases fed through it BLOCK at a time:
 * HyperFormula parses the (long, inlined) formulas once per row and recalculates per block.
 */
function runInHyperFormula(cases: Case[], omit: readonly (keyof Case)[]): { status: unknown; progress: unknown }[] {
  const rows = Array.from({ length: BLOCK }, (_, i) => [
    ...COLUMNS.map(() => null),
    kpiStatusFormula(refsFor(i + 1, omit), { inline: true }),
    kpiProgressFormula(refsFor(i + 1, omit), { inline: true }),
  ]);
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
  const out: { status: unknown; progress: unknown }[] = [];
  for (let from = 0; from < cases.length; from += BLOCK) {
    const chunk = cases.slice(from, from + BLOCK);
    const inputs = Array.from({ length: BLOCK }, (_, i) => COLUMNS.map((col) => (i < chunk.length ? chunk[i][col] : null)));
    hf.setCellContents({ sheet: 0, col: 0, row: 0 }, inputs);
    const values = hf.getRangeValues({ start: { sheet: 0, col: 11, row: 0 }, end: { sheet: 0, col: 12, row: BLOCK - 1 } });
    chunk.forEach((_, i) => out.push({ status: values[i][0], progress: values[i][1] }));
  }
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

function isHigher(word: Cell): boolean {
  const d = parseDirection(word as string | null);
  return d.ok && d.value === 'higher';
}

describe('the emitted text', () => {
  const refs = { actual: '[@Actual]', target: '[@Target]', direction: '[@Direction]', baseline: '[@Baseline]', start: '[@Start]', due: '[@Due]', asOf: '[@[As of]]' };

  it('uses LET by default and stays within Excel\'s 8,192-character formula limit', () => {
    const status = kpiStatusFormula(refs);
    expect(status.startsWith('=LET(')).toBe(true);
    expect(status.length).toBeLessThan(8192);
    expect(kpiProgressFormula(refs).length).toBeLessThan(8192);
  });

  it('writes the direction words of the lexicon and the default thresholds into the formula', () => {
    const status = kpiStatusFormula(refs);
    expect(status).toContain('|lower|down|');
    expect(status).toContain('lessisbetter');
    expect(status).toContain('0.95');
    expect(status).toContain('0.85');
  });

  it('has no LET and no names when inlined', () => {
    const inline = kpiStatusFormula(refs, { inline: true });
    expect(inline).not.toContain('LET(');
    expect(inline).not.toMatch(/\brd[A-Z]/);
  });
});

describe('native Excel formulas for KPI_STATUS and KPI_PROGRESS', () => {
  const cases = grid();

  it('agree with evaluateKpi on every case of a 10,000+ grid, all arguments given', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10_000);
    expect(compare(cases, [])).toBe(cases.length);
  });

  it('agree when optional arguments are left out (the formula folds them away)', () => {
    const sample = cases.filter((_, i) => i % 23 === 0);
    expect(compare(sample, ['targetHigh', 'onTrack', 'atRisk', 'tolerance'])).toBe(sample.length);
    expect(compare(sample, ['baseline', 'start', 'due', 'asOf', 'targetHigh', 'onTrack', 'atRisk', 'tolerance'])).toBe(sample.length);
  });

  it('agree without a direction cell (higher is better)', () => {
    const sample = cases.filter((c, i) => i % 3 === 0 && isHigher(c.direction));
    expect(sample.length).toBeGreaterThan(50);
    expect(compare(sample, ['direction'])).toBe(sample.length);
  });
});
