/** Reading an impact cell: numbers 1-5 (a 1-10 scale is halved) or words such as High, Medium, Low. */
import type { CellValue } from '../../grid/types';
import { foldWords } from './classify';
import { IMPACT_WORDS } from './lexicon';

const WORD_SCORES: ReadonlyMap<string, number> = new Map(
  Object.entries(IMPACT_WORDS).flatMap(([score, words]) => words.map((w) => [w, Number(score)] as [string, number])),
);

/** The impact 1-5 of a cell, or null when it holds no impact (blank) or one that cannot be read. */
export function readImpactCell(value: CellValue): number | null {
  if (typeof value === 'number') return impactFromNumber(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const asNumber = Number(trimmed.replace(',', '.'));
  if (Number.isFinite(asNumber)) return impactFromNumber(asNumber);
  return WORD_SCORES.get(foldWords(trimmed).join(' ')) ?? null;
}

function impactFromNumber(n: number): number | null {
  if (!Number.isFinite(n) || n < 0) return null;
  if (n <= 5) return Math.max(1, Math.round(n));
  if (n <= 10) return Math.max(1, Math.round(n / 2));
  return null;
}

/** True when the value reads as an impact (used to tell an impact column from an item column). */
export function looksLikeImpact(value: CellValue): boolean {
  return readImpactCell(value) !== null;
}
