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

  // Baseline and target in these languages wait on the SMART reader's words for "from … to …".
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
