/**
 * Strategies written beside SWOT items: "item -> measure" in one cell, a "(strategy: ...)" line under
 * an item, a countermeasure column, and TOWS matrices whose body crosses internal with external
 * quadrants. They are bound for `RudderTOWS`, never imported as items.
 */
import type { SwotQuadrant, TowsType } from '../types';
import { foldWords } from './classify';
import { HEADER_WORDS, QUADRANT_LETTERS, STRATEGY_LABELS } from './lexicon';
import type { RawItem, SheetView } from './sheet';

const ARROW = /\s+(?:->|-->|→|=>|⇒|➔|➜)\s+/u;
const LABELS: ReadonlySet<string> = new Set(STRATEGY_LABELS);

export interface CountermeasureSplit {
  /** The item's words, or null when the text is a countermeasure alone ("(strategy: ...)"). */
  readonly item: string | null;
  readonly strategy: string | null;
}

/** "Strategy: ...", "(Acción: ...)": the text after a strategy label, or null when the text does not open with one. */
function labelled(text: string): string | null {
  const m = /^\(?\s*([^:()]{1,30}):\s*(.+?)\s*\)?$/su.exec(text.trim());
  if (!m) return null;
  const words = foldWords(m[1]);
  return words.length > 0 && words.length <= 3 && words.some((w) => LABELS.has(w)) ? m[2].trim() : null;
}

/**
 * Splits a piece of cell text into the item and the countermeasure written with it: "Old ovens -> replace
 * one a year", "Old ovens (strategy: replace one a year)", or "(strategy: replace one a year)" alone.
 */
export function splitCountermeasure(text: string): CountermeasureSplit {
  const alone = labelled(text);
  if (alone !== null) return { item: null, strategy: alone };
  const arrow = ARROW.exec(text);
  if (arrow && arrow.index > 0) {
    const item = text.slice(0, arrow.index).trim();
    const strategy = text.slice(arrow.index + arrow[0].length).trim();
    if (item !== '' && strategy !== '') return { item, strategy };
  }
  const inline = /^(.*\S)\s*(\([^()]{1,40}:[^()]+\))$/su.exec(text);
  if (inline) {
    const strategy = labelled(inline[2]);
    if (strategy !== null) return { item: inline[1], strategy };
  }
  return { item: text, strategy: null };
}

const INTERNAL: readonly SwotQuadrant[] = ['strength', 'weakness'];

export function isInternal(quadrant: SwotQuadrant): boolean {
  return INTERNAL.includes(quadrant);
}

/** The TOWS pairing of an internal and an external quadrant (strength with threat is ST). */
export function towsType(internal: SwotQuadrant, external: SwotQuadrant): TowsType {
  return `${internal === 'strength' ? 'S' : 'W'}${external === 'opportunity' ? 'O' : 'T'}` as TowsType;
}

const STRATEGY_NAME_WORDS: ReadonlySet<string> = new Set([
  ...STRATEGY_LABELS,
  ...HEADER_WORDS.strategy,
  'tows',
  'swot',
  'foda',
  'dafo',
  'fofa',
]);

/**
 * The TOWS pairing a sheet is named after ("SO", "W-T", "Estrategias FO", "ST strategies"), or null. A pairing
 * code must be the whole name or stand beside a strategy word, so a "TO DO" list is not read as one.
 */
export function sheetPairing(name: string): TowsType | null {
  const tokens = name.trim().split(/[\s_]+/u);
  const words = foldWords(name);
  for (const token of tokens) {
    const m = /^([A-Z])\s?[-/]?\s?([A-Z])$/u.exec(token);
    if (!m) continue;
    const internal = QUADRANT_LETTERS[m[1].toLowerCase()];
    const external = QUADRANT_LETTERS[m[2].toLowerCase()];
    if (internal === undefined || external === undefined || !isInternal(internal) || isInternal(external)) continue;
    const named = tokens.length === 1 || words.some((w) => STRATEGY_NAME_WORDS.has(w));
    if (named) return towsType(internal, external);
  }
  return null;
}

/** A sheet per TOWS pairing: every text on it is a strategy of that pairing. */
export function readPairingSheet(view: SheetView, type: TowsType, items: RawItem[]): void {
  const [internal] = type === 'SO' || type === 'ST' ? (['strength'] as const) : (['weakness'] as const);
  for (let r = 0; r < view.rowCount; r++)
    for (let c = 0; c < view.colCount; c++) {
      if (view.kind(r, c)?.kind === 'header') continue;
      const text = view.itemText(r, c);
      if (text !== null) items.push({ quadrant: internal, text, row: r, col: c, strategy: { type, from: null } });
    }
}
