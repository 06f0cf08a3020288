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
  WEAK_QUADRANT_WORDS,
  type HeaderRole,
} from './lexicon';

export type TextKind =
  /** A quadrant word alone or with filler ("Strengths", "FORCES", "Key threats (external)"); `weak` for letters. */
  | { readonly kind: 'quadrant'; readonly quadrant: SwotQuadrant; readonly weak: boolean }
  | { readonly kind: 'axis' }
  /** A sheet or section title ("SWOT Analysis: Competitors") or a heading naming several quadrants. */
  | { readonly kind: 'title' }
  | { readonly kind: 'header'; readonly role: HeaderRole }
  /** Punctuation only ("-", "•"): nothing to import. */
  | { readonly kind: 'blank' }
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

const AXIS = new Set(AXIS_WORDS);
const FILLER = new Set(TITLE_FILLER);
const TITLE_MARKERS = new Set(['swot', 'dafo', 'foda', 'fofa', 'tows', 'pest', 'pestel', 'pestle']);
const OTHER_HEADERS = new Set(OTHER_HEADER_WORDS);
const AMBIGUOUS_HEADERS = new Set(AMBIGUOUS_HEADER_WORDS);

/** Titles are short; a long sentence that mentions "threats" is an item about threats. */
const MAX_TITLE_WORDS = 7;

function findQuadrantPhrases(words: readonly string[]): { found: Set<SwotQuadrant>; weak: boolean; used: boolean[] } {
  const used = words.map(() => false);
  const found = new Set<SwotQuadrant>();
  let weak = true;
  for (const phrase of PHRASES) {
    for (let i = 0; i + phrase.words.length <= words.length; i++) {
      if (phrase.words.some((w, k) => words[i + k] !== w || used[i + k])) continue;
      for (let k = 0; k < phrase.words.length; k++) used[i + k] = true;
      found.add(phrase.quadrant);
      weak = weak && phrase.weak;
    }
  }
  return { found, weak, used };
}

const HEADER_ROLES = Object.keys(HEADER_WORDS) as Exclude<HeaderRole, 'other'>[];

function exactHeaderRole(words: readonly string[]): HeaderRole | null {
  const phrase = words.join(' ');
  for (const role of HEADER_ROLES) if (HEADER_WORDS[role].includes(phrase)) return role;
  return OTHER_HEADERS.has(phrase) ? 'other' : null;
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

function classifyPlain(text: string): TextKind {
  const trimmed = text.trim();
  const words = foldWords(trimmed);
  if (words.length === 0) return { kind: 'blank' };
  if (words.length === 1 && trimmed.replace(/[^\p{L}]/gu, '').length === 1) {
    const q = QUADRANT_LETTERS[words[0]];
    if (q) return { kind: 'quadrant', quadrant: q, weak: true };
  }
  if (words.length <= MAX_TITLE_WORDS) {
    const { found, weak, used } = findQuadrantPhrases(words);
    const rest = words.filter((_, i) => !used[i]);
    const onlyFiller = rest.every((w) => FILLER.has(w) || AXIS.has(w) || QUADRANT_LETTERS[w] !== undefined);
    if (found.size === 1 && onlyFiller) {
      const [quadrant] = [...found];
      return { kind: 'quadrant', quadrant, weak };
    }
    if (found.size > 1 && onlyFiller) return { kind: 'title' };
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
