/** SWOT quadrant titles in English, lower case without accents. */
import type { SwotQuadrantWords } from '../types';

export const EN_SWOT: SwotQuadrantWords = {
  strength: ['strength', 'strengths'],
  weakness: ['weakness', 'weaknesses'],
  opportunity: ['opportunity', 'opportunities'],
  threat: ['threat', 'threats', 'risks'],
};
