import { asMatrix, broadcastShape, cellAt, joinText, parseNumberText, readDate, readNumber } from './args';
import { FN_MESSAGES } from './messages';

describe('reading Excel arguments', () => {
  it('reads numbers typed as text the way owners write them', () => {
    expect(parseNumberText('1,200')).toBe(1200);
    expect(parseNumberText('$50k')).toBe(50000);
    expect(parseNumberText('15%')).toBeCloseTo(0.15);
    expect(parseNumberText('€ 2.5m')).toBe(2_500_000);
    expect(parseNumberText('(250)')).toBe(-250);
    expect(parseNumberText('-3.5')).toBe(-3.5);
    expect(parseNumberText('about ten')).toBeNull();
    expect(parseNumberText('')).toBeNull();
  });

  it('names the argument and the accepted forms when a number is not one', () => {
    expect(readNumber('lots', 'target')).toEqual({
      error: '#VALUE!',
      message: FN_MESSAGES.notANumber('target', 'lots'),
    });
    expect(readNumber(null, 'target')).toBeNull();
    expect(readNumber('  ', 'target')).toBeNull();
    expect(readNumber(true, 'target')).toMatchObject({ error: '#VALUE!' });
    expect(readNumber('#N/A', 'actual')).toEqual({
      error: '#VALUE!',
      message: FN_MESSAGES.errorValueIn('actual', '#N/A'),
    });
  });

  it('reads serial dates and date text, and explains a date it cannot read', () => {
    expect(readDate(46477, 'due')).toBe(46477);
    expect(readDate('2027-03-31', 'due')).toBe(46477);
    expect(readDate('Q1 2027', 'due')).toBe(46477);
    expect(readDate(null, 'due')).toBeNull();
    const bad = readDate('someday', 'due');
    expect(bad).toMatchObject({ error: '#VALUE!' });
    expect(JSON.stringify(bad)).toContain('due: \\"someday\\" cannot be read as a date');
    expect(readDate(-5, 'due')).toMatchObject({ error: '#VALUE!' });
  });

  it('repeats a single value for every cell of a range and refuses mismatched ranges', () => {
    const goals = asMatrix([['a'], ['b'], ['c']]);
    expect(broadcastShape('goal', goals, [['due', asMatrix(46477)]])).toEqual({ rows: 3, cols: 1 });
    expect(cellAt(asMatrix(46477), 2, 0)).toBe(46477);
    const mismatch = broadcastShape('goal', goals, [['due', asMatrix([[1], [2]])]]);
    expect(mismatch).toEqual({ error: '#VALUE!', message: FN_MESSAGES.shapeMismatch('due', 2, 1, 'goal', 3, 1) });
  });

  it('reads a context range as one text', () => {
    expect(
      joinText(
        asMatrix([
          ['Fresh bread daily', null],
          ['', 'Community first'],
        ]),
      ),
    ).toBe('Fresh bread daily\nCommunity first');
    expect(joinText(asMatrix(null))).toBeNull();
  });
});
