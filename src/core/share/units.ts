/**
 * A KPI value with its unit, as people write it: "$1.30", "5%", "3", "22 orders", not "1.3 $"
 * or "3 count". The unit cell is free text; these are the spellings small businesses use.
 */
import { isCellError, type CellValue } from '../grid/types';

const CURRENCY_SYMBOL: Readonly<Record<string, string>> = {
  $: '$',
  usd: '$',
  dollar: '$',
  dollars: '$',
  '€': '€',
  eur: '€',
  euro: '€',
  euros: '€',
  '£': '£',
  gbp: '£',
  pound: '£',
  pounds: '£',
  '¥': '¥',
  jpy: '¥',
  yen: '¥',
};

/** Units that only say "a number of": the number alone reads right. */
const PLAIN_COUNT: ReadonlySet<string> = new Set([
  'count',
  'number',
  'no',
  'no.',
  'nr',
  '#',
  'qty',
  'quantity',
  'units',
  'unit',
]);
const PERCENT: ReadonlySet<string> = new Set(['%', 'percent', 'pct', 'per cent']);

/** Past this a number is shown in exponent form instead of three hundred digits. */
const LARGEST_PLAIN = 1e15;

/** Formatters made once: `toLocaleString` with options builds a new one on every call (a summary of 100,000 KPIs). */
const PLAIN_FORMATS: Readonly<Record<2 | 3, Intl.NumberFormat>> = {
  2: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
  3: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }),
};
const WHOLE_MONEY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const MONEY_WITH_CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function plainNumber(n: number, decimals: 2 | 3): string {
  if (Math.abs(n) >= LARGEST_PLAIN) return n.toPrecision(3);
  // -0 (a zero reached through a negative span) reads as 0.
  return PLAIN_FORMATS[decimals].format(n + 0);
}

export function withUnit(value: CellValue, unit: string): string {
  if (value === null) return '';
  if (isCellError(value)) return value.code;
  const u = unit.trim();
  const key = u.toLowerCase();
  if (typeof value !== 'number') {
    const text = String(value).trim();
    // Text such as "95%" or "$50k" already carries its unit.
    return u === '' || /[%$€£¥]/.test(text) || PLAIN_COUNT.has(key) ? text : `${text} ${u}`;
  }
  if (!Number.isFinite(value)) return '';
  const symbol = CURRENCY_SYMBOL[key];
  if (symbol !== undefined) {
    const amount =
      Math.abs(value) >= LARGEST_PLAIN
        ? value.toPrecision(3)
        : (Number.isInteger(value) ? WHOLE_MONEY : MONEY_WITH_CENTS).format(Math.abs(value));
    return `${value < 0 ? '-' : ''}${symbol}${amount.replace(/^-/, '')}`;
  }
  if (PERCENT.has(key)) return `${plainNumber(value, 2)}%`;
  if (u === '' || PLAIN_COUNT.has(key)) return plainNumber(value, 3);
  return `${plainNumber(value, 3)} ${u}`;
}
