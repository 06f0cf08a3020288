import { directionOfWord, normaliseDirectionWord } from './lexicon';
import { KPI_MESSAGES } from './messages';
import type { Direction, Parsed } from './types';

/**
 * Reads a direction word as people write it ("Down", "lower is better", ">=", "between").
 * Case and spaces do not matter; a blank direction means higher is better.
 */
export function parseDirection(word: string | null | undefined): Parsed<Direction> {
  if (word === null || word === undefined) return { ok: true, value: 'higher' };
  const key = normaliseDirectionWord(word.trim());
  if (key === '') return { ok: true, value: 'higher' };
  const direction = directionOfWord(key);
  return direction === undefined
    ? { ok: false, reason: KPI_MESSAGES.directionUnknown(word.trim()) }
    : { ok: true, value: direction };
}
