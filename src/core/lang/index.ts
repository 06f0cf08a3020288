/**
 * The language registry: every pack, and the merged views the engines read. Engines never ask which
 * language a workbook is in before reading it: a word is read against every pack at once. Only messages
 * guess a language, to answer in the words the person seems to use.
 */
import { fold, foldAccents } from '../text/fold';
import { CELL_WORDS } from './cellWords';
import { DE_PACK } from './de';
import { EN_PACK } from './en';
import { ES_PACK } from './es';
import { FR_PACK } from './fr';
import { PT_PACK } from './pt';
import type { DirectionName, LanguageCode, LanguagePack } from './types';

export type {
  AlignmentWords,
  DirectionName,
  LanguageCode,
  LanguagePack,
  SmartWordClasses,
  SwotQuadrantWords,
} from './types';

/**
 * Every language Rudder reads, English first: it is the default when a guess finds nothing. The order is the
 * order header phrases are tried in, kept as detection has always had it.
 */
export const LANGUAGES: readonly LanguagePack[] = [EN_PACK, FR_PACK, ES_PACK, DE_PACK, PT_PACK];

export function packOf(code: LanguageCode): LanguagePack {
  return LANGUAGES.find((p) => p.code === code) ?? EN_PACK;
}

export const DIRECTION_NAMES: readonly DirectionName[] = ['higher', 'lower', 'range', 'maintainAbove', 'maintainBelow'];

/** Each word once, in the order first seen. */
function unique(words: Iterable<string>): string[] {
  return [...new Set(words)];
}

/**
 * Every word of every language for one direction, as written and, for accented words, also without accents:
 * the native formula cannot fold accents, and people type "menor e melhor" as often as "menor é melhor".
 */
export function directionWordsOf(direction: DirectionName): readonly string[] {
  return unique(LANGUAGES.flatMap((p) => p.directions[direction].flatMap((w) => [w, foldAccents(w)])));
}

/** Month number (1-12) of every month name and abbreviation of every language, folded and as written. */
export function monthEntries(): readonly (readonly [string, number])[] {
  const out: [string, number][] = [];
  const seen = new Set<string>();
  for (const pack of LANGUAGES) {
    pack.months.forEach((names, i) => {
      for (const name of names) {
        for (const spelling of [foldAccents(name), name]) {
          if (seen.has(spelling)) continue;
          seen.add(spelling);
          out.push([spelling, i + 1]);
        }
      }
    });
  }
  return out;
}

/** Placeholders of every language ("tbd", "a definir", "k a"), folded, punctuation as spaces. */
export function placeholderKeys(): readonly string[] {
  return unique(LANGUAGES.flatMap((p) => CELL_WORDS[p.code].placeholders.map(placeholderKey)));
}

/** How a placeholder is compared: folded, punctuation as single spaces ("k. A." and "k a" meet). */
export function placeholderKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words of every language that name a period when a number follows ("week", "semaine", "kw"), folded. */
export function periodLabels(): readonly string[] {
  return unique(LANGUAGES.flatMap((p) => CELL_WORDS[p.code].periodLabels.map(fold)));
}

/** Words of every language that name a quarter beside its number ("q", "trimestre", "quartal"), folded. */
export function quarterWords(): readonly string[] {
  return unique(LANGUAGES.flatMap((p) => CELL_WORDS[p.code].quarterWords.map(fold)));
}

/** Status words of every language that say a goal or KPI is done, folded. */
export function achievedWords(): readonly string[] {
  return unique(LANGUAGES.flatMap((p) => CELL_WORDS[p.code].achievedWords.map(fold)));
}

/** The words that mark a language: its function words, directions, months and SMART word classes. */
function packWords(pack: LanguagePack): string[] {
  const s = pack.smart;
  const lists: (readonly string[])[] = [
    s.stopWords,
    s.vagueVerbs,
    s.increaseVerbs,
    s.decreaseVerbs,
    s.maintainVerbs,
    s.milestoneVerbs,
    s.actionVerbs,
    s.deliverableWords,
    s.genericWords,
    Object.keys(s.periodMonths),
    ...Object.values(s.outcomes),
    ...Object.values(pack.directions),
    pack.months.flatMap((names) => names.filter((w) => w.length > 3)),
    pack.dateLeadWords,
  ];
  return lists.flatMap((list) => list.flatMap((w) => fold(w).split(/[^a-z0-9]+/)));
}

/** Each marker word and the indexes in `LANGUAGES` of the languages that use it. */
const MARKERS: ReadonlyMap<string, readonly number[]> = (() => {
  const owners = new Map<string, number[]>();
  LANGUAGES.forEach((pack, index) => {
    for (const word of packWords(pack)) {
      if (word.length < 2) continue;
      const list = owners.get(word);
      if (list === undefined) owners.set(word, [index]);
      else if (!list.includes(index)) list.push(index);
    }
  });
  return owners;
})();

/** A word of plain letters a-z and digits, as most are: it is looked up as it is. */
const PLAIN_WORD = /^[a-z0-9]*$/;

/** A word's vote, shared among the languages that use it. */
function vote(word: string, counts: number[]): void {
  const owners = MARKERS.get(word);
  if (owners === undefined) return;
  for (const index of owners) counts[index] += 1 / owners.length;
}

/**
 * The language of a text already cut into lower-case words (a goal being scored): the one whose marker words
 * weigh most in it; on a tie the first in `LANGUAGES` (English when nothing tells). Only words with accents
 * or apostrophes are folded and split ("próximo" is "proximo", "d'ici" is "d" and "ici").
 */
export function guessLanguageOfWords(words: readonly string[]): LanguageCode {
  const counts = LANGUAGES.map(() => 0);
  for (const word of words) {
    if (PLAIN_WORD.test(word)) vote(word, counts);
    else for (const part of fold(word).split(/[^a-z0-9]+/)) vote(part, counts);
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k] > counts[best]) best = k;
  return LANGUAGES[best].code;
}

/**
 * The language a text seems to be in: the pack whose marker words weigh most in it. Its function words, and
 * the verbs and nouns of its SMART word classes, mark a language ("das" is German and Portuguese, "verbessern"
 * German only); a word several languages use counts for each of them in part. English when nothing tells.
 */
export const guessLanguage = (text: string): LanguageCode => guessLanguageOfWords(text.toLowerCase().split(/\s+/));
