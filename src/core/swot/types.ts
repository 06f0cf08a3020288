/** The SWOT model as Rudder stores it in `RudderSWOT` and `RudderTOWS` (DESIGN §2). */

export type SwotQuadrant = 'strength' | 'weakness' | 'opportunity' | 'threat';

/** Quadrants in the order people read a SWOT: internal first, helpful before harmful. */
export const SWOT_QUADRANTS: readonly SwotQuadrant[] = ['strength', 'weakness', 'opportunity', 'threat'];

/** The letter that starts an item ID (`S-1`, `W-2` …). */
export const QUADRANT_PREFIX: Readonly<Record<SwotQuadrant, string>> = {
  strength: 'S',
  weakness: 'W',
  opportunity: 'O',
  threat: 'T',
};

/** The header-cell word written in the Quadrant column of `RudderSWOT`. */
export const QUADRANT_LABEL: Readonly<Record<SwotQuadrant, string>> = {
  strength: 'Strength',
  weakness: 'Weakness',
  opportunity: 'Opportunity',
  threat: 'Threat',
};

/** Plural titles used on the printable grid. */
export const QUADRANT_TITLE: Readonly<Record<SwotQuadrant, string>> = {
  strength: 'Strengths',
  weakness: 'Weaknesses',
  opportunity: 'Opportunities',
  threat: 'Threats',
};

export interface SwotItem {
  /** `S-1`, `W-2` …; stable once given (see `nextItemId`). */
  readonly id: string;
  readonly quadrant: SwotQuadrant;
  readonly text: string;
  /** 1 (minor) to 5 (major). */
  readonly impact: number;
  readonly evidence: string;
  /** IDs (or names) of the goals this item feeds. */
  readonly goals: readonly string[];
}

export type TowsType = 'SO' | 'ST' | 'WO' | 'WT';

export const TOWS_TYPES: readonly TowsType[] = ['SO', 'ST', 'WO', 'WT'];

/** Which quadrants each TOWS type pairs: internal first, external second. */
export const TOWS_QUADRANTS: Readonly<Record<TowsType, readonly [SwotQuadrant, SwotQuadrant]>> = {
  SO: ['strength', 'opportunity'],
  ST: ['strength', 'threat'],
  WO: ['weakness', 'opportunity'],
  WT: ['weakness', 'threat'],
};

export interface TowsStrategy {
  /** `SO-1`, `WT-2` … */
  readonly id: string;
  readonly type: TowsType;
  readonly text: string;
  /** IDs of the SWOT items the strategy builds on. */
  readonly from: readonly string[];
  /** ID of the goal it became, once it became one. */
  readonly goal: string | null;
}

export const MIN_IMPACT = 1;
export const MAX_IMPACT = 5;
/** Used when an owner has not rated an item yet: the middle of the scale, so it neither leads nor trails. */
export const DEFAULT_IMPACT = 3;

export function isSwotQuadrant(value: unknown): value is SwotQuadrant {
  return typeof value === 'string' && (SWOT_QUADRANTS as readonly string[]).includes(value);
}

export function isTowsType(value: unknown): value is TowsType {
  return typeof value === 'string' && (TOWS_TYPES as readonly string[]).includes(value);
}
