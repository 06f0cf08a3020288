/** Each language's words for the alignment rules, by language code (see LanguagePack for why they sit apart). */
import type { AlignmentWords, LanguageCode } from '../types';
import { DE_ALIGNMENT } from './de';
import { EN_ALIGNMENT } from './en';
import { ES_ALIGNMENT } from './es';
import { FR_ALIGNMENT } from './fr';
import { PT_ALIGNMENT } from './pt';

export const ALIGNMENT_WORDS: Readonly<Record<LanguageCode, AlignmentWords>> = {
  en: EN_ALIGNMENT,
  fr: FR_ALIGNMENT,
  es: ES_ALIGNMENT,
  de: DE_ALIGNMENT,
  pt: PT_ALIGNMENT,
};
