/** The words SWOT import reads in one language, lower case without accents (see `foldWords` in the importer). */
import type { SwotQuadrantWords } from '../types';

/** Impact scores 1-5 and the words that give them (High/Medium/Low read as 5/3/1). */
export type ImpactLevelWords = Readonly<Partial<Record<1 | 2 | 3 | 4 | 5, readonly string[]>>>;

export interface SwotHeaderWords {
  /** A column that names the quadrant of each row ("Category", "Cuadrante"). */
  readonly category: readonly string[];
  /** A column of impact or importance ("Impact", "Peso", "Pontos"). */
  readonly impact: readonly string[];
  /** A column naming the company, competitor or product an item is about. */
  readonly entity: readonly string[];
  /** The column of the items themselves ("Description", "Itens"). */
  readonly item: readonly string[];
  /** A column of countermeasures or strategies answering the item on the same row ("Action", "Medida"). */
  readonly strategy: readonly string[];
  /** Other fields that only ever head a column ("ID", "Notes", "Owner"). */
  readonly other: readonly string[];
  /** Header words that are also plausible one-word items ("Brand", "Level"): headers only inside a header row. */
  readonly ambiguous: readonly string[];
}

export interface SwotWords {
  readonly quadrants: SwotQuadrantWords;
  /**
   * Single letters that stand for a quadrant in this language's acronym (S, W, O, T; F, O, D, A in FODA).
   * Letters two quadrants share in a language (F for forças and fraquezas) are left out.
   */
  readonly letters: Readonly<Record<string, 'strength' | 'weakness' | 'opportunity' | 'threat'>>;
  /** Labels of the axes of a 2x2 grid (internal/external, helpful/harmful): never items. */
  readonly axis: readonly string[];
  /** Words that may stand around a quadrant word in a title ("Key strengths", "Nuestras fortalezas"). */
  readonly filler: readonly string[];
  readonly headers: SwotHeaderWords;
  readonly impactLevels: ImpactLevelWords;
  /** Words that say "impact" in a tag inside an item's text ("(impact: high)", "alto impacto"). */
  readonly impactLabels: readonly string[];
  /** Labels of total and subtotal rows: never items. */
  readonly totals: readonly string[];
  /** Words that open a countermeasure written under or after an item ("(strategy: ...)", "Acción: ..."). */
  readonly strategyLabels: readonly string[];
}
