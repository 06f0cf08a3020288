/**
 * The short names: what they are (LAMBDA over the native KPI formulas, or over RUDDER.*), how a
 * file stores them, when a run adds, replaces or leaves a name, and, the proof that matters,
 * that the KPI LAMBDA bodies compute what RUDDER.KPI_STATUS / KPI_PROGRESS compute: each body
 * is evaluated in HyperFormula with its parameters replaced by cell references (HyperFormula
 * has no LAMBDA, so the body is the part that can be run) over cases of the shared grid.
 */
import { HyperFormula } from 'hyperformula';
import { COLUMNS, disagreements, kpiCaseGrid, type Case, type Got } from '../../../test/interop/nativeFormulas.cases';
import {
  formulasMatch,
  fromFileFormula,
  planNames,
  shortFormulaNames,
  shortNameBody,
  shortNamesReport,
  toFileFormula,
  namesResult,
  noLambdaResult,
  SHORT_NAME_LIST,
} from './shortNames';
import { SHARE_TEXT } from './messages';

/** The grid's columns A..K; the short names take no range high end, thresholds or tolerance. */
const CELLS = { actual: 'A', target: 'B', direction: 'D', baseline: 'E', start: 'F', due: 'G', as_of: 'H' } as const;
const NOT_TAKEN: (keyof Case)[] = ['targetHigh', 'onTrack', 'atRisk', 'tolerance'];

function argsFor(row: number): Record<string, string> {
  return Object.fromEntries(Object.entries(CELLS).map(([p, col]) => [p, `${col}${row}`]));
}

/** Formulas under a small block of input rows, the cases fed through it (HyperFormula parses each formula once). */
function evaluateBodies(cases: Case[], block = 40): Got[] {
  const rows = Array.from({ length: block }, (_, i) => [
    ...COLUMNS.map(() => null),
    `=${shortNameBody('KPI_STATUS', argsFor(i + 1), { inline: true })}`,
    `=${shortNameBody('KPI_PROGRESS', argsFor(i + 1), { inline: true })}`,
  ]);
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
  const out: Got[] = [];
  for (let from = 0; from < cases.length; from += block) {
    const chunk = cases.slice(from, from + block);
    const inputs = Array.from({ length: block }, (_, i) =>
      COLUMNS.map((col) => (i < chunk.length && !NOT_TAKEN.includes(col) ? chunk[i][col] : null)),
    );
    hf.setCellContents({ sheet: 0, col: 0, row: 0 }, inputs);
    const values = hf.getRangeValues({
      start: { sheet: 0, col: 11, row: 0 },
      end: { sheet: 0, col: 12, row: block - 1 },
    });
    chunk.forEach((_, i) => out.push({ status: values[i][0], progress: values[i][1] }));
  }
  hf.destroy();
  return out;
}

describe('the KPI short names compute what the custom functions compute', () => {
  // A blank "as of" means today in the short name; the grid's blank "as of" rows with dates would
  // then depend on the day the test runs, so those are left to the interop proof.
  const usable = kpiCaseGrid().filter((c) => c.asOf !== null || (c.start === null && c.due === null));
  const cases = usable.filter((_, i) => i % 25 === 0);

  it('covers a few hundred cases across every direction and date position', () => {
    expect(cases.length).toBeGreaterThan(300);
    expect(new Set(cases.map((c) => c.direction)).size).toBeGreaterThan(10);
  });

  it('agrees on every case, errors included', () => {
    expect(disagreements(cases, evaluateBodies(cases), NOT_TAKEN)).toEqual([]);
  });
});

