/** What a cell's text is on a SWOT sheet: a quadrant title, an axis label, a header, a title, or an item. */
import type { SwotQuadrant } from '../types';
import {
  AMBIGUOUS_HEADER_WORDS,
  AXIS_WORDS,
  HEADER_WORDS,
  OTHER_HEADER_WORDS,
  QUADRANT_LETTERS,
  QUADRANT_WORDS,
  TITLE_FILLER,
  TOTAL_WORDS,
  WEAK_QUADRANT_WORDS,
  type HeaderRole,
} from './lexicon';

export type TextKind =
  /**
   * A quadrant word alone or with filler ("Strengths", "FORCES", "Key threats (external)"); `weak` for letters,
   * with the letter, so a sheet's letters can be read in one language's acronym.
   */
  | { readonly kind: 'quadrant'; readonly quadrant: SwotQuadrant; readonly weak: boolean; readonly letter?: string }
  | { readonly kind: 'axis' }
  /** A sheet or section title ("SWOT Analysis: Competitors") or a heading naming several quadrants. */
  | { readonly kind: 'title' }
  | { readonly kind: 'header'; readonly role: HeaderRole }
  /** Punctuation only ("-", "•"): nothing to import. */
  | { readonly kind: 'blank' }
  /** An ID, number, mark or pairing code ("F1", "S-2", "12", "x", "FO", "F1:O4"): a label, never an item. */
  | { readonly kind: 'code' }
  | { readonly kind: 'text' };

/** Lower case, accents and the few letters Unicode does not decompose folded, words split on anything else. */
export function foldWords(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

interface Phrase {
  readonly words: readonly string[];
  readonly quadrant: SwotQuadrant;
  readonly weak: boolean;
}

// Longest phrases first so "punti di forza" wins over "forza".
const PHRASES: readonly Phrase[] = Object.values(QUADRANT_WORDS)
  .flatMap((byQuadrant) =>
    (Object.keys(byQuadrant) as SwotQuadrant[]).flatMap((quadrant) =>
      byQuadrant[quadrant].map((p) => ({ words: p.split(' '), quadrant, weak: WEAK_QUADRANT_WORDS.includes(p) })),
    ),
  )
  .sort((a, b) => b.words.length - a.words.length);

/** Words this long or longer match a quadrant word one typo away ("Strenghts", "Threads", "Oppurtunity"). */
const MIN_FUZZY_LENGTH = 7;
const FUZZY_PHRASES = PHRASES.filter((p) => p.words.length === 1 && p.words[0].length >= MIN_FUZZY_LENGTH - 1);
const AXIS: ReadonlySet<string> = new Set(AXIS_WORDS);
const TOTALS: ReadonlySet<string> = new Set(TOTAL_WORDS);
/**
 * IDs, numbers and marks: a letter or two with digits ("F1", "S-2", "O4"), digits ("12", "3."), a pair of IDs
 * ("F1:O4", "D1: A4"), a mark ("x", "✓"), or a TOWS pairing code in capitals ("FO", "DA", "SO").
 */
const CODE = /^\s*(?:[\p{L}]{0,3}\s?[-.]?\s?\d{1,3}[.)]?(?:\s*[:/\-–]\s*[\p{L}]{0,3}\s?\d{1,3})?|\p{L})\s*$/u;
const INTERNAL_LETTERS = Object.keys(QUADRANT_LETTERS)
  .filter((l) => QUADRANT_LETTERS[l] === 'strength' || QUADRANT_LETTERS[l] === 'weakness')
  .join('');
const EXTERNAL_LETTERS = Object.keys(QUADRANT_LETTERS)
  .filter((l) => QUADRANT_LETTERS[l] === 'opportunity' || QUADRANT_LETTERS[l] === 'threat')
  .join('');
/** "SO", "WT", "FO", "DA", "S-O": an internal letter then an external one, in capitals as such codes are written. */
const PAIR_CODE = new RegExp(
  `^\\s*[${INTERNAL_LETTERS.toUpperCase()}]\\s?[-/]?\\s?[${EXTERNAL_LETTERS.toUpperCase()}]\\s*$`,
  'u',
);
/** A short label that ends in a colon ("Prepared by:", "Cargo:"): a form field, never an item. */
const MAX_LABEL_WORDS = 4;
const FILLER: ReadonlySet<string> = new Set(TITLE_FILLER);
const TITLE_MARKERS: ReadonlySet<string> = new Set([
  'swot',
  'dafo',
  'foda',
  'fofa',
  'tows',
  'pest',
  'pestel',
  'pestle',
]);
const OTHER_HEADERS: ReadonlySet<string> = new Set(OTHER_HEADER_WORDS);
const AMBIGUOUS_HEADERS: ReadonlySet<string> = new Set(AMBIGUOUS_HEADER_WORDS);

/** Titles are short; a long sentence that mentions "threats" is an item about threats. */
const MAX_TITLE_WORDS = 7;

/** True when `a` becomes `b` by at most one inserted, dropped, changed or swapped letter. */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function wordMatches(phraseWord: string, word: string, fuzzy: boolean): boolean {
  return phraseWord === word || (fuzzy && word.length >= MIN_FUZZY_LENGTH && oneTypoApart(word, phraseWord));
}

