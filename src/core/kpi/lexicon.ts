/**
 * The direction lexicon (data in direction-words.json), normalised once. Both parseDirection
 * and the native-formula emitter read it from here, so the two can never disagree on a word.
 */
import words from './direction-words.json';
import type { Direction } from './types';

export const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'range', 'maintainAbove', 'maintainBelow'];

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
    for (const word of words[direction]) {
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

/** The direction a normalised word names, or undefined. */
export function directionOfWord(normalised: string): Direction | undefined {
  return INDEX.get(normalised);
}

/** The normalised words of one direction, for the formula emitter. */
export function normalisedWordsOf(direction: Direction): readonly string[] {
  return [...new Set(words[direction].map(normaliseDirectionWord))];
}

/** The words as people write them, for messages. */
export function directionWordsForMessage(): string {
  return DIRECTIONS.map((d) => words[d].join(', ')).join('; ');
}
