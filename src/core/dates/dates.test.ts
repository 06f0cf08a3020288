import { formatSerialIso, parseDateInput, parseDateText, serialFromYmd, ymdFromSerial, MAX_SERIAL } from './index';
import { serialFromUtcDate } from './serial';

const iso = (text: string, edge: 'start' | 'end' = 'end'): string => {
  const r = parseDateText(text, { edge });
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return formatSerialIso(r.serial);
};

describe('Excel serial dates', () => {
  it('maps serials to the calendar the way Excel does, phantom 29 February 1900 included', () => {
    expect(serialFromYmd(1900, 1, 1)).toBe(1);
    expect(serialFromYmd(1900, 2, 28)).toBe(59);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(serialFromYmd(2027, 3, 31)).toBe(46477);
    expect(ymdFromSerial(46477)).toEqual({ year: 2027, month: 3, day: 31 });
    expect(ymdFromSerial(MAX_SERIAL)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it('reads a Date as its calendar day, keeping the time of day, on both sides of March 1900', () => {
    const at = (y: number, m: number, d: number, hour = 0): number =>
      serialFromUtcDate(new Date(Date.UTC(y, m - 1, d, hour)));
    expect(at(2027, 3, 31)).toBe(46477);
    expect(at(2027, 3, 31, 18)).toBe(46477.75);
    expect(at(1900, 3, 1)).toBe(61);
    expect(at(1900, 2, 28)).toBe(59);
    expect(at(1900, 2, 28, 12)).toBe(59.5);
    expect(at(1900, 1, 1)).toBe(1);
    for (let serial = 1; serial < 3000; serial += 7) {
      const { year, month, day } = ymdFromSerial(serial);
      if (serial !== 60) expect(at(year, month, day)).toBe(serial);
    }
  });
});

describe('reading dates people type', () => {
  it.each([
    ['2027-03-31', '2027-03-31'],
    ['31/03/2027', '2027-03-31'],
    ['03/31/2027', '2027-03-31'],
    ['31.03.27', '2027-03-31'],
    ['31 March 2027', '2027-03-31'],
    ['March 31, 2027', '2027-03-31'],
    ['31 de marzo de 2027', '2027-03-31'],
    ['30 juin 2027', '2027-06-30'],
    ['Q3 2027', '2027-09-30'],
    ['2027 Q1', '2027-03-31'],
    ['H1 2027', '2027-06-30'],
    ['FY2027', '2027-12-31'],
    ['March 2027', '2027-03-31'],
    ['2027-02', '2027-02-28'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('takes the first day of a period when asked for a start', () => {
    expect(iso('Q3 2027', 'start')).toBe('2027-07-01');
    expect(iso('FY2027', 'start')).toBe('2027-01-01');
  });

  it('refuses impossible and unreadable dates with a reason', () => {
    expect(parseDateText('31/02/2027')).toEqual({ ok: false, reason: 'there is no such date' });
    expect(parseDateText('soon').ok).toBe(false);
    expect(parseDateInput(0).ok).toBe(false);
    expect(parseDateInput(MAX_SERIAL + 5).ok).toBe(false);
    expect(parseDateInput(Number.NaN).ok).toBe(false);
  });

  it('reads UTC Dates and serial numbers typed as text', () => {
    const fromDate = parseDateInput(new Date(Date.UTC(2027, 2, 31)));
    expect(fromDate.ok && fromDate.serial).toBe(46477);
    const fromText = parseDateInput('46477');
    expect(fromText.ok && fromText.serial).toBe(46477);
  });
});
