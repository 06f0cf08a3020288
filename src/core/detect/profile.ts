/** What a column's cells look like, counted over the sampled data rows. */
import {
  cellType,
  isCode,
  isNumeric,
  looksLikeFirstName,
  looksLikePersonName,
  wordCount,
  type CellType,
} from './cells';
import { DIRECTION_WORDS, FREQUENCY_WORDS, STATUS_WORDS, STRATEGY_WORDS, SWOT_WORDS, UNIT_WORDS } from './lexicon';
import type { SheetView } from './sheet';
import { displayText, normalizeText } from './text';

export interface ColumnProfile {
  /** Cells with a typed value (placeholders such as "-" and uncalculated formulas excluded). */
  readonly n: number;
  readonly types: Readonly<Record<CellType, number>>;
  readonly numeric: number;
  /** Integers that read as dates of 1955-2119 when the sheet gives no number formats. */
  readonly serialLike: number;
  readonly codes: number;
  readonly people: number;
  readonly firstNames: number;
  readonly longText: number;
  readonly status: number;
  readonly direction: number;
  readonly frequency: number;
  readonly unit: number;
  readonly swot: number;
  readonly swotKinds: number;
  readonly strategy: number;
  readonly distinct: number;
  readonly sequential: boolean;
  /** Mean words per text cell: goals are phrases, job titles and categories single words. */
  readonly avgWords: number;
}

function emptyTypes(): Record<CellType, number> {
  return { blank: 0, text: 0, number: 0, percent: 0, money: 0, date: 0, period: 0, bool: 0, error: 0 };
}

/** Status cells are short and hold a status phrase: "PENDING CUSTOMER FOR DATA" counts, a paragraph does not. */
function hasWord(set: ReadonlySet<string>, norm: string, words: readonly string[], maxWords: number): boolean {
  if (set.has(norm)) return true;
  if (words.length > maxWords) return false;
  for (let i = 0; i < words.length; i++) {
    if (set.has(words[i])) return true;
    if (i + 1 < words.length && set.has(`${words[i]} ${words[i + 1]}`)) return true;
  }
  return false;
}

export function profileColumn(view: SheetView, col: number, rows: readonly number[]): ColumnProfile {
  const types = emptyTypes();
  const seen = new Set<string>();
  const swotKinds = new Set<string>();
  let n = 0;
  let numeric = 0;
  let serialLike = 0;
  let codes = 0;
  let people = 0;
  let firstNames = 0;
  let longText = 0;
  let status = 0;
  let direction = 0;
  let frequency = 0;
  let unit = 0;
  let swot = 0;
  let strategy = 0;
  let sequential = true;
  let words = 0;
  let texts = 0;
  let previous: number | undefined;
  for (const r of rows) {
    const value = view.value(r, col);
    const type = cellType(value, view.format(r, col));
    types[type]++;
    if (type === 'blank') continue;
    n++;
    if (seen.size < 10_000) seen.add(typeof value === 'string' ? value.trim().toLowerCase() : displayText(value));
    if (isNumeric(type)) numeric++;
    if (typeof value === 'number') {
      if (type === 'number' && Number.isInteger(value) && value >= 20_000 && value <= 80_000 && !view.format(r, col))
        serialLike++;
      if (!Number.isInteger(value) || (previous !== undefined && value !== previous + 1)) sequential = false;
      previous = value;
    } else sequential = false;
    if (typeof value !== 'string' || type !== 'text') continue;
    const text = value.trim();
    const norm = normalizeText(text);
    const normWords = norm.split(' ');
    words += normWords.length;
    texts++;
    if (isCode(text)) codes++;
    if (looksLikePersonName(text)) people++;
    else if (looksLikeFirstName(text)) firstNames++;
    if (text.length >= 40 || wordCount(text) >= 6) longText++;
    if (hasWord(STATUS_WORDS, norm, normWords, 5)) status++;
    if (DIRECTION_WORDS.has(norm) || DIRECTION_WORDS.has(text)) direction++;
    if (hasWord(FREQUENCY_WORDS, norm, normWords, 2)) frequency++;
    if (UNIT_WORDS.has(norm) || UNIT_WORDS.has(text.toLowerCase())) unit++;
    const quadrant = SWOT_WORDS.get(norm);
    if (quadrant) {
      swot++;
      swotKinds.add(quadrant);
    }
    if (STRATEGY_WORDS.has(norm)) strategy++;
  }
  return {
    n,
    types,
    numeric,
    serialLike,
    codes,
    people,
    firstNames,
    longText,
    status,
    direction,
    frequency,
    unit,
    swot,
    swotKinds: swotKinds.size,
    strategy,
    distinct: seen.size,
    sequential: sequential && n >= 3,
    avgWords: texts ? words / texts : 0,
  };
}
