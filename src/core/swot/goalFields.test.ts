import { serialFromYmd } from '../dates';
import { goalFieldsFromText } from './goalFields';

const MARCH_31_2027 = serialFromYmd(2027, 3, 31);

describe('fields a wizard goal states in its own words', () => {
  it('reads the deadline, baseline and target of an English goal', () => {
    expect(goalFieldsFromText('Grow weekday sourdough sales from 40 to 60 loaves by 31 March 2027')).toEqual({
      due: MARCH_31_2027,
      baseline: 40,
      target: 60,
    });
  });

  it.each([
    ['es', 'Aumentar los clientes habituales de 200 a 260 al mes antes del 31 de marzo de 2027', 200, 260],
    ['fr', "Passer les clients fidèles de 200 à 260 par mois d'ici le 31 mars 2027", 200, 260],
    ['de', 'Stammkunden von 200 auf 260 pro Monat steigern bis 31. März 2027', 200, 260],
    ['pt', 'Aumentar clientes fiéis de 200 para 260 por mês até 31 de março de 2027', 200, 260],
    ['es', 'Reducir la merma del 9% al 5% antes del 31 de marzo de 2027', 9, 5],
    ['fr', "Réduire les pertes de 9 % à 5 % d'ici le 31 mars 2027", 9, 5],
    ['de', 'Ausschuss von 9 % auf 5 % senken bis 31. März 2027', 9, 5],
    ['pt', 'Reduzir o desperdício de 9% para 5% até 31 de março de 2027', 9, 5],
  ])('reads the deadline, baseline and target of a goal in %s: %s', (_lang, text, baseline, target) => {
    expect(goalFieldsFromText(text)).toEqual({ due: MARCH_31_2027, baseline, target });
  });

  it.each([
    ['es', 'Aumentar las ventas de pan a 60 barras antes del 31 de marzo de 2027'],
    ['de', 'Den Umsatz auf 260 bis 31. März 2027 steigern'],
  ])('takes no baseline from a goal in %s that only names its target, nor a range from its date', (_lang, text) => {
    expect(goalFieldsFromText(text)).toEqual({ due: MARCH_31_2027, baseline: null, target: null });
  });

  it.each([
    ['es', 'Aumentar las ventas de pan a 60 barras antes del 31 de marzo de 2027'],
    ['fr', "Augmenter les ventes de pain à 60 baguettes d'ici le 31 mars 2027"],
    ['de', 'Den Brotverkauf auf 60 Laibe bis zum 31. März 2027 steigern'],
    ['pt', 'Aumentar as vendas de pão para 60 unidades até 31 de março de 2027'],
  ])('reads the deadline of a goal in %s', (_lang, text) => {
    expect(goalFieldsFromText(text).due).toBe(MARCH_31_2027);
  });

  it('counts a relative deadline from the given day, and leaves it empty without one', () => {
    const today = serialFromYmd(2027, 1, 15);
    expect(goalFieldsFromText('Answer every catering enquiry within 6 months', today).due).toBeGreaterThan(today);
    expect(goalFieldsFromText('Answer every catering enquiry within 6 months').due).toBeNull();
  });

  it('fills nothing for a goal that states neither', () => {
    expect(goalFieldsFromText('Be the friendliest bakery in town')).toEqual({
      due: null,
      baseline: null,
      target: null,
    });
  });
});
