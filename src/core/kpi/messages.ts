/** Every message the KPI engine returns, in one place so tests compare against constants. */
import { directionWordsForMessage } from './lexicon';

export const KPI_MESSAGES = {
  directionUnknown: (word: string): string =>
    `"${word}" is not a direction Rudder knows. Use one of: ${directionWordsForMessage(word)}.`,
  targetMissing: 'The target is missing. Give a number such as 100, 95%, $1,200, or a range such as 90-110.',
  targetUnreadable: (text: string): string =>
    `"${text}" is not a target Rudder can read. Give a number such as 100, 95%, $1,200, or a range such as 90-110 or 90 to 110.`,
  targetNotFinite: 'The target must be a finite number.',
  rangeNeedsTwo:
    'A range direction needs a target with two numbers, such as 90-110, 90 to 110 or a 1x2 range of cells.',
  thresholdsUnreadable: (text: string): string =>
    `"${text}" is not a pair of thresholds Rudder can read. Give on-track and at-risk health levels such as "0.95,0.85" or "90%,70%".`,
  thresholdsOrder: 'The on-track threshold must be at least the at-risk threshold, as in "0.95,0.85".',
} as const;
