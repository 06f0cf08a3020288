/**
 * The native formulas compute what evaluateKpi computes, checked here on a representative
 * sample of the case grid in HyperFormula (test-only: GPLv3), fast enough for `npm test`.
 * The whole grid (11,004 cases) runs in the interop suite, in HyperFormula and LibreOffice:
 * test/interop/nativeFormulas.test.ts.
 */
import { KpiFormulaWriter, kpiProgressFormula, kpiStatusFormula } from './formula';
import { disagreements, isHigher, kpiCaseGrid, runInHyperFormula } from '../../../test/interop/nativeFormulas.cases';

describe('the emitted text', () => {
  const refs = {
    actual: '[@Actual]',
    target: '[@Target]',
    direction: '[@Direction]',
    baseline: '[@Baseline]',
    start: '[@Start]',
    due: '[@Due]',
    asOf: '[@[As of]]',
  };

  it("uses LET by default and stays within Excel's 8,192-character formula limit", () => {
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

  it('copies each reference in verbatim wherever it is used, whatever formula came before', () => {
    const first = kpiStatusFormula(refs);
    const other = { ...refs, actual: "'Q1 $ sales'!$B$2", target: 'IF(C2="",0,C2)' };
    const second = kpiStatusFormula(other);
    expect(second).not.toContain('\u0000');
    expect(second.split("'Q1 $ sales'!$B$2").length).toBe(first.split('[@Actual]').length);
    expect(second.split('IF(C2="",0,C2)').length).toBe(first.split('[@Target]').length);
    expect(second).not.toContain('[@Actual]');
  });

  it('gives one writer the same formulas for every cell as a fresh writer would, shape after shape', () => {
    const writer = new KpiFormulaWriter();
    const cells = [
      refs,
      { ...refs, actual: 'B2', target: 'C2' },
      { actual: 'B3', target: 'C3' },
      { ...refs, baseline: '' },
      { actual: 'B4', target: 'C4' },
    ];
    for (const cell of cells) {
      expect(writer.status(cell)).toBe(kpiStatusFormula(cell));
      expect(writer.progress(cell, { inline: true })).toBe(kpiProgressFormula(cell, { inline: true }));
    }
  });

  it('has no LET and no names when inlined', () => {
    const inline = kpiStatusFormula(refs, { inline: true });
    expect(inline).not.toContain('LET(');
    expect(inline).not.toMatch(/\brd[A-Z]/);
  });
});

// Few formula rows, many input swaps: HyperFormula parses each long formula row once.
const BLOCK = 8;

describe('native Excel formulas for KPI_STATUS and KPI_PROGRESS (a sample of the grid)', () => {
  const grid = kpiCaseGrid();
  // Every 41st case walks all directions, targets, baselines, offsets and date situations
  // (the strides are coprime with the grid's dimensions); the last four are the edge cases.
  const sample = [...grid.filter((_, i) => i % 41 === 0), ...grid.slice(-4)];

  it('agree with evaluateKpi on a few hundred cases, all arguments given', () => {
    expect(sample.length).toBeGreaterThan(250);
    expect(disagreements(sample, runInHyperFormula(sample, [], BLOCK))).toEqual([]);
  });

  it('agree when optional arguments are left out (the formula folds them away)', () => {
    const few = sample.filter((_, i) => i % 4 === 0);
    for (const omit of [
      ['targetHigh', 'onTrack', 'atRisk', 'tolerance'] as const,
      ['baseline', 'start', 'due', 'asOf', 'targetHigh', 'onTrack', 'atRisk', 'tolerance'] as const,
    ]) {
      expect(disagreements(few, runInHyperFormula(few, omit, BLOCK), omit)).toEqual([]);
    }
  });

  it('agree without a direction cell (higher is better)', () => {
    const higher = grid.filter((c, i) => i % 53 === 0 && isHigher(c.direction));
    expect(higher.length).toBeGreaterThan(30);
    expect(disagreements(higher, runInHyperFormula(higher, ['direction'], BLOCK), ['direction'])).toEqual([]);
  });
});
