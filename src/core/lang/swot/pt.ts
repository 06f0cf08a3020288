/** SWOT quadrant titles in Portuguese, lower case without accents. */
import type { SwotQuadrantWords } from '../types';

export const PT_SWOT: SwotQuadrantWords = {
  strength: ['forca', 'forcas', 'pontos fortes'],
  weakness: ['fraqueza', 'fraquezas', 'pontos fracos'],
  opportunity: ['oportunidade', 'oportunidades'],
  threat: ['ameaca', 'ameacas', 'riscos'],
};
