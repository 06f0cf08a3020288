/** The German words the alignment rules read. */
import type { AlignmentWords } from '../types';

export const DE_ALIGNMENT: AlignmentWords = {
  goalDirectionStems: {
    lower: ['senk', 'reduzier', 'verringer', 'minimier', 'kurz', 'halbier'],
    higher: ['steiger', 'erhoh', 'vergroßer', 'vergroesser', 'ausbau', 'verdoppel', 'maximier'],
  },
  negationWords: ['nicht', 'kein', 'keine', 'nie', 'ohne'],
  genericMetricWords: ['anzahl', 'quote', 'rate', 'anteil', 'index', 'summe', 'durchschnitt'],
  phraseEndWords: ['pro', 'je', 'von', 'der', 'des', 'im', 'in', 'fur'],
  subsetWords: ['die', 'der', 'das', 'welche', 'welcher', 'wo'],
  irregularParticiples: [],
  frequencyDays: {
    taglich: 3,
    wochentlich: 14,
    monatlich: 45,
    quartalsweise: 120,
    vierteljahrlich: 120,
    halbjahrlich: 200,
    jahrlich: 400,
  },
  selfFramedKpiWords: [],
  nameStopWords:
    'der die das den dem des ein eine einer eines und oder in im am an auf zu zum zur fur mit ohne von vom pro unser unsere'.split(
      ' ',
    ),
  nameSynonyms: { prozent: 'percent', prozentsatz: 'percent' },
  ownerJoinWords: ['und'],
};
