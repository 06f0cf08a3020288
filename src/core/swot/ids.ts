/** Stable IDs for SWOT items (`S-1`) and TOWS strategies (`SO-1`). */
import { QUADRANT_PREFIX, type SwotQuadrant, type TowsType } from './types';

function highestNumber(ids: readonly string[], prefix: string): number {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
  let max = 0;
  for (const id of ids) {
    const m = pattern.exec(id.trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/**
 * The next free ID in a quadrant: one past the highest number in use, never the lowest gap,
 * so a deleted `S-2` is not handed to a new item while links to it may still exist elsewhere.
 * `floor` lets a caller that remembers the highest number ever given (the wizard state) go past
 * numbers that are no longer in the list.
 */
export function nextItemId(items: readonly { readonly id: string }[], quadrant: SwotQuadrant, floor = 0): string {
  const prefix = QUADRANT_PREFIX[quadrant];
  const n = Math.max(
    highestNumber(
      items.map((i) => i.id),
      prefix,
    ),
    Math.max(0, Math.floor(floor)),
  );
  return `${prefix}-${n + 1}`;
}

/** The next free TOWS ID of a type, by the same rule as `nextItemId`. */
export function nextStrategyId(strategies: readonly { readonly id: string }[], type: TowsType, floor = 0): string {
  const n = Math.max(
    highestNumber(
      strategies.map((s) => s.id),
      type,
    ),
    Math.max(0, Math.floor(floor)),
  );
  return `${type}-${n + 1}`;
}

/** The number part of an ID such as `S-12` (12), or 0 when it has none. */
export function idNumber(id: string): number {
  const m = /-(\d+)$/.exec(id.trim());
  return m ? Number(m[1]) : 0;
}
