import { withUnit } from './units';

describe('a KPI value with its unit, as people write it', () => {
  it.each([
    [1.3, '$', '$1.30'],
    [1200, 'USD', '$1,200'],
    [-45.5, '€', '-€45.50'],
    [5, '%', '5%'],
    [3, 'count', '3'],
    [22, 'orders', '22 orders'],
    [0.125, '', '0.125'],
    [-0, 'count', '0'],
  ] as const)('%p with unit %p reads %p', (value, unit, expected) => {
    expect(withUnit(value, unit)).toBe(expected);
  });

  it('keeps text that already carries its unit, and shows error codes as they are', () => {
    expect(withUnit('95%', '%')).toBe('95%');
    expect(withUnit('about 40', 'orders')).toBe('about 40 orders');
    expect(withUnit({ kind: 'error', code: '#VALUE!' }, '$')).toBe('#VALUE!');
  });

  it('never prints Infinity or three hundred digits', () => {
    expect(withUnit(1e308, 'count')).toBe('1.00e+308');
    expect(withUnit(1e308, '$')).toBe('$1.00e+308');
    expect(withUnit(Number.POSITIVE_INFINITY, 'count')).toBe('');
  });
});
