/** Reading single cells the way people fill them in: numbers as text, dates as text, error values as blanks. */
import { DEFAULT_DATE_ORDER, isValidSerial, parseDateInput, type DateOrder } from '../dates';
import { isCellError, type CellValue } from '../grid/types';
import { placeholderKeys } from '../lang';
import { normText } from './text';
import type { DateField, StrategyType, SwotQuadrant } from './types';

/** The cell as text; error values and blanks read as empty. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * What people write in a cell that is not filled in yet, in any language ("TBD", "n/a", "unassigned",
 * "a definir", "k. A."), as `normText` reads it; a cell of punctuation alone ("-", "?") reads as empty and
 * says nothing either. The words live in the language packs.
 */
const NOTHING_YET: ReadonlySet<string> = new Set(placeholderKeys().map(normText));

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_A = 97;
const CODE_Z = 122;
/** The lower-case first letters of the words in NOTHING_YET. */
const FIRST_LETTERS: ReadonlySet<number> = new Set([...NOTHING_YET].map((w) => w.charCodeAt(0)));

/** Does the text only say that nothing is there yet ("TBD", "n/a", "-")? Blank text does too. */
export function saysNothingYet(text: string): boolean {
  // Every link cell is asked, and nearly all hold an ID or a name: text that starts with a digit, or with a letter
  // none of the words starts with, is answered without normalising it.
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  if (i === text.length) return true;
  const code = text.charCodeAt(i);
  const lower = code | 32;
  if (code >= CODE_0 && code <= CODE_9) return false;
  if (lower >= CODE_A && lower <= CODE_Z && !FIRST_LETTERS.has(lower)) return false;
  const key = normText(text);
  return key === '' || NOTHING_YET.has(key);
}

export function isBlank(value: CellValue | undefined): boolean {
  return cellText(value) === '';
}

/** A cell as a finite number: numbers, and text such as "1,200", "15%", "$50k" left to the engines. */
export function cellNumber(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/[\s,]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Keeps what the cell held (normalising `undefined` from ragged rows to blank). */
export function cellRaw(value: CellValue | undefined): CellValue {
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** Every blank date cell. */
const NO_DATE: DateField = Object.freeze({ serial: null, unreadable: null });

/**
 * Dates as serials or as text ("31/03/2027", "Q3 2027"); a deadline period reads as its last day, a start as its
 * first. Text such as "03/04/2027" is read in `order` (day first unless the workbook's locale says otherwise).
 */
export function cellDate(
  value: CellValue | undefined,
  edge: 'start' | 'end',
  order: DateOrder = DEFAULT_DATE_ORDER,
): DateField {
  // Date cells arrive as serials: the common case needs no text.
  if (typeof value === 'number' && isValidSerial(value)) return { serial: value, unreadable: null };
  // An error value (#N/A from a broken formula) is worth quoting, unlike a blank.
  if (isCellError(value)) return { serial: null, unreadable: value.code };
  if (isBlank(value)) return NO_DATE;
  const parsed = parseDateInput(value, { edge, dayFirst: order === 'dmy' });
  return parsed.ok ? { serial: parsed.serial, unreadable: null } : { serial: null, unreadable: cellText(value) };
}

const STRATEGY_TYPES: Readonly<Record<string, StrategyType>> = {
  mission: 'mission',
  purpose: 'mission',
  vision: 'vision',
  value: 'value',
  values: 'value',
  'core value': 'value',
  pillar: 'pillar',
  pillars: 'pillar',
  'strategic pillar': 'pillar',
  theme: 'pillar',
  'strategic theme': 'pillar',
  priority: 'pillar',
};

export function strategyType(text: string, id: string): StrategyType {
  const known = STRATEGY_TYPES[text.trim().toLowerCase().replace(/\s+/g, ' ')];
  if (known) return known;
  // Blank type: the ID prefix Rudder writes (V-1, P-1) still tells.
  if (text.trim() === '') {
    if (/^v\s*-?\s*\d/i.test(id)) return 'value';
    if (/^p\s*-?\s*\d/i.test(id)) return 'pillar';
    if (/^m\s*-?\s*\d/i.test(id)) return 'mission';
  }
  return 'other';
}

const QUADRANTS: Readonly<Record<string, SwotQuadrant>> = {
  s: 'strength',
  strength: 'strength',
  strengths: 'strength',
  w: 'weakness',
  weakness: 'weakness',
  weaknesses: 'weakness',
  o: 'opportunity',
  opportunity: 'opportunity',
  opportunities: 'opportunity',
  t: 'threat',
  threat: 'threat',
  threats: 'threat',
};

/** The quadrant word, or the ID's letter (S-1, W-2 …) when the column is blank. */
export function swotQuadrant(text: string, id: string): SwotQuadrant | null {
  const word = QUADRANTS[text.trim().toLowerCase()];
  if (word) return word;
  if (text.trim() === '') {
    const m = /^([swot])\s*-?\s*\d/i.exec(id.trim());
    if (m) return QUADRANTS[m[1].toLowerCase()] ?? null;
  }
  return null;
}

const IMPACT_WORDS: Readonly<Record<string, number>> = {
  'very low': 1,
  minor: 1,
  low: 2,
  medium: 3,
  moderate: 3,
  high: 4,
  major: 4,
  'very high': 5,
  critical: 5,
  severe: 5,
};

/** Impact 1-5 from a number, "4/5" or a word people use for it ("High"). */
export function impactValue(value: CellValue | undefined): number | null {
  const n = cellNumber(value);
  if (n !== null) return n >= 1 && n <= 5 ? n : null;
  const text = cellText(value).toLowerCase().replace(/\s+/g, ' ');
  const m = /^(\d(?:\.\d+)?)\s*\/\s*5$/.exec(text);
  if (m) return Math.min(5, Math.max(1, Number(m[1])));
  return IMPACT_WORDS[text] ?? null;
}
