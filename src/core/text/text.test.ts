import { fold, foldAccents, isPlaceholder, squeeze, stemWord, tokenise } from './index';

describe('the shared text helpers', () => {
  it('fold case, accents and odd spacing', () => {
    expect(fold('  Menor\u00a0É   Melhor\t')).toBe('menor e melhor');
    expect(fold('Höher ist besser')).toBe('hoher ist besser');
    expect(fold('Straße')).toBe('strasse');
    expect(foldAccents('Février')).toBe('fevrier');
    expect(squeeze(' Menor É\u00a0melhor ')).toBe('menorémelhor');
  });

  it('split text into folded words, keeping elisions and inner hyphens', () => {
    expect(tokenise("D'ici fin juin 2027, augmenter le chiffre d'affaires!")).toEqual([
      "d'ici",
      'fin',
      'juin',
      '2027',
      'augmenter',
      'le',
      'chiffre',
      "d'affaires",
    ]);
    expect(tokenise('year-end  review')).toEqual(['year-end', 'review']);
    expect(tokenise('')).toEqual([]);
  });

  it('stem lightly with a language’s suffixes, keeping at least three letters', () => {
    expect(stemWord('ventas', ['as', 's'])).toBe('vent');
    expect(stemWord('customers', ['ers', 's'])).toBe('custom');
    expect(stemWord('mes', ['es', 's'])).toBe('mes');
  });

  it('know the placeholders of every language', () => {
    for (const text of ['TBD', 'n/a', 'a definir', 'À définir', 'k. A.', 'nadie', '-', ' ']) {
      expect([text, isPlaceholder(text)]).toEqual([text, true]);
    }
    for (const text of ['Ann Smith', 'Carlos', 'G-001', '0'])
      expect([text, isPlaceholder(text)]).toEqual([text, false]);
  });

  it('never take a lone currency sign, percent or number sign for "nothing": they head columns of amounts', () => {
    for (const text of ['$', '€', '%', '#', '£']) expect([text, isPlaceholder(text)]).toEqual([text, false]);
    for (const text of ['--', '—', '?', '...', '…']) expect([text, isPlaceholder(text)]).toEqual([text, true]);
  });
});
