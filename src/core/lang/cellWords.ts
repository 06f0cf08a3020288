/**
 * Words people type in cells that only the task pane's readers need: placeholders for "not filled in yet",
 * status words for "achieved", and the words of period and quarter headers. They sit apart from the language
 * packs so the custom functions bundle, which never reads them, does not carry them.
 */
import type { LanguageCode } from './types';

export interface CellWords {
  /** Cell values that stand for "not filled in yet" ("TBD", "n/a", "a definir", "k. A."). */
  readonly placeholders: readonly string[];
  /** Status words that say a goal or KPI is achieved ("done", "logrado"). */
  readonly achievedWords: readonly string[];
  /** Words that, with a number after them, name a period in a header ("Week 3", "Semana 3", "KW 12"). */
  readonly periodLabels: readonly string[];
  /** Words that, with a number 1-4, name a quarter in a header ("Q3", "T3 2024", "3. Quartal", "3º trimestre"). */
  readonly quarterWords: readonly string[];
}

export const CELL_WORDS: Readonly<Record<LanguageCode, CellWords>> = {
  en: {
    placeholders: [
      'tbd',
      'tbc',
      'tba',
      'na',
      'n a',
      'none',
      'null',
      'nil',
      'nobody',
      'no one',
      'unassigned',
      'not assigned',
      'unknown',
      'to be decided',
      'to be confirmed',
      'to be assigned',
      'to be agreed',
    ],
    achievedWords: ['achieved', 'done', 'complete', 'completed', 'met', 'finished', 'closed', 'delivered'],
    periodLabels: ['week', 'wk', 'month', 'sprint'],
    quarterWords: ['quarter', 'qtr', 'q'],
  },
  es: {
    placeholders: [
      'a definir',
      'por definir',
      'pendiente de definir',
      'sin asignar',
      'ninguno',
      'nadie',
      'desconocido',
    ],
    achievedWords: ['logrado', 'conseguido', 'cumplido', 'completado', 'terminado', 'hecho', 'alcanzado'],
    periodLabels: ['semana', 'mes'],
    quarterWords: ['trimestre', 'trim', 't'],
  },
  fr: {
    placeholders: [
      'à définir',
      'a definir',
      'à déterminer',
      'non défini',
      'non attribué',
      'aucun',
      'personne',
      'inconnu',
      'nc',
      'n c',
    ],
    achievedWords: ['atteint', 'réalisé', 'terminé', 'fait', 'accompli', 'achevé', 'clos'],
    periodLabels: ['semaine', 'sem', 'mois'],
    quarterWords: ['trimestre', 'trim', 't'],
  },
  de: {
    placeholders: [
      'k. a.',
      'k.a.',
      'k a',
      'ka',
      'offen',
      'unbekannt',
      'niemand',
      'keiner',
      'noch offen',
      'nicht zugewiesen',
    ],
    achievedWords: ['erreicht', 'erledigt', 'abgeschlossen', 'fertig', 'umgesetzt'],
    periodLabels: ['woche', 'kw', 'monat'],
    quarterWords: ['quartal', 'q'],
  },
  pt: {
    placeholders: ['a definir', 'a confirmar', 'por definir', 'sem responsável', 'nenhum', 'ninguém', 'desconhecido'],
    achievedWords: ['atingido', 'alcançado', 'concluído', 'cumprido', 'feito', 'finalizado'],
    periodLabels: ['semana', 'mês', 'mes'],
    quarterWords: ['trimestre', 'trim', 't'],
  },
};
