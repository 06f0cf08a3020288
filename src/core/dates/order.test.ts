import { parseDateText } from './parse';
import { dateOrderOfFormats, dateOrderOfLocale, isDayMonthAmbiguous } from './order';
import { serialFromYmd } from './serial';

describe('the order of day and month in numeric dates', () => {
  it('knows which regions write the month first', () => {
    expect(dateOrderOfLocale('en-US')).toBe('mdy');
    expect(dateOrderOfLocale('es_US')).toBe('mdy');
    expect(dateOrderOfLocale('en-GB')).toBe('dmy');
    expect(dateOrderOfLocale('pt-BR')).toBe('dmy');
    expect(dateOrderOfLocale('zh-Hant-TW')).toBe('dmy');
  });

  it('does not guess from a language alone, or from nothing', () => {
    expect(dateOrderOfLocale('en')).toBeNull();
    expect(dateOrderOfLocale('')).toBeNull();
    expect(dateOrderOfLocale(undefined)).toBeNull();
  });

  it('calls a date ambiguous only when both readings are real and different dates', () => {
    expect(isDayMonthAmbiguous('03/04/2027')).toBe(true);
    expect(isDayMonthAmbiguous('3.4.27')).toBe(true);
    expect(isDayMonthAmbiguous('31/03/2027')).toBe(false);
    expect(isDayMonthAmbiguous('04/04/2027')).toBe(false);
    expect(isDayMonthAmbiguous('2027-03-04')).toBe(false);
  });

  it('reads an ambiguous date in the order it is given', () => {
    const dayFirst = parseDateText('03/04/2027', { dayFirst: true });
    const monthFirst = parseDateText('03/04/2027', { dayFirst: false });
    expect(dayFirst).toMatchObject({ ok: true, serial: serialFromYmd(2027, 4, 3) });
    expect(monthFirst).toMatchObject({ ok: true, serial: serialFromYmd(2027, 3, 4) });
  });
});

describe("the order of day and month a workbook's own date formats use", () => {
  it('reads day first or month first from numeric date formats', () => {
    expect(dateOrderOfFormats(['dd/mm/yyyy', null, '0%'])).toBe('dmy');
    expect(dateOrderOfFormats(['mm/dd/yyyy;@'])).toBe('mdy');
    expect(dateOrderOfFormats(['[$-409]m/d/yy h:mm AM/PM'])).toBe('mdy');
    expect(dateOrderOfFormats(['dd hh:mm'])).toBeNull();
    expect(dateOrderOfFormats(['d.m.yy'])).toBe('dmy');
  });

  it("ignores Excel's built-in short date, month names, and formats that disagree", () => {
    expect(dateOrderOfFormats(['mm-dd-yy'])).toBeNull();
    expect(dateOrderOfFormats(['d mmm yyyy', 'mmmm d, yyyy'])).toBeNull();
    expect(dateOrderOfFormats(['dd/mm/yyyy', 'mm/dd/yyyy'])).toBeNull();
    expect(dateOrderOfFormats([])).toBeNull();
  });
});
