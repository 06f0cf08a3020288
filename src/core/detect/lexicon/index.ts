/**
 * All languages (the header words of each language pack) merged into lookup structures built once. Detection never asks which language a
 * sheet is in: a header is read against every lexicon at once.
 */
import type { ColumnRole } from '../types';
import { normalizeText, tokens } from '../text';
import { LANGUAGES } from '../../lang';
import { HEADER_WORDS } from '../../lang/headers';
import { ALL_SWOT_WORDS } from '../../lang/swot';
import type { Lexicon, RolePhrases } from './types';

export type { Lexicon } from './types';

/** The header words of every language pack, by language code. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = Object.fromEntries(
  LANGUAGES.map((p) => [p.code, HEADER_WORDS[p.code]]),
);

export interface Phrase {
  readonly role: ColumnRole;
  readonly tokens: readonly string[];
  /** Counts only when it is the whole header. */
  readonly exact: boolean;
  /** Needs the cells below to agree. */
  readonly weak: boolean;
}

export type SwotQuadrant = 'strength' | 'weakness' | 'opportunity' | 'threat';

function addPhrases(into: Map<string, Phrase[]>, phrases: RolePhrases, weak: boolean): void {
  for (const [role, list] of Object.entries(phrases) as [ColumnRole, readonly string[]][]) {
    for (const raw of list) {
      const exact = raw.startsWith('=');
      const toks = raw === '=#' ? ['#'] : tokens(exact ? raw.slice(1) : raw);
      if (toks.length === 0) continue;
      const bucket = into.get(toks[0]) ?? [];
      bucket.push({ role, tokens: toks, exact, weak });
      into.set(toks[0], bucket);
    }
  }
}

function wordSet(pick: (l: Lexicon) => readonly string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const lex of Object.values(LEXICONS)) for (const w of pick(lex)) set.add(normalizeText(w) || w);
  return set;
}

function buildPhrases(): ReadonlyMap<string, readonly Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const lex of Object.values(LEXICONS)) {
    addPhrases(map, lex.roles, false);
    addPhrases(map, lex.weakRoles, true);
  }
  return map;
}

/**
 * Quadrant titles from the header words and from SWOT import's words, which also cover languages without a pack
 * ("Silné stránky"): a sheet SWOT import reads as a grid must not be structured as a goals table.
 */
function buildSwot(): ReadonlyMap<string, SwotQuadrant> {
  const map = new Map<string, SwotQuadrant>();
  for (const [, words] of ALL_SWOT_WORDS) {
    for (const [quadrant, titles] of Object.entries(words.quadrants) as [SwotQuadrant, readonly string[]][]) {
      for (const w of titles) {
        // A title in a script the folding drops (Cyrillic) would otherwise name every blank header.
        const key = normalizeText(w);
        if (key !== '') map.set(key, quadrant);
      }
    }
  }
  for (const lex of Object.values(LEXICONS)) {
    for (const [quadrant, words] of Object.entries(lex.swot) as [SwotQuadrant, readonly string[]][]) {
      for (const w of words) map.set(normalizeText(w), quadrant);
    }
  }
  return map;
}

/** Header phrases keyed by their first (stemmed) token. */
export const PHRASES_BY_FIRST_TOKEN = buildPhrases();
export const CONNECTORS = wordSet((l) => l.connectors);
export const TOTAL_WORDS = wordSet((l) => l.totals);
export const NOTE_WORDS = wordSet((l) => l.notes);
export const STATUS_WORDS = wordSet((l) => l.statusWords);
export const DIRECTION_WORDS = wordSet((l) => l.directionWords);
export const FREQUENCY_WORDS = wordSet((l) => l.frequencyWords);
export const UNIT_WORDS = wordSet((l) => l.unitWords);
export const STRATEGY_WORDS = wordSet((l) => l.strategy);
/** Header words that say a column describes something ("Description"): its text explains, it does not name. */
export const DESCRIPTION_WORDS = wordSet((l) => l.weakRoles.notes ?? []);
export const SWOT_WORDS = buildSwot();

/** The SWOT quadrant a heading or category cell names ("Forces", "Threats", "Debilidades"), if any. */
export function swotQuadrantOf(text: string): SwotQuadrant | undefined {
  return SWOT_WORDS.get(normalizeText(text));
}
