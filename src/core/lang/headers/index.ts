/** Each language's header words for column detection, by language code (see LanguagePack for why they sit apart). */
import type { Lexicon } from '../../detect/lexicon/types';
import type { LanguageCode } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';

export const HEADER_WORDS: Readonly<Record<LanguageCode, Lexicon>> = { en, fr, es, de, pt };