describe('shortFormulaNames', () => {
  const names = shortFormulaNames();

  it('defines SMARTSCORE, SMARTTIPS, KPI_STATUS and KPI_PROGRESS as LAMBDAs with a Rudder comment', () => {
    expect(names.map((n) => n.name)).toEqual([...SHORT_NAME_LIST]);
    for (const n of names) {
      expect(n.formula).toMatch(/^=LAMBDA\(/);
      expect(n.comment).toMatch(/^Rudder: /);
      expect((n.comment ?? '').length).toBeLessThanOrEqual(255); // Excel's limit for a name's comment
    }
    expect(names[0].formula).toContain('RUDDER.SMARTSCORE(goal,');
    expect(names[2].formula).toMatch(/^=LAMBDA\(actual,target,\[direction\],\[baseline\],\[start\],\[due\],\[as_of\],/);
    expect(names[2].formula).not.toContain('RUDDER.');
  });
});

describe('toFileFormula / fromFileFormula', () => {
  it('writes the prefixes Excel stores: _xlfn. functions, _xlpm. bound names, _xlop. optional parameters', () => {
    expect(toFileFormula('=LAMBDA(x,[y],LET(z,x+1,IF(ISOMITTED(y),z,z+y)))')).toBe(
      '_xlfn.LAMBDA(_xlpm.x,_xlop.y,_xlfn.LET(_xlpm.z,_xlpm.x+1,IF(_xlfn.ISOMITTED(_xlpm.y),_xlpm.z,_xlpm.z+_xlpm.y)))',
    );
  });

  it('leaves text inside strings and names that are not bound alone', () => {
    expect(toFileFormula('=LET(a,"LET(a,1) x",a&RUDDER.SMARTSCORE(A1))')).toBe(
      '_xlfn.LET(_xlpm.a,"LET(a,1) x",_xlpm.a&RUDDER.SMARTSCORE(A1))',
    );
  });

  it('round-trips every short name', () => {
    for (const n of shortFormulaNames()) expect(fromFileFormula(toFileFormula(n.formula))).toBe(n.formula);
  });

  it('compares formulas without case, spaces or prefixes, but not inside strings', () => {
    expect(formulasMatch('=lambda(x, x + 1)', '_xlfn.LAMBDA(_xlpm.x,_xlpm.x+1)')).toBe(true);
    expect(formulasMatch('=IF(A1="a b",1,2)', '=IF(A1="ab",1,2)')).toBe(false);
  });
});

describe('planNames', () => {
  const wanted = shortFormulaNames();

  it('adds what is missing and leaves what is already there with the same formula', () => {
    const plan = planNames(wanted, [{ name: 'smartscore', formula: toFileFormula(wanted[0].formula) }]);
    expect(plan.map((p) => p.action)).toEqual(['same', 'add', 'add', 'add']);
  });

  it("replaces Rudder's own names, keeps the user's unless asked", () => {
    const existing = [
      { name: 'SMARTTIPS', formula: '=1', comment: 'Rudder: older' },
      { name: 'KPI_STATUS', formula: '=Sheet1!$A$1' },
    ];
    expect(planNames(wanted, existing).map((p) => p.action)).toEqual(['add', 'replace', 'conflict', 'add']);
    const agreed = planNames(wanted, existing, { overwrite: ['kpi_status'] });
    expect(agreed[2].action).toBe('replace');
    expect(namesResult(planNames(wanted, existing), true).conflicts).toEqual([
      { name: 'KPI_STATUS', existingFormula: '=Sheet1!$A$1' },
    ]);
  });
});

describe('shortNamesReport', () => {
  it('gives the plain no-LAMBDA message and nothing else when the host has no LAMBDA', () => {
    expect(shortNamesReport(noLambdaResult())).toEqual({ intent: 'warning', lines: [SHARE_TEXT.noLambda] });
  });

  it('names what was added with an example, and warns about a kept user name', () => {
    const result = namesResult(planNames(shortFormulaNames(), [{ name: 'KPI_STATUS', formula: '=42' }]), true);
    const report = shortNamesReport(result);
    expect(report.intent).toBe('warning');
    expect(report.lines[0]).toBe(
      'Added SMARTSCORE, SMARTTIPS, KPI_PROGRESS to this workbook. Type them like any Excel function, e.g. =KPI_STATUS(B2, C2).',
    );
    expect(report.lines).toContain(SHARE_TEXT.shortNames.conflict('KPI_STATUS', '=42'));
  });
});
