/**
 * The functions.ts wrappers as Excel calls them: a fake CustomFunctions runtime records how errors
 * reach the cell (thrown for a single cell, in place inside a spilled range).
 */
class FakeCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
Object.assign(globalThis, {
  CustomFunctions: {
    Error: FakeCustomFunctionError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
    associate: () => undefined,
  },
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require('../../../src/functions/functions') as typeof import('../../../src/functions/functions');

describe('custom function wrappers', () => {
  it('returns a spilled matrix for a column of goals', () => {
    const result = fns.smartScore([['Increase sales'], ['Cut flour waste from 8% to 5% by 30 June 2027']]);
    expect(result).toHaveLength(2);
    expect(typeof result[0][0]).toBe('number');
  });

  it('throws a #VALUE! error with the message for a single bad cell', () => {
    expect(() => fns.kpiStatus([[5]], [[10]], [['sideways']])).toThrow(FakeCustomFunctionError);
    try {
      fns.kpiStatus([[5]], [[10]], [['sideways']]);
    } catch (error) {
      expect(error).toMatchObject({ code: '#VALUE!' });
      expect((error as FakeCustomFunctionError).message).toMatch(/^direction: /);
    }
  });

  it('puts error cells inside a spilled range instead of failing the whole range', () => {
    const result = fns.kpiStatus([[80], [null], [5]], [[100], [100], [null]], [['lower']]);
    expect(result[0][0]).toBe('Achieved');
    expect(result[1][0]).toBe('No data');
    expect(result[2][0]).toMatchObject({ code: '#N/A' });
  });

  it('treats omitted optional arguments as blanks', () => {
    expect(fns.kpiProgress([[25]], [[10]], [['lower']], [[40]])[0][0]).toBeCloseTo(0.5);
    expect(fns.smartProfile([['Grow']])[0]).toHaveLength(5);
  });
});
