/**
 * The calendar sums the SMART engine does on every dated goal, by arithmetic instead of through
 * JavaScript `Date` objects: the same answers as `../dates` (a test compares them day by day),
 * without an allocation per call, which mattered at 10,000 goals a column.
 * Serials are Excel's 1900 system, phantom 29 February 1900 included.
 */

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days from 1970-01-01 to 1899-12-30, the zero of serials from 61 on. */
const SERIAL_ZERO = -25569;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1];
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function serialFromYmd(year: number, month: number, day: number): number {
  const serial = daysFromCivil(year, month, day) - SERIAL_ZERO;
  // Dates before 1 March 1900 sit one below, because of Excel's phantom 29 February 1900.
  return serial < 61 ? serial - 1 : serial;
}

export function ymdFromSerial(serial: number): Ymd {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const z = (whole < 60 ? whole + 1 : whole) + SERIAL_ZERO + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addMonths(serial: number, months: number): number {
  const { year, month, day } = ymdFromSerial(serial);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return serialFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

export function endOfMonth(year: number, month: number): number {
  return serialFromYmd(year, month, daysInMonth(year, month));
}

export function endOfQuarter(year: number, quarter: number): number {
  return endOfMonth(year, quarter * 3);
}
