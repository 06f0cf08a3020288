/** SWOT quadrant titles in Spanish, lower case without accents. */
import type { SwotQuadrantWords } from '../types';

export const ES_SWOT: SwotQuadrantWords = {
  strength: ['fortaleza', 'fortalezas', 'puntos fuertes'],
  weakness: ['debilidad', 'debilidades', 'puntos debiles'],
  opportunity: ['oportunidad', 'oportunidades'],
  threat: ['amenaza', 'amenazas', 'riesgos'],
};
