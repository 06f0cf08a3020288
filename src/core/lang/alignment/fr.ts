/** The French words the alignment rules read. */
import type { AlignmentWords } from '../types';

export const FR_ALIGNMENT: AlignmentWords = {
  goalDirectionStems: {
    lower: ['redui', 'reduc', 'diminu', 'baiss', 'minimis', 'limit'],
    higher: ['augment', 'accroi', 'hauss', 'croiss', 'maximis', 'double'],
  },
  negationWords: ['ne', 'pas', 'jamais', 'sans'],
  genericMetricWords: ['nombre', 'taux', 'indice', 'pourcentage', 'total', 'moyenne'],
  phraseEndWords: ['de', 'du', 'des', 'par', 'en', 'pour', 'avec'],
  subsetWords: ['qui', 'que', 'dont', 'ou'],
  irregularParticiples: [],
  frequencyDays: {
    quotidien: 3,
    quotidienne: 3,
    hebdomadaire: 14,
    mensuel: 45,
    mensuelle: 45,
    trimestriel: 120,
    trimestrielle: 120,
    semestriel: 200,
    annuel: 400,
    annuelle: 400,
  },
  selfFramedKpiWords: [],
  nameStopWords: 'le la les l un une des du de d et ou en au aux par pour avec sans sur son sa ses notre nos'.split(
    ' ',
  ),
  nameSynonyms: { pourcentage: 'percent' },
  ownerJoinWords: ['et'],
};
