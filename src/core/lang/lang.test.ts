import { parseDirection } from '../kpi/direction';
import { HEADER_WORDS } from './headers';
import { CELL_WORDS } from './cellWords';
import { DIRECTION_NAMES, LANGUAGES, directionWordsOf, guessLanguage, monthEntries, packOf } from './index';

describe('the language packs', () => {
  it('hold five languages, each once, each with twelve months and every direction', () => {
    expect(LANGUAGES.map((p) => p.code)).toEqual(['en', 'fr', 'es', 'de', 'pt']);
    for (const pack of LANGUAGES) {
      expect(pack.months).toHaveLength(12);
      for (const d of DIRECTION_NAMES) expect(pack.directions[d].length).toBeGreaterThan(0);
      expect(CELL_WORDS[pack.code].placeholders.length).toBeGreaterThan(0);
      expect(pack.smart.deadlineWords.length).toBeGreaterThan(0);
      expect(pack.smart.increaseVerbs.length).toBeGreaterThan(0);
    }
  });

  it('let the KPI engine read every word column detection takes for a direction', () => {
    for (const pack of LANGUAGES) {
      for (const word of HEADER_WORDS[pack.code].directionWords) {
        expect([word, parseDirection(word).ok]).toEqual([word, true]);
      }
    }
  });

  it('list accented direction words also without accents, for the native formula', () => {
    expect(directionWordsOf('lower')).toEqual(expect.arrayContaining(['menor é melhor', 'menor e melhor']));
    expect(directionWordsOf('higher')).toEqual(expect.arrayContaining(['höher ist besser', 'hoher ist besser']));
  });

  it('name each month once per spelling, accented and plain', () => {
    const months = new Map(monthEntries());
    expect(months.get('março')).toBe(3);
    expect(months.get('marco')).toBe(3);
    expect(months.get('février')).toBe(2);
    expect(months.get('dez')).toBe(12);
  });

  it('guess the language of a text from words only that language uses', () => {
    expect(guessLanguage('Aumentar las ventas un 15% antes del 31 de marzo de 2027')).toBe('es');
    expect(guessLanguage('Augmenter le chiffre d’affaires de 10 % d’ici fin juin 2027')).toBe('fr');
    expect(guessLanguage('Umsatz bis Ende Q2 2027 um 10 % steigern')).toBe('de');
    expect(guessLanguage('Aumentar as vendas em 15% até 31 de março de 2027')).toBe('pt');
    expect(guessLanguage('Grow sales by 15% by 31 March 2027')).toBe('en');
    expect(guessLanguage('')).toBe('en');
    expect(packOf('de').name).toBe('German');
  });
});
