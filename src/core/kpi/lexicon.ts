/**
 * The direction words of every language (from the language packs), normalised once. Both parseDirection
 * and the native-formula emitter read them from here, so the two can never disagree on a word.
 */
import { DIRECTION_NAMES, directionWordsOf, guessLanguage, packOf } from '../lang';
import { foldAccents } from '../text';
import type { Direction } from './types';

export const DIRECTIONS: readonly Direction[] = DIRECTION_NAMES;

/**
 * Numeric codes the definition works with (Excel formulas compare numbers more cheaply than words).
 * 0 is never a direction: the native formula uses it for an unknown word.
 */
export const DIRECTION_CODE: Readonly<Record<Direction, number>> = {
  higher: 1,
  lower: 2,
  range: 3,
  maintainAbove: 4,
  maintainBelow: 5,
};

/**
 * Lower case without spaces (ordinary or non-breaking). The native formula does exactly this
 * with LOWER and SUBSTITUTE, so keep the two in step.
 */
export function normaliseDirectionWord(word: string): string {
  return word.toLowerCase().replace(/[ \u00a0]/g, '');
}

function buildIndex(): ReadonlyMap<string, Direction> {
  const index = new Map<string, Direction>();
  for (const direction of DIRECTIONS) {
    for (const word of directionWordsOf(direction)) {
      const key = normaliseDirectionWord(word);
      const seen = index.get(key);
      // A word listed under two directions would make the lexicon ambiguous: fail loudly at load.
      if (seen !== undefined && seen !== direction) throw new Error(`direction word "${word}" is listed twice`);
      index.set(key, direction);
    }
  }
  return index;
}

const INDEX = buildIndex();

/**
 * The direction a normalised word names, or undefined. Accents are folded when the word as written is not
 * listed, and every kind of space (tabs, thin spaces) is dropped, so "Menor  ES mejor" still reads.
 */
export function directionOfWord(normalised: string): Direction | undefined {
  const direct = INDEX.get(normalised);
  if (direct !== undefined) return direct;
  const squeezed = foldAccents(normalised).replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, '');
  return INDEX.get(squeezed);
}

/** The normalised words of one direction, for the formula emitter: accented and plain spellings both. */
export function normalisedWordsOf(direction: Direction): readonly string[] {
  return [...new Set(directionWordsOf(direction).map(normaliseDirectionWord))];
}

/**
 * The main direction words of the language the word seems to be in (English when nothing tells), for the
 * message about an unknown word: a handful, not every synonym.
 */
export function directionWordsForMessage(word = ''): string {
  const pack = packOf(guessLanguage(word));
  const english = packOf('en').directionExamples;
  const examples = pack.code === 'en' ? english : [...pack.directionExamples, ...english.slice(0, 2)];
  return examples.join(', ');
}
