import { serialFromYmd } from '../dates';
import { goalFeatureValues } from './analyze';
import { FEATURES, type FeatureName } from './features';
import { analyzeGoal, smartLexiconFor } from './index';
import { guessLanguage } from '../lang';

const ASOF = serialFromYmd(2026, 6, 1);
const criteria = (text: string) => analyzeGoal({ text }, { asOf: ASOF }).criteria;
const amounts = (text: string): string[] =>
  criteria(text)
    .measurable.evidence.filter((e) => e.kind === 'count')
    .map((e) => e.text);

describe('a count written as an ordinal ("a second baker")', () => {
  it.each([
    ['Hire a second baker', 'second baker'],
    ['Abrir una segunda tienda en el centro', 'segunda tienda'],
    ['Ouvrir un troisième magasin', 'troisième magasin'],
    ['Einen zweiten Bäcker einstellen', 'zweiten bäcker'],
    ['Contratar um segundo padeiro', 'segundo padeiro'],
  ])('reads %j as measurable, counting %j', (goal, count) => {
    expect(amounts(goal)).toEqual([count]);
    expect(criteria(goal).measurable.score).toBeGreaterThanOrEqual(0.9);
  });

  it('does not count a period ("the second quarter") or a unit ("single second responses")', () => {
    expect(amounts('Close the books in the second quarter')).toEqual([]);
    expect(amounts('Get single second responses on most queries')).toEqual([]);
  });

  it('does not name the ordinal as the concrete object', () => {
    expect(criteria('Hire a second baker').specific.reason).not.toContain('second');
  });
});

describe('the size of a change after "by" ("grow weekly users by 500")', () => {
  it('reads a plain number after a verb of change as the amount to reach', () => {
    const m = criteria('Grow weekly active users by 500').measurable;
    expect(m.evidence).toContainEqual({ kind: 'count', text: 'by 500' });
    expect(m.score).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves "by" and a year to the deadline reader', () => {
    expect(amounts('Grow weekly active users by 2027')).toEqual([]);
  });
});

describe('abstract nouns ("transparency", "trust")', () => {
  it('rates a change in a quality with no thing named as not specific, and names the words', () => {
    const s = criteria('Increase transparency and trust').specific;
    expect(s.score).toBeLessThan(0.5);
    expect(s.reason).toContain('transparency');
  });

  it('reads them in the other languages too', () => {
    expect(criteria('Aumentar la transparencia y la confianza').specific.score).toBeLessThan(0.5);
    expect(criteria('Mehr Transparenz und Vertrauen schaffen').specific.reason).toContain('vertrauen');
  });
});

describe('a German goal that ends with its verb', () => {
  const feature = (text: string, name: FeatureName): number => goalFeatureValues({ text })[FEATURES.indexOf(name)];

  it('reads the closing "verbessern" as the broad verb that leads the goal, as "improve" does in English', () => {
    expect(feature('Das Kundenerlebnis verbessern', 'vagueLead')).toBe(1);
    expect(feature('Das Kundenerlebnis verbessern', 'vagueLater')).toBe(0);
    expect(feature('Improve the customer experience', 'vagueLead')).toBe(1);
  });

  it('keeps a broad verb inside an English goal as a later word', () => {
    expect(feature('Sell cakes and improve the customer experience', 'vagueLead')).toBe(0);
  });
});

describe("the goal's language, from its verbs and nouns as well as its small words", () => {
  it.each([
    ['Das Kundenerlebnis verbessern', 'de'],
    ['Embaucher un deuxième boulanger', 'fr'],
    ['Contratar um segundo padeiro', 'pt'],
    ['Lanzar la nueva página de reservas', 'es'],
    ['Launch the new booking page', 'en'],
    ['Hire a second baker', 'en'],
    ['', 'en'],
  ])('reads %j as %s', (goal, code) => {
    expect(smartLexiconFor(goal).language).toBe(code);
  });

  it('reads accented and unaccented spellings alike', () => {
    expect(guessLanguage('lançar o próximo catálogo')).toBe(guessLanguage('lancar o proximo catalogo'));
  });
});
