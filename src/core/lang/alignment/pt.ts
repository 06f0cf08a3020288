/** The Portuguese words the alignment rules read. */
import type { AlignmentWords } from '../types';

export const PT_ALIGNMENT: AlignmentWords = {
  goalDirectionStems: {
    lower: ['reduz', 'diminu', 'cort', 'minimiz', 'elimin'],
    higher: ['aument', 'cresc', 'increment', 'maximiz', 'duplic', 'ampli'],
  },
  negationWords: ['nao', 'nunca', 'sem'],
  genericMetricWords: ['numero', 'taxa', 'indice', 'percentual', 'quantidade', 'total', 'media'],
  phraseEndWords: ['de', 'do', 'da', 'por', 'em', 'para', 'com'],
  subsetWords: ['que', 'cujo', 'cuja', 'onde'],
  irregularParticiples: [],
  frequencyDays: {
    diario: 3,
    diaria: 3,
    semanal: 14,
    quinzenal: 30,
    mensal: 45,
    trimestral: 120,
    semestral: 200,
    anual: 400,
  },
  selfFramedKpiWords: [],
  nameStopWords:
    'o a os as um uma uns umas e ou de do da dos das em no na nos nas por para com sem ao aos seu sua nosso nossa'.split(
      ' ',
    ),
  // "e" also joins the surnames of one person ("Maria Santos e Silva"): only punctuation separates owners.
  nameSynonyms: { porcentagem: 'percent', percentual: 'percent' },
  ownerJoinWords: [],
};
