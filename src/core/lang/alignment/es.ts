/** The Spanish words the alignment rules read. */
import type { AlignmentWords } from '../types';

export const ES_ALIGNMENT: AlignmentWords = {
  goalDirectionStems: {
    lower: ['reduc', 'disminu', 'recort', 'minimiz', 'rebaj', 'elimin'],
    higher: ['aument', 'crec', 'increment', 'maximiz', 'duplic', 'ampli'],
  },
  negationWords: ['no', 'nunca', 'sin'],
  genericMetricWords: ['numero', 'tasa', 'indice', 'porcentaje', 'cantidad', 'total', 'promedio', 'media'],
  phraseEndWords: ['de', 'del', 'por', 'en', 'para', 'con'],
  subsetWords: ['que', 'cuyo', 'cuya', 'donde'],
  irregularParticiples: [],
  frequencyDays: {
    diario: 3,
    diaria: 3,
    semanal: 14,
    quincenal: 30,
    mensual: 45,
    trimestral: 120,
    semestral: 200,
    anual: 400,
  },
  selfFramedKpiWords: [],
  nameStopWords: 'el la los las un una unos unas y o de del al en por para con sin su sus nuestro nuestra'.split(' '),
  nameSynonyms: { porcentaje: 'percent' },
  ownerJoinWords: ['y'],
};
