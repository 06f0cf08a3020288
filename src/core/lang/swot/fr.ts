/** SWOT quadrant titles in French, lower case without accents. */
import type { SwotQuadrantWords } from '../types';

export const FR_SWOT: SwotQuadrantWords = {
  strength: ['force', 'forces', 'points forts', 'point fort', 'atouts'],
  weakness: ['faiblesse', 'faiblesses', 'points faibles', 'point faible'],
  opportunity: ['opportunite', 'opportunites'],
  threat: ['menace', 'menaces', 'risques'],
};
