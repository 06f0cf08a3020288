import { formatSerialIso, parseDateText } from './index';

const iso = (text: string, edge: 'start' | 'end' = 'end'): string => {
  const r = parseDateText(text, { edge });
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return formatSerialIso(r.serial);
};

describe('dates written in five languages', () => {
  it.each([
    ['31 de marzo de 2027', '2027-03-31'],
    ['31 de marzo del 2027', '2027-03-31'],
    ['31 de março de 2027', '2027-03-31'],
    ['30. Juni 2027', '2027-06-30'],
    ['30 juin 2027', '2027-06-30'],
    ['1er juin 2027', '2027-06-01'],
    ['fin juin 2027', '2027-06-30'],
    ['fin de junio de 2027', '2027-06-30'],
    ['Ende Juni 2027', '2027-06-30'],
    ['bis Ende Q2 2027', '2027-06-30'],
    ['bis zum 30. Juni 2027', '2027-06-30'],
    ['antes del 31 de marzo de 2027', '2027-03-31'],
    ['até 31 de março de 2027', '2027-03-31'],
    ["d'ici fin juin 2027", '2027-06-30'],
    ['by the end of June 2027', '2027-06-30'],
    ['end of Q3 2027', '2027-09-30'],
    ['janv. 2024', '2024-01-31'],
    ['févr. 2024', '2024-02-29'],
    ['Jan-17', '2017-01-31'],
    ['März 2027', '2027-03-31'],
    ['Dez. 2026', '2026-12-31'],
    ['dezembro de 2026', '2026-12-31'],
    ['March 31, 2027', '2027-03-31'],
    ['31 March, 2027', '2027-03-31'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads "end of" as the last day of a period even when a start is asked for', () => {
    expect(iso('fin juin 2027', 'start')).toBe('2027-06-30');
    expect(iso('juin 2027', 'start')).toBe('2027-06-01');
  });

  it('still refuses words that are not dates, in any language', () => {
    expect(parseDateText('bis bald').ok).toBe(false);
    expect(parseDateText('fin').ok).toBe(false);
    expect(parseDateText('antes de').ok).toBe(false);
    expect(parseDateText('31 de nada de 2027').ok).toBe(false);
  });
});
