import { compileLexicon } from './compile';
import { EN } from './lexicon/en';
import { MAX_ANALYSED_CHARS, prepareText } from './text';

const lex = compileLexicon(EN);
const numbers = (text: string): number[] =>
  prepareText(text, lex)
    .tokens.filter((t) => t.kind === 'num')
    .map((t) => t.value);

describe('reading numbers in goal text', () => {
  it.each([
    ['$50k', 50_000],
    ['€1,200', 1200],
    ['£2.5m', 2_500_000],
    ['10,000 steps', 10_000],
    ['twenty-five', 25],
    ['two hundred', 200],
    ['50 thousand', 50_000],
    ['forty five', 45],
    ['2bn', 2_000_000_000],
  ])('reads %j as %d', (text, value) => {
    expect(numbers(text)).toEqual([value]);
  });

  it('keeps "5m" without money as a number with its unit, not millions', () => {
    const t = prepareText('walk 5m', lex).tokens[1];
    expect(t.value).toBe(5);
    expect(t.suffix).toBe('m');
  });

  it('keeps glued period words together: q3, fy2027', () => {
    expect(prepareText('by Q3 FY2027', lex).tokens.map((t) => t.text)).toEqual(['by', 'q3', 'fy2027']);
  });

  it('cuts text longer than the cap and remembers the original length', () => {
    const p = prepareText('a '.repeat(50_000), lex);
    expect(p.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(p.truncatedFrom).toBe(100_000);
  });

  it('tokenises letters beyond ASCII and emoji without splitting them', () => {
    expect(prepareText('café 🚀 ünïcode', lex).tokens.map((t) => t.text)).toEqual(['café', '🚀', 'ünïcode']);
  });
});

describe('stems', () => {
  const stemOf = (word: string): string => lex.info(word).stem;

  it.each([
    ['policies', 'policy'],
    ['deliveries', 'delivery'],
    ['bookings', 'book'],
    ['published', 'publish'],
    ['organisations', 'organis'],
    ['sales', 'sale'],
    ['shop', 'shop'],
  ])('strips the longest suffix that ends %j, leaving %j', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });

  it('leaves words of four letters or fewer, and keeps at least three letters before a suffix', () => {
    expect(stemOf('uses')).toBe('uses');
    expect(stemOf('rings')).toBe('ring');
    expect(stemOf('sings')).toBe('sing');
  });
});
