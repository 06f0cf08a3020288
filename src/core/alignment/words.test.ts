import fc from 'fast-check';
import { clip, normText } from '../model';
import { listFirst, listSome } from './describe';
import { fill } from './messages';
import { contentTokens } from '../model';
import { WordBook, wordingOf } from './words';

/** Texts people type into KPI names and goals, with the accents, symbols and spacing they use. */
const cellText = fc
  .array(
    fc.oneof(
      fc.constantFrom('Waste', 'customers', 'Reduce', 'the', 'of', '%', 'Café', 'ÉLAN', 'pct', 'companies'),
      fc.constantFrom(' ', '  ', '\t', '\n', '-', '/', ',', '.', '(', ')', '€', 'ß', 'İ', '1', '2027', 'Q3'),
      fc.string({ maxLength: 6 }),
      fc.fullUnicodeString({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('wordingOf (the words of KPI names and goals, as the wording rules read them)', () => {
  it('splits any text into the same words as normText', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const expected = normText(text)
          .split(' ')
          .filter((w) => w !== '');
        expect(wordingOf(text).words).toEqual(expected);
        expect(wordingOf(text).afterBreak).toHaveLength(expected.length);
      }),
    );
  });

  it('marks the words that follow a bracket, colon or bar, one mark per word', () => {
    const texts = ['Waste (kg per week)', 'Energy use: kWh', 'Sales | online', 'Food waste (% of stock)', 'Jail-cells'];
    const marked = texts.map((text) => {
      const { words, afterBreak } = wordingOf(text);
      return words.map((w, k) => `${afterBreak[k] ? '|' : ''}${w}`);
    });
    expect(marked).toEqual([
      ['waste', '|kg', 'per', 'week'],
      ['energy', 'use', '|kwh'],
      ['sales', '|online'],
      ['food', 'waste', '|percent', 'of', 'stock'],
      ['jail', 'cells'],
    ]);
  });

  it('gives no words for a blank text', () => {
    expect(wordingOf('')).toEqual({ words: [], afterBreak: [] });
    expect(wordingOf(' (-) ')).toEqual({ words: [], afterBreak: [] });
  });
});

describe('WordBook (goal texts and KPI names read once per run)', () => {
  it('gives a text the distinct stems contentTokens finds, in alphabetical order', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(new WordBook().read(text).stems).toEqual([...new Set(contentTokens(text))].sort());
      }),
    );
  });

  it('gives two names with the same words in another order the same stems', () => {
    const book = new WordBook();
    expect(book.read('Waste % of stock').stems).toEqual(book.read('Stock waste (%)').stems);
  });

  it('tells which way a word pulls, and never a number', () => {
    const book = new WordBook();
    const words = book.read('Reduce waste to 5% by 2027').words;
    expect(words.map((w) => [w.text, w.sense])).toEqual([
      ['reduce', 'lower'],
      ['waste', null],
      ['to', null],
      ['5', null],
      ['percent', null],
      ['by', null],
      ['2027', null],
    ]);
    expect(book.read('Increase repeat customers').words[0].sense).toBe('higher');
  });
});

describe('message helpers on the findings path', () => {
  it('fill puts values in their places and leaves an unknown placeholder visible', () => {
    expect(fill('{What} is due {due}; ask {owner}.', { What: 'Goal G-1', due: '30 June 2027' })).toBe(
      'Goal G-1 is due 30 June 2027; ask {owner}.',
    );
    expect(fill('{n} of {n}', { n: 3 })).toBe('3 of 3');
    expect(fill('no placeholders', {})).toBe('no placeholders');
  });

  it('listSome names up to six items, then says how many more; listFirst asks only for the ones it names', () => {
    expect(listSome(['G-1', 'G-2', 'G-3'])).toBe('G-1, G-2 and G-3');
    expect(listSome(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).toBe('a, b, c, d, e, f and 2 more');
    const asked: number[] = [];
    const text = listFirst(3000, (i) => {
      asked.push(i);
      return `G-${i + 1}`;
    });
    expect(text).toBe('G-1, G-2, G-3, G-4, G-5, G-6 and 2994 more');
    expect(asked).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('clip flattens runs of spaces, tabs and line breaks, and leaves tidy text as it is', () => {
    expect(clip('  Waste\t%\n of  stock ')).toBe('Waste % of stock');
    expect(clip('Waste\u00a0%')).toBe('Waste %');
    expect(clip('Waste % of stock')).toBe('Waste % of stock');
  });
});
