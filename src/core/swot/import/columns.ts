/** Choosing, in a block of rows, which column holds the items, the impact and the entity. */
import { headerRole } from './classify';
import { looksLikeImpact } from './impact';
import type { HeaderRole } from './lexicon';
import type { SheetView } from './sheet';

export interface ColumnChoice {
  readonly itemCols: readonly number[];
  readonly impactCol: number | null;
  readonly entityCol: number | null;
}

/** Share of a column's filled cells that must read as impacts for it to be an impact column. */
const IMPACT_SHARE = 0.6;

/**
 * The header row of a block whose first data row is `firstRow`: the nearest filled row above it
 * (at most 3 rows up, skipping blanks) that holds no quadrant label. Null when there is none.
 */
export function findHeaderRow(view: SheetView, firstRow: number, cols: readonly number[]): number | null {
  for (let r = firstRow - 1; r >= Math.max(0, firstRow - 3); r--) {
    const filled = cols.filter((c) => !view.isEmpty(r, c));
    if (filled.length === 0) continue;
    if (filled.some((c) => view.quadrantAt(r, c) !== null)) return null;
    return filled.some((c) => view.text(r, c) !== null && headerRole(view.text(r, c) as string) !== null) ? r : null;
  }
  return null;
}

export function roleAt(view: SheetView, row: number | null, col: number): HeaderRole | null {
  if (row === null) return null;
  const text = view.text(row, col);
  return text === null ? null : headerRole(text);
}

/**
 * Picks the columns of a block. With a header row, the column headed like an item column
 * ("Description", "Item") wins, else the text column with the most text that is not headed as
 * impact, entity or another known field; one item per row, as tables go. Without a header,
 * every column holding text counts, which is how "Strengths | a | b | c" rows are written.
 */
export function chooseColumns(
  view: SheetView,
  rows: readonly number[],
  candidates: readonly number[],
  headerRow: number | null,
): ColumnChoice {
  const textCount = new Map<number, number>();
  const impactCount = new Map<number, number>();
  const filledCount = new Map<number, number>();
  for (const c of candidates) {
    let text = 0;
    let impact = 0;
    let filled = 0;
    for (const r of rows) {
      if (view.isEmpty(r, c)) continue;
      filled += 1;
      if (looksLikeImpact(view.value(r, c))) impact += 1;
      else if (view.kind(r, c)?.kind === 'text') text += 1;
    }
    textCount.set(c, text);
    impactCount.set(c, impact);
    filledCount.set(c, filled);
  }
  const byRole = (role: HeaderRole) => candidates.find((c) => roleAt(view, headerRow, c) === role) ?? null;
  const impactLike = (c: number) => {
    const filled = filledCount.get(c) ?? 0;
    return filled >= 2 && (impactCount.get(c) ?? 0) >= filled * IMPACT_SHARE;
  };
  const entityCol = byRole('entity');
  let impactCol = byRole('impact');
  const textCols = candidates.filter(
    (c) => (textCount.get(c) ?? 0) > 0 && c !== entityCol && c !== impactCol && !impactLike(c),
  );
  let itemCols: number[];
  if (headerRow !== null) {
    const named = textCols.filter((c) => roleAt(view, headerRow, c) === 'item');
    const unnamed = textCols.filter((c) => roleAt(view, headerRow, c) === null);
    const pool = named.length > 0 ? named : unnamed;
    const best = pool.reduce<number | null>(
      (b, c) => (b === null || (textCount.get(c) ?? 0) > (textCount.get(b) ?? 0) ? c : b),
      null,
    );
    itemCols = best === null ? [] : [best];
  } else {
    itemCols = textCols;
  }
  if (impactCol === null) impactCol = candidates.find((c) => !itemCols.includes(c) && impactLike(c)) ?? null;
  return { itemCols, impactCol, entityCol };
}

/** The entity of a row: the nearest filled cell at or above it in the entity column, below `topRow`. */
export function entityAt(view: SheetView, entityCol: number | null, row: number, topRow: number): string | undefined {
  if (entityCol === null) return undefined;
  for (let r = row; r > topRow; r--) {
    const k = view.kind(r, entityCol);
    if (k?.kind === 'text') return (view.text(r, entityCol) as string).replace(/\s+/g, ' ').trim();
  }
  return undefined;
}
