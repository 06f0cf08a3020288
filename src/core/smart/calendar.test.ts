import * as dates from '../dates';
import * as calendar from './calendar';

describe('calendar arithmetic used on every dated goal', () => {
  it('agrees with the dates module on every day from 1900 to 2100 and around the phantom 29 February 1900', () => {
    for (let serial = 1; serial <= dates.serialFromYmd(2100, 12, 31); serial++) {
      const ymd = dates.ymdFromSerial(serial);
      expect(calendar.ymdFromSerial(serial)).toEqual(ymd);
      if (serial !== 60) expect(calendar.serialFromYmd(ymd.year, ymd.month, ymd.day)).toBe(serial);
    }
  });

  it('agrees on month ends, quarter ends, month arithmetic and validity', () => {
    for (let year = 1900; year <= 2400; year += 7) {
      for (let month = 1; month <= 12; month++) {
        expect(calendar.daysInMonth(year, month)).toBe(dates.daysInMonth(year, month));
        expect(calendar.endOfMonth(year, month)).toBe(dates.endOfMonth(year, month));
        expect(calendar.isValidYmd(year, month, 29)).toBe(dates.isValidYmd(year, month, 29));
      }
      for (let q = 1; q <= 4; q++) expect(calendar.endOfQuarter(year, q)).toBe(dates.endOfQuarter(year, q));
      const serial = dates.serialFromYmd(year, 1, 31);
      for (const k of [-13, -1, 1, 2, 3, 12, 25])
        expect(calendar.addMonths(serial, k)).toBe(dates.addMonths(serial, k));
    }
    expect(calendar.ymdFromSerial(dates.MAX_SERIAL)).toEqual({ year: 9999, month: 12, day: 31 });
  });
});
