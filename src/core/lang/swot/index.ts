/**
 * Each language's SWOT words, by language code (see LanguagePack for why they sit apart), then the words of
 * languages without a pack that SWOT import still reads.
 */
import type { LanguageCode } from '../types';
import { DE_SWOT } from './de';
import { EN_SWOT } from './en';
import { ES_SWOT } from './es';
import { FR_SWOT } from './fr';
import { OTHER_SWOT } from './other';
import { PT_SWOT } from './pt';
import type { SwotWords } from './types';

export type { ImpactLevelWords, SwotHeaderWords, SwotWords } from './types';

export const SWOT_WORDS: Readonly<Record<LanguageCode, SwotWords>> = {
  en: EN_SWOT,
  fr: FR_SWOT,
  es: ES_SWOT,
  de: DE_SWOT,
  pt: PT_SWOT,
};

/** Every language SWOT import reads: the five packs first, then the languages without one. */
export const ALL_SWOT_WORDS: readonly (readonly [string, SwotWords])[] = [
  ...Object.entries(SWOT_WORDS),
  ...Object.entries(OTHER_SWOT),
];
