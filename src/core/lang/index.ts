/**
 * The language registry: every pack, and the merged views the engines read. Engines never ask which
 * language a workbook is in before reading it: a word is read against every pack at once. Only messages
 * guess a language, to answer in the words the person seems to use.
 */
import { fold, foldAccents } from '../text/fold';
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
  return unique(LANGUAGES.flatMap((p) => p.placeholders.map(placeholderKey)));
}

/** How a placeholder is compared: folded, punctuation as single spaces ("k. A." and "k a" meet). */
export function placeholderKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words of every language that name a period when a number follows ("week", "semaine", "kw"), folded. */
export function periodLabels(): readonly string[] {
  return unique(LANGUAGES.flatMap((p) => p.periodLabels.map(fold)));
}

/** Words of every language that name a quarter beside its number ("q", "trimestre", "quartal"), folded. */
export function quarterWords(): readonly string[] {
  return unique(LANGUAGES.flatMap((p) => p.quarterWords.map(fold)));
}

/** Status words of every language that say a goal or KPI is done, folded. */
export function achievedWords(): readonly string[] {
  return unique(LANGUAGES.flatMap((p) => p.achievedWords.map(fold)));
}

/** The words that mark a language when they appear in a text: its own stop words, directions and months. */
function markersOf(pack: LanguagePack): ReadonlySet<string> {
  const words = new Set<string>();
  const add = (w: string): void => {
    for (const part of fold(w).split(' ')) if (part.length > 1) words.add(part);
  };
  for (const w of pack.smart.stopWords) add(w);
  for (const d of DIRECTION_NAMES) for (const w of pack.directions[d]) add(w);
  for (const names of pack.months) for (const w of names) if (w.length > 3) add(w);
  for (const w of pack.dateLeadWords) add(w);
  return words;
}

/** Each marker word and the one language it marks; a word several languages use marks none (null). */
const MARKER_LANGUAGE: ReadonlyMap<string, LanguageCode | null> = (() => {
  const marks = new Map<string, LanguageCode | null>();
  for (const pack of LANGUAGES)
    for (const word of markersOf(pack))
      marks.set(word, marks.has(word) && marks.get(word) !== pack.code ? null : pack.code);
  return marks;
})();

/**
 * The language a text (or a column's texts) seems to be in: the pack whose marker words it holds most of,
 * words shared by several languages counting for none. English when nothing tells.
 */
export function guessLanguage(texts: string | readonly string[]): LanguageCode {
  const all = typeof texts === 'string' ? [texts] : texts;
  const score = new Map<LanguageCode, number>();
  for (const text of all) {
    for (const word of fold(text).split(/[^a-z0-9]+/)) {
      if (word.length < 2) continue;
      const only = MARKER_LANGUAGE.get(word);
      if (only) score.set(only, (score.get(only) ?? 0) + 1);
    }
  }
  let best: LanguageCode = 'en';
  let bestScore = 0;
  for (const [code, s] of score) {
    if (s > bestScore) {
      best = code;
      bestScore = s;
    }
  }
  return best;
}
