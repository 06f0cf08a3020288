/** Text normalisation shared by column lookup, ID matching and fuzzy name matching. */
import { LANGUAGES } from '../lang';
import { ALIGNMENT_WORDS } from '../lang/alignment';
import { foldAccents } from '../text';
import type { Location } from './types';

const NORMAL_ID = /^[A-Z0-9-]*$/;
/** Whitespace that `clip` would change: a run, a tab or line break, or a space at either end. */
const LOOSE_SPACE = /\s\s|[^\S ]|^ | $/;

/** IDs compare case- and space-insensitively, and the dashes people paste (– — _) count as a hyphen. */
export function normId(text: string): string {
  // IDs as Rudder writes them (G-001) are already in normal form: skip the three passes.
  if (NORMAL_ID.test(text)) return text;
  return text
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015_\u2212]/g, '-')
    .toUpperCase();
}

/**
 * A looser ID key, used only when the exact one finds nothing: letters and numbers only, leading zeros dropped,
 * so "G1" and "g 001" find G-001.
 */
export function looseId(text: string): string {
  const id = normId(text);
  // IDs as Rudder writes them (G-007) need none of the passes below: letters, then the number without zeros.
  const plain = plainIdKey(id);
  if (plain !== null) return plain;
  return id
    .replace(/[^A-Z0-9]+/g, ' ')
    .replace(/(^|[^0-9])0+(\d)/g, '$1$2')
    .replace(/ /g, '');
}

const CODE_A = 65;
const CODE_Z = 90;
const CODE_0 = 48;
const CODE_9 = 57;
const CODE_DASH = 45;

/**
 * Where the number starts in an ID of Rudder's own form (capital letters, a hyphen, 1 to 15 digits): "G-007" → 2.
 * -1 for any other form. Read character by character: every ID of a table is keyed or numbered at times, and a
 * regular expression's match made an array and two strings per ID.
 */
export function plainIdDigits(id: string): number {
  let letters = 0;
  while (letters < id.length && id.charCodeAt(letters) >= CODE_A && id.charCodeAt(letters) <= CODE_Z) letters++;
  const digits = id.length - letters - 1;
  if (letters === 0 || digits < 1 || digits > 15 || id.charCodeAt(letters) !== CODE_DASH) return -1;
  for (let i = letters + 1; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (code < CODE_0 || code > CODE_9) return -1;
  }
  return letters + 1;
}

/** The value of the digits from `from` to the end of `text` (at most 15 of them, so the sum is exact). */
export function digitsValue(text: string, from: number): number {
  let value = 0;
  for (let i = from; i < text.length; i++) value = value * 10 + (text.charCodeAt(i) - CODE_0);
  return value;
}

/** The loose key of an ID in Rudder's own form: "G-007" → "G7". Null for any other form. */
function plainIdKey(id: string): string | null {
  const digits = plainIdDigits(id);
  if (digits < 0) return null;
  let firstKept = digits;
  while (firstKept < id.length - 1 && id.charCodeAt(firstKept) === CODE_0) firstKept++;
  return id.slice(0, digits - 1) + id.slice(firstKept);
}

/** Does the text look like an ID (short letters-number code) rather than a name? */
export function looksLikeId(text: string): boolean {
  return /^[A-Za-z]{1,4}[\s\-–—_.]*\d{1,6}$/.test(text.trim());
}

/** Lower case, accents folded, punctuation to spaces, single spaces. */
export function normText(text: string): string {
  return foldAccents(text.toLowerCase())
    .replace(/%/g, ' percent ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Owner names and other labels: "  Ann  Smith " and "ann smith" are the same person. */
export function normName(text: string): string {
  return normText(text);
}

/** Every language's words too common to tell names apart: a workbook's names may mix languages. */
const STOPWORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((p) => ALIGNMENT_WORDS[p.code].nameStopWords));

/** Words for one measure that names spell differently ("percentage", "pct", "porcentaje" are all "percent"). */
const SAME_MEASURE: ReadonlyMap<string, string> = new Map(
  LANGUAGES.flatMap((p) => Object.entries(ALIGNMENT_WORDS[p.code].nameSynonyms)),
);

/** A word (already normalised by `normText`) too common to tell texts apart: "the", "of", "per" … */
export function isStopWord(word: string): boolean {
  return word === '' || STOPWORDS.has(word);
}

/** A light stem so plurals meet ("customers" / "customer", "categories" / "category") and synonyms agree. */
export function stem(token: string): string {
  const same = SAME_MEASURE.get(token);
  if (same !== undefined) return same;
  if (token.length > 4 && token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}

/** One word already normalised by `normText`, as a content token, or `null` for a stop word. */
export function contentToken(word: string): string | null {
  return isStopWord(word) ? null : stem(word);
}

/** Content tokens of a text: normalised, stop words dropped, lightly stemmed. */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of normText(text).split(' ')) {
    const token = contentToken(word);
    if (token !== null) out.push(token);
  }
  return out;
}

/** Levenshtein distance with an early exit once it passes `max` (typo tolerance only needs small values). */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Shortens text for a message at a word boundary: "Raise repeat customers … by 30 June…". */
export function clip(text: string, max = 60): string {
  // Most texts hold single spaces only: no copy for them.
  const flat = LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Where a finding about one field of an entity points: its sheet and the field's cell (see `fieldCell`). */
export function atField(location: Location, header: string): { sheet: string; cell: string } {
  return { sheet: location.sheet, cell: fieldCell(location, header) };
}

/** The A1 cell of one field on an entity's row ("Due" → "H7"), or the row's own cell when the table lacks it. */
export function fieldCell(location: Location, header: string): string {
  const letter = location.columns.get(header);
  return letter === undefined ? location.cell : `${letter}${location.row}`;
}
