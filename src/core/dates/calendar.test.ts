import {
  addMonths,
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  isValidYmd,
  MAX_SERIAL,
  serialFromYmd,
  ymdFromSerial,
} from './serial';

/** The calendar as JavaScript's Date sees it, with Excel's phantom 29 February 1900 (serial 60). */
const MS_PER_DAY = 86_400_000;
function referenceYmd(serial: number): { year: number; month: number; day: number } {
  if (serial === 60) return { year: 1900, month: 2, day: 29 };
  const epoch = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + serial * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

describe('calendar arithmetic (no Date objects) used on every dated goal and cell', () => {
  it('agrees with JavaScript dates on every day from 1900 to 2100 and around the phantom 29 February 1900', () => {
    for (let serial = 1; serial <= serialFromYmd(2100, 12, 31); serial++) {
      const ymd = referenceYmd(serial);
      expect(ymdFromSerial(serial)).toEqual(ymd);
      if (serial !== 60) expect(serialFromYmd(ymd.year, ymd.month, ymd.day)).toBe(serial);
    }
  });

  it('knows month lengths, quarter ends, month arithmetic and validity', () => {
    for (let year = 1900; year <= 2400; year += 7) {
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
        expect(ymdFromSerial(endOfMonth(year, month))).toEqual({ year, month, day: daysInMonth(year, month) });
        expect(isValidYmd(year, month, 29)).toBe(daysInMonth(year, month) >= 29);
      }
      for (let q = 1; q <= 4; q++) expect(ymdFromSerial(endOfQuarter(year, q)).month).toBe(q * 3);
    }
    expect(addMonths(serialFromYmd(2027, 1, 31), 1)).toBe(serialFromYmd(2027, 2, 28));
    expect(addMonths(serialFromYmd(2027, 1, 31), -13)).toBe(serialFromYmd(2025, 12, 31));
    expect(ymdFromSerial(MAX_SERIAL)).toEqual({ year: 9999, month: 12, day: 31 });
  });
});
