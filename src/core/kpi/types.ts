/** Public types of the KPI status engine (DESIGN §3). */

/**
 * How a KPI is judged. `maintainAbove`/`maintainBelow` hold a line for the whole period
 * (no ramp from a baseline); `higher`/`lower` travel from a baseline to a target.
 */
export type Direction = 'higher' | 'lower' | 'range' | 'maintainAbove' | 'maintainBelow';

export type KpiStatus = 'Achieved' | 'On track' | 'At risk' | 'Off track' | 'Missed' | 'Not started' | 'No data';

/** Best first, as a legend or a validation list shows them. */
export const KPI_STATUSES: readonly KpiStatus[] = [
  'Achieved',
  'On track',
  'At risk',
  'Off track',
  'Missed',
  'Not started',
  'No data',
];

/** The result of reading user input: a value, or a reason in plain words that names what is accepted. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export type KpiTarget =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'range'; readonly low: number; readonly high: number };

/** Health (actual progress / expected progress) at or above `onTrack` is On track, at or above `atRisk` At risk. */
export interface Thresholds {
  readonly onTrack: number;
  readonly atRisk: number;
}

export interface KpiInput {
  readonly actual: number | null;
  readonly target: KpiTarget;
  readonly direction: Direction;
  readonly baseline?: number | null;
  /** Excel serial dates (1900 system); the core never reads the clock. */
  readonly start?: number | null;
  readonly due?: number | null;
  readonly asOf?: number | null;
  /** @default DEFAULT_THRESHOLDS */
  readonly thresholds?: Thresholds;
  /** Width of the At risk band as a share of the baseline-target span (or of |target|). @default 0.1 */
  readonly tolerance?: number;
}

export interface KpiResult {
  readonly status: KpiStatus;
  /** Share of the way from baseline to target, not capped; null where undefined. */
  readonly progress: number | null;
  /** Progress expected at asOf (0..1) when start, due and asOf are all given; else null. */
  readonly expected: number | null;
  /** progress / expected when both exist and expected > 0 (journey directions only); else null. */
  readonly health: number | null;
}
