import { formatSerialIso, serialFromYmd } from '../dates';
import { analyzeGoal } from './analyze';
import { readDeadline } from './deadline';

const asOf = serialFromYmd(2026, 12, 1);
const due = (text: string, from: number | undefined = asOf): string | null => {
  const d = readDeadline(text, from);
  return d === null ? null : d.serial === null ? 'undated' : formatSerialIso(d.serial);
};

describe('the one deadline reader', () => {
  it.each([
    ['Increase sales by 15% by 31 March 2027', '2027-03-31'],
    ['Aumentar las ventas un 15% antes del 31 de marzo de 2027', '2027-03-31'],
    ["Augmenter les ventes de 15 % d'ici fin juin 2027", '2027-06-30'],
    ['Umsatz bis Ende Q2 2027 um 15 % steigern', '2027-06-30'],
    ['Umsatz bis zum 30. Juni 2027 um 15 % steigern', '2027-06-30'],
    ['Aumentar as vendas em 15% até 31 de março de 2027', '2027-03-31'],
    ['Open the second shop before Q3 2027', '2027-09-30'],
  ])('reads the written date in "%s"', (text, expected) => {
    expect(due(text)).toBe(expected);
    expect(readDeadline(text, asOf)?.kind).toBe('date');
  });

  it.each([
    ['Grow revenue 10% within 6 months'],
    ['Aumentar los ingresos un 10% dentro de 6 meses'],
    ['Réduire les coûts de 10 % dans les 6 mois'],
    ['Kosten innerhalb von 6 Monaten um 10 % senken'],
    ['Reduzir os custos em 10% em 6 meses'],
  ])('counts "%s" from the day it is given', (text) => {
    expect(readDeadline(text, asOf)?.kind).toBe('relative');
    expect(due(text)).toBe('2027-06-02');
    expect(due(text, serialFromYmd(2027, 1, 1))).toBe('2027-07-03');
  });

  it('gives a relative deadline without a date when no day to count from is known', () => {
    expect(readDeadline('Grow revenue 10% within 6 months')).toEqual({
      kind: 'relative',
      serial: null,
      text: 'within 6 months',
    });
  });

  it.each([
    ['Grow monthly visitors to 5000'],
    ['Publish a post every week'],
    ['Publicar una entrada cada semana'],
    ['Reply to every complaint within 24 hours'],
    ['Finish the report soon'],
    ['Agree the budget by the next board meeting'],
    [''],
  ])('sets no deadline for "%s"', (text) => {
    expect(readDeadline(text, asOf)).toBeNull();
  });

  it("agrees with SMART's Time-bound: what it reads as a date or a span, SMART scores as time-bound", () => {
    for (const text of [
      'Grow revenue 10% within 6 months',
      'Aumentar las ventas un 15% antes del 31 de marzo de 2027',
      'Kosten innerhalb von 6 Monaten um 10 % senken',
      'Open the second shop before Q3 2027',
    ]) {
      expect(readDeadline(text, asOf)).not.toBeNull();
      expect(analyzeGoal({ text }, { asOf }).criteria.timeBound.score).toBeGreaterThanOrEqual(0.9);
    }
  });
});
