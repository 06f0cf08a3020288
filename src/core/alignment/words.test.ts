import fc from 'fast-check';
import { clip, contentToken, normText } from '../model';
import { listFirst, listSome } from './describe';
import { fill } from './messages';
import { Vocabulary } from './words';

/** What the rules read as a text's words, through the vocabulary: the words themselves and their stems. */
function wordsOf(vocabulary: Vocabulary, text: string): { words: string[]; stems: (string | null)[] } {
  const ids: number[] = [];
  vocabulary.addWords(text, ids);
  return {
    words: ids.map((id) => vocabulary.word(id)),
    stems: ids.map((id) => (vocabulary.stem(id) < 0 ? null : vocabulary.word(vocabulary.stem(id)))),
  };
}

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

describe('Vocabulary (the words of KPI names and goals, numbered once)', () => {
  it('splits any text into the same words as normText, and stems them as contentToken does', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 8 }), (texts) => {
        const vocabulary = new Vocabulary();
        for (const text of texts) {
          const expected = normText(text)
            .split(' ')
            .filter((w) => w !== '');
          const { words, stems } = wordsOf(vocabulary, text);
          expect(words).toEqual(expected);
          expect(stems).toEqual(expected.map((w) => contentToken(w)));
        }
      }),
    );
  });

  it('gives a word the same number wherever it appears, and a new number only to a new word', () => {
    const vocabulary = new Vocabulary();
    const first: number[] = [];
    const second: number[] = [];
    vocabulary.addWords('Waste % of stock', first);
    vocabulary.addWords('waste (%)', second);
    expect(second).toEqual([first[0], first[1]]);
    expect(vocabulary.idOf('stock')).toBe(first[3]);
    expect(vocabulary.idOf('margin')).toBeUndefined();
  });

  it('lists every text of a table, however many more words its texts hold than the first ones', () => {
    const texts = ['Waste', ...Array.from({ length: 300 }, (_, i) => `${'% '.repeat(i % 7)}x${i} y z`)];
    const vocabulary = new Vocabulary();
    const { ids, start } = vocabulary.lists(texts);
    texts.forEach((text, i) => {
      const listed = Array.from(ids.subarray(start[i], start[i + 1]), (id) => vocabulary.word(id));
      expect(listed).toEqual(normText(text).split(' '));
    });
    expect(vocabulary.lists([]).start).toEqual(new Int32Array([0]));
  });

  it('marks the words that follow a bracket, colon or bar when asked, one mark per word', () => {
    const vocabulary = new Vocabulary();
    const texts = ['Waste (kg per week)', 'Energy use: kWh', 'Sales | online', 'Food waste (% of stock)', 'Jail-cells'];
    const { ids, start, breaks } = vocabulary.lists(texts, true);
    const marked = texts.map((_, i) =>
      Array.from(
        ids.subarray(start[i], start[i + 1]),
        (id, k) => `${breaks?.[start[i] + k] ? '|' : ''}${vocabulary.word(id)}`,
      ),
    );
    expect(marked).toEqual([
      ['waste', '|kg', 'per', 'week'],
      ['energy', 'use', '|kwh'],
      ['sales', '|online'],
      ['food', 'waste', '|percent', 'of', 'stock'],
      ['jail', 'cells'],
    ]);
    expect(vocabulary.lists(texts).breaks).toBeUndefined();
  });

  it('numbers a number found in different texts once, and spells it as written', () => {
    const vocabulary = new Vocabulary();
    const first: number[] = [];
    const second: number[] = [];
    vocabulary.addWords('Waste in area 17', first);
    vocabulary.addWords('AREA 17 (north), 2027', second);
    expect(second.slice(0, 2)).toEqual(first.slice(2));
    expect([vocabulary.word(first[3]), vocabulary.word(second[3])]).toEqual(['17', '2027']);
    expect(vocabulary.idOf('17')).toBe(first[3]);
    expect(vocabulary.stem(first[3])).toBe(first[3]);
    expect([vocabulary.startsWithDigit(first[3]), vocabulary.endsWithDigit(first[3])]).toEqual([true, true]);
    expect(vocabulary.endsWithDigit(first[0])).toBe(false);
  });

  it('numbers a plural and its singular to one stem, and a stop word to none', () => {
    const vocabulary = new Vocabulary();
    const ids: number[] = [];
    vocabulary.addWords('customers customer the', ids);
    expect(vocabulary.stem(ids[0])).toBe(vocabulary.stem(ids[1]));
    expect(vocabulary.stem(ids[2])).toBe(-1);
  });

  it('keeps finding words after its table has grown many times', () => {
    const vocabulary = new Vocabulary();
    const ids: number[] = [];
    for (let i = 0; i < 5000; i++) vocabulary.addWords(`item${i} measure`, ids);
    for (let i = 0; i < 5000; i += 997) expect(vocabulary.idOf(`item${i}`)).toBe(ids[2 * i]);
    expect(vocabulary.size).toBe(5001);
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
