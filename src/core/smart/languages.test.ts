import { analyzeGoal } from './analyze';
import { smartLexiconFor } from './lexicon/languages';

const asOf = 46357; // 1 December 2026

/** Each goal with its English twin: the same goal should score about the same in either language. */
const TWINS: readonly (readonly [string, string, string])[] = [
  ['es', 'Aumentar las ventas un 15% antes del 31 de marzo de 2027', 'Increase sales by 15% by 31 March 2027'],
  ['fr', "Augmenter les ventes de 15 % d'ici fin mars 2027", 'Increase sales by 15% by the end of March 2027'],
  ['de', 'Den Umsatz bis zum 31. März 2027 um 15 % steigern', 'Increase sales by 15% by 31 March 2027'],
  ['pt', 'Aumentar as vendas em 15% até 31 de março de 2027', 'Increase sales by 15% by 31 March 2027'],
];

describe('SMART in five languages', () => {
  it.each(TWINS)('reads the %s goal "%s" with its own words', (code, text) => {
    expect(smartLexiconFor(text).language).toBe(code);
  });

  it.each(TWINS)('scores the %s goal "%s" like its English twin', (_code, text, english) => {
    const own = analyzeGoal({ text }, { asOf });
    const twin = analyzeGoal({ text: english }, { asOf });
    expect(own.criteria.timeBound.score).toBeGreaterThanOrEqual(0.9);
    expect(Math.abs(own.criteria.measurable.score - twin.criteria.measurable.score)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(own.score - twin.score)).toBeLessThanOrEqual(10);
  });

  it('reads a Spanish frequency as a cycle, not a deadline', () => {
    const a = analyzeGoal({ text: 'Publicar dos entradas cada semana' }, { asOf });
    expect(a.criteria.timeBound.score).toBeLessThan(0.5);
    expect(a.criteria.timeBound.reason).toContain('cada semana');
  });

  it('reads unaccented spellings too', () => {
    const a = analyzeGoal({ text: 'Aumentar las ventas un 10% el proximo trimestre' }, { asOf });
    expect(a.criteria.timeBound.score).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps English goals on the English lexicon', () => {
    expect(smartLexiconFor('Cut food waste by 20% by the end of the year').language).toBe('en');
    expect(smartLexiconFor('').language).toBe('en');
  });
});