function findQuadrantPhrases(words: readonly string[]): { found: Set<SwotQuadrant>; weak: boolean; used: boolean[] } {
  const used = words.map(() => false);
  const found = new Set<SwotQuadrant>();
  let weak = true;
  const match = (phrase: Phrase, fuzzy: boolean) => {
    for (let i = 0; i + phrase.words.length <= words.length; i++) {
      if (phrase.words.some((w, k) => used[i + k] || !wordMatches(w, words[i + k], fuzzy))) continue;
      for (let k = 0; k < phrase.words.length; k++) used[i + k] = true;
      found.add(phrase.quadrant);
      weak = weak && phrase.weak;
    }
  };
  for (const phrase of PHRASES) match(phrase, false);
  // Typos only where no word was found as written, so a correct title never loses to a near miss.
  if (found.size === 0) for (const phrase of FUZZY_PHRASES) match(phrase, true);
  return { found, weak, used };
}

const HEADER_ROLES = Object.keys(HEADER_WORDS) as Exclude<HeaderRole, 'other'>[];

function exactHeaderRole(words: readonly string[]): HeaderRole | null {
  const phrase = words.join(' ');
  for (const role of HEADER_ROLES) if (HEADER_WORDS[role].includes(phrase)) return role;
  return OTHER_HEADERS.has(phrase) ? 'other' : null;
}

/** The role of a cell that is a header word or phrase as a whole ("Items", "Medida ou ação"), else null. */
export function exactHeaderRoleOf(text: string): HeaderRole | null {
  return exactHeaderRole(foldWords(text));
}

/** The role of a cell known to sit in a header row: whole phrase first, then any header word in it. */
export function headerRole(text: string): HeaderRole | null {
  const words = foldWords(text);
  if (words.length === 0 || words.length > 4) return null;
  const exact = exactHeaderRole(words);
  if (exact !== null) return exact;
  const roles = HEADER_ROLES;
  // "Factor description", "Impact level": a short header whose words include a known header word.
  if (words.length <= 3) {
    for (const role of roles) if (words.some((w) => HEADER_WORDS[role].includes(w))) return role;
  }
  return null;
}

/**
 * Classifies one cell's text. Context (which column, which sheet) is the layout readers' job.
 * A short explanation in brackets does not hide a title: "Strengths (what we do well)".
 */
export function classifyText(text: string): TextKind {
  const kind = classifyPlain(text);
  if (kind.kind !== 'text') return kind;
  const bare = text.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  if (bare === text || bare.trim() === '') return kind;
  const inner = classifyPlain(bare);
  return inner.kind === 'quadrant' || inner.kind === 'axis' ? inner : kind;
}

/** A title made of quadrant words and filler: one quadrant, or a heading naming several ("Strengths & Weaknesses"). */
function classifyQuadrantTitle(words: readonly string[]): TextKind | null {
  const { found, weak, used } = findQuadrantPhrases(words);
  const rest = words.filter((_, i) => !used[i]);
  const onlyFiller = rest.every((w) => FILLER.has(w) || AXIS.has(w) || QUADRANT_LETTERS[w] !== undefined);
  if (!onlyFiller || found.size === 0) return null;
  if (found.size > 1) return { kind: 'title' };
  const [quadrant] = [...found];
  return { kind: 'quadrant', quadrant, weak };
}

/** "Str.", "Opp.", "Amen.", "Fraq.": an abbreviated title, read when its letters start words of one quadrant only. */
function abbreviatedTitle(trimmed: string): TextKind | null {
  const m = /^(\p{L}{3,})\.$/u.exec(trimmed);
  if (!m) return null;
  const [prefix] = foldWords(m[1]);
  const quadrants = new Set(PHRASES.filter((p) => !p.weak && p.words[0].startsWith(prefix)).map((p) => p.quadrant));
  if (quadrants.size !== 1) return null;
  const [quadrant] = [...quadrants];
  return { kind: 'quadrant', quadrant, weak: false };
}

function classifyPlain(text: string): TextKind {
  const trimmed = text.trim();
  const words = foldWords(trimmed);
  if (words.length === 0) return { kind: 'blank' };
  const abbreviated = abbreviatedTitle(trimmed);
  if (abbreviated !== null) return abbreviated;
  if (words.length === 1 && trimmed.replace(/[^\p{L}]/gu, '').length === 1 && !/\d/u.test(trimmed)) {
    const q = QUADRANT_LETTERS[words[0]];
    if (q) return { kind: 'quadrant', quadrant: q, weak: true, letter: words[0] };
  }
  if (CODE.test(trimmed) || PAIR_CODE.test(trimmed)) return { kind: 'code' };
  if (TOTALS.has(words.join(' '))) return { kind: 'title' };
  if (/:\s*$/u.test(trimmed) && words.length <= MAX_LABEL_WORDS && classifyQuadrantTitle(words) === null)
    return { kind: 'title' };
  if (words.length <= MAX_TITLE_WORDS) {
    const title = classifyQuadrantTitle(words);
    if (title !== null) return title;
    const { found } = findQuadrantPhrases(words);
    if (found.size === 0 && words.some((w) => AXIS.has(w)) && words.every((w) => AXIS.has(w) || FILLER.has(w))) {
      return { kind: 'axis' };
    }
  }
  if (words.some((w) => TITLE_MARKERS.has(w))) return { kind: 'title' };
  // Out of context only unmistakable header words count ("Category", "Impact"); "Brand" may be an item.
  const role = exactHeaderRole(words);
  if (role !== null && !AMBIGUOUS_HEADERS.has(words.join(' '))) return { kind: 'header', role };
  return { kind: 'text' };
}
