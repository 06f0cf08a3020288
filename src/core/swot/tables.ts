/** The plain rows Rudder writes for a SWOT: `RudderSWOT`, `RudderTOWS` and a printable 2x2 grid. */
import type { SwotWizardState } from './state';
import { QUADRANT_LABEL, QUADRANT_TITLE, SWOT_QUADRANTS, type SwotItem, type SwotQuadrant } from './types';

export type TableCell = string | number;

export interface TableBlock {
  /** The Excel table name Rudder finds its data by (DESIGN §2). */
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

export interface SwotTables {
  readonly swot: TableBlock;
  readonly tows: TableBlock;
  /**
   * A 2-column block read top to bottom: Strengths | Weaknesses titles, their bullets, a blank
   * row, Opportunities | Threats titles, their bullets. Blank cells are empty strings.
   */
  readonly grid: readonly (readonly string[])[];
}

export const SWOT_TABLE_HEADERS = ['ID', 'Quadrant', 'Item', 'Impact', 'Evidence', 'Goals'] as const;
export const TOWS_TABLE_HEADERS = ['ID', 'Type', 'Strategy', 'From', 'Goal'] as const;

/** Items in quadrant order, then as the owner listed them, so IDs read S-1, S-2 … W-1 … */
function ordered(items: readonly SwotItem[]): SwotItem[] {
  return SWOT_QUADRANTS.flatMap((q) => items.filter((i) => i.quadrant === q));
}

/** A grid bullet. It starts with "•", so even an item typed as "=…" can never be read as a formula. */
function bullet(item: SwotItem): string {
  return `• ${item.text} (impact ${item.impact})`;
}

/** Biggest impact first, so a printed grid leads with what matters; equal impacts keep list order. */
function byImpact(items: readonly SwotItem[], quadrant: SwotQuadrant): SwotItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .filter((x) => x.item.quadrant === quadrant)
    .sort((a, b) => b.item.impact - a.item.impact || a.index - b.index)
    .map((x) => x.item);
}

function gridPair(items: readonly SwotItem[], left: SwotQuadrant, right: SwotQuadrant): string[][] {
  const a = byImpact(items, left).map(bullet);
  const b = byImpact(items, right).map(bullet);
  const rows: string[][] = [[QUADRANT_TITLE[left], QUADRANT_TITLE[right]]];
  for (let i = 0; i < Math.max(a.length, b.length); i++) rows.push([a[i] ?? '', b[i] ?? '']);
  return rows;
}

/**
 * Rows for the SWOT tables, as plain values. Item text is passed through untouched: the
 * adapters write strings as text, and nothing here builds a formula from what a user typed.
 */
export function buildSwotTables(state: Pick<SwotWizardState, 'items' | 'strategies'>): SwotTables {
  const swotRows = ordered(state.items).map((i) => [
    i.id,
    QUADRANT_LABEL[i.quadrant],
    i.text,
    i.impact,
    i.evidence,
    i.goals.join(', '),
  ]);
  const towsRows = state.strategies.map((s) => [s.id, s.type, s.text, s.from.join(', '), s.goal ?? '']);
  const grid = [
    ...gridPair(state.items, 'strength', 'weakness'),
    ['', ''],
    ...gridPair(state.items, 'opportunity', 'threat'),
  ];
  return {
    swot: { name: 'RudderSWOT', headers: [...SWOT_TABLE_HEADERS], rows: swotRows },
    tows: { name: 'RudderTOWS', headers: [...TOWS_TABLE_HEADERS], rows: towsRows },
    grid,
  };
}
