/** TOWS: pairing internal items (strengths, weaknesses) with external ones (opportunities, threats). */
import { TOWS_PROMPTS } from './messages';
import { TOWS_QUADRANTS, TOWS_TYPES, type SwotItem, type TowsType } from './types';

export interface TowsPairing {
  readonly type: TowsType;
  /** 1 for the strongest pairing of its type. */
  readonly rank: number;
  /** Impact of the internal item times impact of the external one: 1 to 25. */
  readonly score: number;
  /** `[internal item ID, external item ID]`, e.g. `['S-1', 'O-2']`. */
  readonly from: readonly [string, string];
  /** A plain-words question that helps the owner write the strategy. */
  readonly prompt: string;
}

export interface PairingOptions {
  /** How many pairings to propose per type. @default 3 */
  readonly perType?: number;
}

/** Item text inside a prompt: quoted, short enough to read in one glance. */
function quoteItem(item: SwotItem): string {
  const text = item.text.length > 80 ? `${item.text.slice(0, 79).trimEnd()}…` : item.text;
  return `"${text}"`;
}

/**
 * The strongest pairings of each type, SO, ST, WO then WT.
 *
 * Score: impact(internal) × impact(external), so a pairing is strong only when both sides
 * matter; an unrated item counts as impact 3. Ties keep list order: the earlier internal item
 * first, then the earlier external item, so the same list always gives the same proposals.
 * A type whose internal or external quadrant is empty gets no pairings (no error).
 */
export function proposeTowsPairings(items: readonly SwotItem[], options: PairingOptions = {}): TowsPairing[] {
  const perType = Math.max(0, Math.floor(options.perType ?? 3));
  const out: TowsPairing[] = [];
  for (const type of TOWS_TYPES) {
    const [inQ, exQ] = TOWS_QUADRANTS[type];
    const internal = items.filter((i) => i.quadrant === inQ);
    const external = items.filter((i) => i.quadrant === exQ);
    const candidates: { a: SwotItem; b: SwotItem; score: number; order: number }[] = [];
    internal.forEach((a, ia) =>
      external.forEach((b, ib) =>
        candidates.push({ a, b, score: impactOf(a) * impactOf(b), order: ia * external.length + ib }),
      ),
    );
    candidates.sort((x, y) => y.score - x.score || x.order - y.order);
    candidates.slice(0, perType).forEach((c, index) =>
      out.push({
        type,
        rank: index + 1,
        score: c.score,
        from: [c.a.id, c.b.id],
        prompt: TOWS_PROMPTS[type](quoteItem(c.a), quoteItem(c.b)),
      }),
    );
  }
  return out;
}

function impactOf(item: SwotItem): number {
  return Number.isFinite(item.impact) ? Math.min(5, Math.max(1, item.impact)) : 3;
}
