import { highestReferencedNumbers } from './ids';
import { column, planOf, sheetOf } from './testing';

describe('highestReferencedNumbers (IDs a workbook already names)', () => {
  it('reads IDs in the forms people type, inside longer text and lists', () => {
    const cells = ['G-001, g-7', 'K-007 measures G 012', 'see G-0003', 'G_2', 42, null];
    expect(highestReferencedNumbers(cells, ['G', 'K'])).toEqual({ G: 12, K: 7 });
  });

  it('does not take a word that merely starts with the letter, or a number inside a word', () => {
    expect(highestReferencedNumbers(['Growth 2027', 'XG-9', 'G-5a', 'PG-3'], ['G'])).toEqual({});
  });

  it('tells a two-letter prefix from a one-letter one (VI-4 is a vision, V-2 a value)', () => {
    expect(highestReferencedNumbers(['VI-4 and V-2'], ['V', 'VI'])).toEqual({ V: 2, VI: 4 });
  });
});

describe('Structure with IDs typed in odd forms', () => {
  it('keeps g-1, G 002 and G-0003 as typed and numbers a new row past them', () => {
    const snapshot = sheetOf([
      ['ID', 'Goal', 'Owner'],
      ['g-1', 'Grow repeat customers from 200 to 260 a month by Q2 2027', 'Ann'],
      ['G 002', 'Cut waste from 9% to 5% by Q3 2027', 'Bo'],
      ['G-0003', 'Open a second shop by 2028', 'Cy'],
      [null, 'Sell 300 loaves a day by Q3 2027', 'Di'],
    ]);
    const plan = planOf(snapshot, { referencedNumbers: highestReferencedNumbers(snapshot.values.flat(), ['G']) });
    expect(column(plan, 'ID')).toEqual(['g-1', 'G 002', 'G-0003', 'G-004']);
  });
});
