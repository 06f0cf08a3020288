/**
 * The words of SWOT sheets as the readers use them: every language's words from the registry
 * (`lang/swot`), merged. No word lives here; a language adds its words there and every layout reader
 * understands them.
 */
import { ALL_SWOT_WORDS, type SwotHeaderWords } from '../../lang/swot';
import type { SwotQuadrant } from '../types';

type QuadrantWords = Readonly<Record<SwotQuadrant, readonly string[]>>;

function merged(pick: (words: (typeof ALL_SWOT_WORDS)[number][1]) => readonly string[]): readonly string[] {
  return [...new Set(ALL_SWOT_WORDS.flatMap(([, w]) => pick(w)))];
}

/** Quadrant titles by language code. */
export const QUADRANT_WORDS: Readonly<Record<string, QuadrantWords>> = Object.fromEntries(
  ALL_SWOT_WORDS.map(([code, w]) => [code, w.quadrants]),
);

/** Each language's quadrant letters (the s, w, o, t of a bare template; F, O, D, A of FODA): trusted only in numbers. */
export const QUADRANT_LETTERS_BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, SwotQuadrant>>>> =
  Object.fromEntries(ALL_SWOT_WORDS.map(([code, w]) => [code, w.letters]));

/** Every letter that stands for a quadrant in some language (no two languages give one letter two quadrants). */
export const QUADRANT_LETTERS: Readonly<Record<string, SwotQuadrant>> = Object.assign(
  {},
  ...ALL_SWOT_WORDS.map(([, w]) => w.letters),
) as Record<string, SwotQuadrant>;

/** Short words that are quadrant titles in one language but ordinary words in another. */
export const WEAK_QUADRANT_WORDS: readonly string[] = ['hot', 'chance', 'force', 'forza'];

export const AXIS_WORDS: readonly string[] = merged((w) => w.axis);

export const TITLE_FILLER: readonly string[] = merged((w) => w.filler);

export type HeaderRole = 'category' | 'item' | 'impact' | 'entity' | 'strategy' | 'other';

type NamedRole = Exclude<HeaderRole, 'other'>;

const headers = (role: keyof SwotHeaderWords) => merged((w) => w.headers[role]);

/** Column headers by what the column holds. Checked as whole phrases first, then word by word in this order. */
export const HEADER_WORDS: Readonly<Record<NamedRole, readonly string[]>> = {
  category: headers('category'),
  impact: headers('impact'),
  entity: headers('entity'),
  item: headers('item'),
  strategy: headers('strategy'),
};

/** Words that only ever head a column: never taken as items even outside a header row. */
export const OTHER_HEADER_WORDS: readonly string[] = headers('other');

/** Header words that are also plausible one-word items ("Brand", "Product", "Level"): headers only inside a header row. */
export const AMBIGUOUS_HEADER_WORDS: readonly string[] = headers('ambiguous');

/** Impact words by score 1-5. */
export const IMPACT_WORDS: Readonly<Record<number, readonly string[]>> = Object.fromEntries(
  [1, 2, 3, 4, 5].map((score) => [score, merged((w) => w.impactLevels[score as 1 | 2 | 3 | 4 | 5] ?? [])]),
);

export const IMPACT_LABELS: readonly string[] = merged((w) => w.impactLabels);

export const TOTAL_WORDS: readonly string[] = merged((w) => w.totals);

export const STRATEGY_LABELS: readonly string[] = merged((w) => w.strategyLabels);
