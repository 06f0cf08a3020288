/** The shape of one language's detection vocabulary. Lexicons are data: adding a language adds a file. */
import type { ColumnRole } from '../types';

/**
 * Header phrases per role. A phrase starting with `=` only counts when it is the whole header
 * (so "No" is an ID column, but "No Up 7" is not).
 */
export type RolePhrases = Partial<Readonly<Record<ColumnRole, readonly string[]>>>;

export interface Lexicon {
  /** Words that name a role on their own. */
  readonly roles: RolePhrases;
  /** Words that hint at a role but need the cells below to agree ("Name", "Date", "Value"). */
  readonly weakRoles: RolePhrases;
  /** Words that join a head noun to its complement ("date OF start", "fecha DE inicio"). */
  readonly connectors: readonly string[];
  /** Cell labels that close a table. */
  readonly totals: readonly string[];
  /** First words of a note row under a table. */
  readonly notes: readonly string[];
  /** Status values seen in trackers. */
  readonly statusWords: readonly string[];
  readonly directionWords: readonly string[];
  readonly frequencyWords: readonly string[];
  readonly unitWords: readonly string[];
  readonly swot: {
    readonly strength: readonly string[];
    readonly weakness: readonly string[];
    readonly opportunity: readonly string[];
    readonly threat: readonly string[];
  };
  readonly strategy: readonly string[];
}
