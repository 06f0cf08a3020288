/**
 * What a text cell says, worked out once per distinct text in a detection. Sheets repeat their
 * texts (owners, statuses, units, frequencies), and every fact below costs regexes, accent
 * folding and lexicon look-ups, so a sheet of 200 sampled rows read each text many times over.
 */
import { isCode, looksLikeFirstName, looksLikePersonName, textType, wordCount, type CellType } from './cells';
import { DIRECTION_WORDS, FREQUENCY_WORDS, STATUS_WORDS, STRATEGY_WORDS, SWOT_WORDS, UNIT_WORDS } from './lexicon';
import type { SwotQuadrant } from './lexicon';
import { normalizeText } from './text';

export interface TextFacts {
  readonly type: CellType;
  /** Trimmed and lower-cased: how distinct values are counted. */
  readonly key: string;
  /** Set only for texts that read as plain text (not numbers, dates, periods or placeholders). */
  readonly words: number;
  readonly code: boolean;
  readonly person: boolean;
  readonly firstName: boolean;
  readonly long: boolean;
  readonly status: boolean;
  readonly direction: boolean;
  readonly frequency: boolean;
  readonly unit: boolean;
  readonly quadrant: SwotQuadrant | undefined;
  readonly strategy: boolean;
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

export function readText(raw: string): TextFacts {
  const type = textType(raw);
  const key = raw.trim().toLowerCase();
  if (type !== 'text') {
    return {
      type,
      key,
      words: 0,
      code: false,
      person: false,
      firstName: false,
      long: false,
      status: false,
      direction: false,
      frequency: false,
      unit: false,
      quadrant: undefined,
      strategy: false,
    };
  }
  const text = raw.trim();
  const norm = normalizeText(text);
  const normWords = norm.split(' ');
  const person = looksLikePersonName(text);
  return {
    type,
    key,
    words: normWords.length,
    code: isCode(text),
    person,
    firstName: !person && looksLikeFirstName(text),
    long: text.length >= 40 || wordCount(text) >= 6,
    status: hasWord(STATUS_WORDS, norm, normWords, 5),
    direction: DIRECTION_WORDS.has(norm) || DIRECTION_WORDS.has(text),
    frequency: hasWord(FREQUENCY_WORDS, norm, normWords, 2),
    unit: UNIT_WORDS.has(norm) || UNIT_WORDS.has(key),
    quadrant: SWOT_WORDS.get(norm),
    strategy: STRATEGY_WORDS.has(norm),
  };
}

/**
 * Texts remembered per detection. Bounded, so a sheet of a million distinct texts costs no more
 * memory than the cap; past it, texts are still read, just not kept.
 */
const MEMO_CAP = 50_000;

export function textFactsMemo(): (raw: string) => TextFacts {
  const memo = new Map<string, TextFacts>();
  return (raw) => {
    let facts = memo.get(raw);
    if (facts === undefined) {
      facts = readText(raw);
      if (memo.size < MEMO_CAP) memo.set(raw, facts);
    }
    return facts;
  };
}
