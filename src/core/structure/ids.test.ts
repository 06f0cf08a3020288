import { highestReferencedNumbers } from './ids';

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
