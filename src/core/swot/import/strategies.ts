/**
 * Strategies written beside SWOT items: "item -> measure" in one cell, a "(strategy: ...)" line under
 * an item, a countermeasure column, and TOWS matrices whose body crosses internal with external
 * quadrants. They are bound for `RudderTOWS`, never imported as items.
 */
import type { SwotQuadrant, TowsType } from '../types';
import { foldWords } from './classify';
import { STRATEGY_LABELS } from './lexicon';

const ARROW = /\s+(?:->|-->|→|=>|⇒|➔|➜)\s+/u;
const LABELS = new Set(STRATEGY_LABELS);

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
