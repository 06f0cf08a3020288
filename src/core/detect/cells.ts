/** What a single cell holds, read the way a person reads a spreadsheet: "$1,433" is money, "Q3 2027" a period. */
import { monthFromName, parseDateText } from '../dates';
import { isCellError, type CellValue } from '../grid/types';
import { periodLabels } from '../lang';
import { foldAccents, isPlaceholder } from '../text';

export type CellType = 'blank' | 'text' | 'number' | 'percent' | 'money' | 'date' | 'period' | 'bool' | 'error';

const NUMERIC_TEXT = /^[(+-]?\s*[$€£¥]?\s*[+-]?\d[\d,.\s']*\s*(%|[$€£¥]|k|m|bn|x)?\s*\)?$/i;
const CURRENCY = /[$€£¥]/;
/** "Week 3", "Q1", "H2", "FY24", "Jan", "March": periods without a year that parseDateText leaves alone. */
const PERIOD_TEXT = new RegExp(`^((${periodLabels().join('|')})\\s*\\d{1,2}|q[1-4]|h[1-2]|fy ?\\d{2,4})$`, 'i');

/** True when a number format shows a date (d, m, y outside quotes; not a time such as h:mm). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .toLowerCase();
  if (/[dy]/.test(bare)) return true;
  return /m/.test(bare) && !/[hs]/.test(bare);
}

function formatKind(format: string | null | undefined): 'percent' | 'money' | 'date' | undefined {
  if (!format || format === 'General') return undefined;
  if (CURRENCY.test(format) || /\[\$[^\]-]/.test(format)) return 'money';
  if (format.replace(/"[^"]*"/g, '').includes('%')) return 'percent';
  if (isDateFormat(format)) return 'date';
  return undefined;
}

/** Date text starts with a digit, a period prefix or a month name; "Metric 12" is not worth parsing. */
function mayBeDate(text: string): boolean {
  if (/^\d/.test(text) || /^(q[1-4]|h[12]|fy|cy)/i.test(text)) return true;
  const word = /^\p{L}+/u.exec(text);
  return word !== null && monthFromName(word[0]) !== undefined;
}

/** Text typed into a cell, classified without a locale: dates go through the project's date parser. */
export function textType(raw: string): CellType {
  const text = raw.trim();
  // Placeholders people type for "no value" ("-", "n/a", "TBD", "a definir") carry no type.
  if (isPlaceholder(text)) return 'blank';
  if (text.length <= 24 && NUMERIC_TEXT.test(text)) {
    if (text.includes('%')) return 'percent';
    return CURRENCY.test(text) ? 'money' : 'number';
  }
  if (text.length <= 32 && /\d/.test(text) && mayBeDate(text)) {
    const parsed = parseDateText(text);
    if (parsed.ok) return parsed.precision === 'day' ? 'date' : 'period';
  }
  if (text.length <= 16 && (PERIOD_TEXT.test(foldAccents(text)) || monthFromName(text) !== undefined)) return 'period';
  return 'text';
}

export function cellType(value: CellValue, format?: string | null): CellType {
  if (value === null) return 'blank';
  if (typeof value === 'string') return textType(value);
  if (typeof value === 'number') return formatKind(format) ?? 'number';
  if (typeof value === 'boolean') return 'bool';
  if (isCellError(value)) return 'error';
  return 'blank';
}

/** Types a header cell can hold while still being a label, when the column below holds something else. */
export function isNumeric(type: CellType): boolean {
  return type === 'number' || type === 'percent' || type === 'money';
}

export function isTemporal(type: CellType): boolean {
  return type === 'date' || type === 'period';
}

/** Short codes such as G-001, K-12, S-1, SO-3, 1.2.3. */
export function isCode(text: string): boolean {
  const t = text.trim();
  return /^[A-Za-z]{1,5}[-_.]?\d{1,6}[A-Za-z]?$/.test(t) || /^\d{1,3}(\.\d{1,3}){1,3}$/.test(t);
}

/** "Jane Smith", "J. Smith", "Ana María López": capitalised words, no digits, short. */
export function looksLikePersonName(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 40) return false;
  return /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+(?:de |da |van |von |del )?\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(t);
}

/** A first name alone, "Maria": weaker evidence, counted apart. */
export function looksLikeFirstName(text: string): boolean {
  return /^\p{Lu}\p{Ll}{1,14}$/u.test(text.trim());
}

export function wordCount(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}
