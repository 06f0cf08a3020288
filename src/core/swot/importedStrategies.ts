/**
 * Strategies found beside imported SWOT items (a countermeasure under an item, "item -> measure", a TOWS
 * matrix's cross-strategies) turned into TOWS strategies of the wizard, linked to the items they answer.
 */
import { nextStrategyId } from './ids';
import type { ImportedSwotStrategy } from './import';
import { textKey } from './text';
import {
  TOWS_QUADRANTS,
  TOWS_TYPES,
  type SwotItem,
  type SwotQuadrant,
  type TowsStrategy,
  type TowsType,
} from './types';

/**
 * The pairing a strategy that answers items of these quadrants belongs to. A countermeasure answering one item
 * pairs it the way TOWS reads it alone: a strength or an opportunity is used (SO), a weakness is overcome by
 * taking a chance (WO), a threat is met with a strength (ST).
 */
const SINGLE_ITEM_TYPE: Readonly<Record<SwotQuadrant, TowsType>> = {
  strength: 'SO',
  weakness: 'WO',
  opportunity: 'SO',
  threat: 'ST',
};

function typeOf(quadrants: readonly SwotQuadrant[]): TowsType | null {
  const distinct = [...new Set(quadrants)];
  if (distinct.length === 1) return SINGLE_ITEM_TYPE[distinct[0]];
  return TOWS_TYPES.find((t) => distinct.length === 2 && distinct.every((q) => TOWS_QUADRANTS[t].includes(q))) ?? null;
}

export interface ImportedStrategiesOutcome {
  readonly strategies: readonly TowsStrategy[];
  readonly added: number;
  /** Strategies already there (same pairing type, same words), or with no pairing to give them. */
  readonly skipped: number;
}

/**
 * Adds imported strategies after `existing`. `itemIdOf` gives the wizard's ID of the item imported from a
 * `Sheet!A1` cell. A strategy already present (same type and words) is not added twice.
 */
export function addImportedStrategies(
  existing: readonly TowsStrategy[],
  imported: readonly ImportedSwotStrategy[],
  itemIdOf: (cell: string) => SwotItem | undefined,
): ImportedStrategiesOutcome {
  const strategies = [...existing];
  const seen = new Set(existing.map((s) => `${s.type}:${textKey(s.text)}`));
  let added = 0;
  let skipped = 0;
  for (const found of imported) {
    const items = found.from.map(itemIdOf).filter((i): i is SwotItem => i !== undefined);
    const type = found.type ?? typeOf(items.map((i) => i.quadrant));
    const key = `${type}:${textKey(found.text)}`;
    if (type === null || textKey(found.text) === '' || seen.has(key)) {
      skipped++;
      continue;
    }
    seen.add(key);
    strategies.push({
      id: nextStrategyId(strategies, type),
      type,
      text: found.text,
      from: items.map((i) => i.id),
      goal: null,
    });
    added++;
  }
  return { strategies, added, skipped };
}
