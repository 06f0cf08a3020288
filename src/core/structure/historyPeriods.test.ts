import { serialFromYmd } from '../dates';
import { periodHeaderOf, periodOfCell, periodOfText } from './historyPeriods';

const ymd = serialFromYmd;

describe('period headers as end dates', () => {
  it.each([
    ['Jan-17', ymd(2017, 1, 31)],
    ['janv. 2024', ymd(2024, 1, 31)],
    ['févr. 2024', ymd(2024, 2, 29)],
    ['ene-24', ymd(2024, 1, 31)],
    ['März 2024', ymd(2024, 3, 31)],
    ['set/24', ymd(2024, 9, 30)],
    ['Q3 FY25', ymd(2025, 9, 30)],
    ['FY25 Q3', ymd(2025, 9, 30)],
    ['T3 2024', ymd(2024, 9, 30)],
    ['3T 2024', ymd(2024, 9, 30)],
    ['3º trimestre 2024', ymd(2024, 9, 30)],
    ['1. Quartal 2024', ymd(2024, 3, 31)],
    ['trim. 2 2024', ymd(2024, 6, 30)],
    ['3rd quarter 2024', ymd(2024, 9, 30)],
    ['2024', ymd(2024, 12, 31)],
  ])('reads "%s"', (text, serial) => {
    expect(periodOfText(text)).toBe(serial);
  });

  it.each(['Total', 'Jan', 'Notes', 'Q5 2024', ''])('reads no period in "%s"', (text) => {
    expect(periodOfText(text)).toBeNull();
  });

  it('reads a month-formatted date cell as the month, and a dated cell as its day', () => {
    expect(periodOfCell(ymd(2027, 3, 1), 'mmm-yy')).toBe(ymd(2027, 3, 31));
    expect(periodOfCell(ymd(2027, 3, 14), 'yyyy-mm-dd')).toBe(ymd(2027, 3, 14));
  });

  it.each([
    ['Jan 2024 Target', 'target'],
    ['Mar-17 Actual', 'actual'],
    ['Soll Q1 2024', 'target'],
    ['Ist Q1 2024', 'actual'],
    ['real ene-24', 'actual'],
    ['Meta 2T 2024', 'target'],
    ['Cible janv. 2024', 'target'],
    ['Feb-24', 'actual'],
  ])('tells a target column from an actual one: "%s"', (header, part) => {
    expect(periodHeaderOf(header, null, header)?.part).toBe(part);
  });
});
