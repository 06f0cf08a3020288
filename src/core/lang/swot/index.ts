/** Each language's SWOT quadrant titles, by language code (see LanguagePack for why they sit apart). */
import type { LanguageCode, SwotQuadrantWords } from '../types';
import { DE_SWOT } from './de';
import { EN_SWOT } from './en';
import { ES_SWOT } from './es';
import { FR_SWOT } from './fr';
import { PT_SWOT } from './pt';

export const SWOT_WORDS: Readonly<Record<LanguageCode, SwotQuadrantWords>> = {
  en: EN_SWOT,
  fr: FR_SWOT,
  es: ES_SWOT,
  de: DE_SWOT,
  pt: PT_SWOT,
};
