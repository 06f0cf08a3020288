import fc from 'fast-check';
import { serialFromYmd } from '../../../src/core/dates/serial';
import { createRudderFunctions } from '../../../src/functions/registry';
import type { ExcelArg, ExcelCellResult, ExcelResult, ExcelScalar } from '../../../src/functions/types';
import { isExcelError } from '../../../src/functions/types';

/** CI runs the full 10,000 cases per function; a local `npm test` runs fewer to stay quick. */
const RUNS = process.env.CI ? 10_000 : 1_000;
const functions = createRudderFunctions(() => serialFromYmd(2027, 1, 15));

const words = fc.constantFrom(
  'higher',
  'lower',
  'Down',
  'range',
  'maintain',
  '<=',
  'sideways',
  '',
  '90-110',
  'Q3 2027',
  '2027-06-30',
  '15%',
  '$1,200',
  '#N/A',
  '=1+1',
);
const scalar: fc.Arbitrary<ExcelScalar> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  words,
);
const matrix = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([r, c]) => fc.array(fc.array(scalar, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
const arg: fc.Arbitrary<ExcelArg> = fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: matrix });

const ALLOWED_ERRORS = new Set(['#VALUE!', '#N/A', '#NUM!']);

function checkCell(cell: ExcelCellResult): void {
  if (isExcelError(cell)) {
    expect(ALLOWED_ERRORS.has(cell.error)).toBe(true);
    expect(cell.message.length).toBeGreaterThan(0);
    return;
  }
  if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
  else expect(['string', 'boolean'].includes(typeof cell) || cell === null).toBe(true);
}

function checkResult(result: ExcelResult): void {
  if (Array.isArray(result)) {
    const rows = result as readonly (readonly ExcelCellResult[])[];
    const width = rows[0]?.length;
    for (const row of rows) {
      expect(row.length).toBe(width);
      row.forEach(checkCell);
    }
  } else checkCell(result as ExcelCellResult);
}

describe.each(functions.map((f) => [f.name, f] as const))('RUDDER.%s on arbitrary input', (_name, fn) => {
  it('never throws, never returns NaN or Infinity, and only the documented errors', () => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: 0, maxLength: fn.params.length }), (args) => {
        checkResult(fn.evaluate(args));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('hard inputs', () => {
  const smart = functions.find((f) => f.name === 'SMARTSCORE');
  const kpi = functions.find((f) => f.name === 'KPI_STATUS');

  it('scores a 100,000-character goal', () => {
    const long = 'Increase sales of sourdough by 15% by Q3 2027 and '.repeat(2000);
    const result = smart?.evaluate([long]) as number[][];
    expect(result[0][0]).toBeGreaterThanOrEqual(0);
    expect(result[0][0]).toBeLessThanOrEqual(100);
  });

  it.each([
    ['a date before 1900', -10],
    ['a date after 9999', 3_000_000],
  ])('answers %s with #VALUE!', (_label, serial) => {
    expect((smart?.evaluate(['Open a shop', serial]) as ExcelCellResult[][])[0][0]).toMatchObject({ error: '#VALUE!' });
  });

  it('handles a target equal to the baseline, and zero and negative targets', () => {
    for (const args of [
      [50, 50, 'higher', 50],
      [0, 0, 'lower', 0],
      [-5, -10, 'lower', 0],
      [5, 0, 'higher'],
    ] as ExcelArg[][]) {
      checkResult(kpi?.evaluate(args) ?? null);
    }
  });
});
