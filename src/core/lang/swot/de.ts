/** SWOT quadrant titles in German, lower case without accents. */
import type { SwotQuadrantWords } from '../types';

export const DE_SWOT: SwotQuadrantWords = {
  strength: ['starke', 'starken'],
  weakness: ['schwache', 'schwachen'],
  opportunity: ['chance', 'chancen', 'moglichkeiten'],
  threat: ['risiko', 'risiken', 'bedrohung', 'bedrohungen', 'gefahren'],
};
