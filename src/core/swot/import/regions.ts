/**
 * Layouts (b) and (c): quadrant titles that head a region of items. A title owns the cells to
 * its right on its own row and the block below it, up to the next title to the right (same row)
 * and the next title below (in its columns). One rule covers a header row of four quadrant
 * columns, a 2x2 grid with titles above or beside the items, and sections that repeat titles.
 */
import type { SwotQuadrant } from '../types';
import { classifyText, headerRole } from './classify';
import { entityAt } from './columns';
import { readImpact } from './categoryTable';
import { QUADRANT_LETTERS_BY_LANGUAGE } from './lexicon';
import type { RawItem, SheetView } from './sheet';

interface Title {
  readonly row: number;
  readonly col: number;
  readonly quadrant: SwotQuadrant;
  readonly weak: boolean;
  readonly letter?: string;
  /** Items written in the title cell itself ("Strengths:\n• a\n• b"). */
  readonly inline: string | null;
}

/** Weak titles (single letters) count only when they spell out most of a SWOT. */
const MIN_WEAK_QUADRANTS = 3;
/** A row with this many quadrant titles is a header row, and a short text cell left of them heads the entity column. */
const HEADER_ROW_TITLES = 3;

/** "Strengths:\n• a" or "Threats: rising rents": a title with its items in the same cell. */
function inlineTitle(text: string): { quadrant: SwotQuadrant; rest: string } | null {
  const m = /^([^\n:]{1,40})(?::|\s*\n)([\s\S]+)$/u.exec(text.trim());
  if (!m) return null;
  const head = classifyText(m[1]);
  if (head.kind !== 'quadrant' || head.weak || m[2].trim() === '') return null;
  return { quadrant: head.quadrant, rest: m[2] };
}

function findTitles(view: SheetView): Title[] {
  const titles: Title[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    for (let c = 0; c < view.colCount; c++) {
      if (view.consumed.has(view.key(r, c))) continue;
      const q = view.quadrantAt(r, c);
      if (q) {
        titles.push({ row: r, col: c, ...q, inline: null });
        continue;
      }
      const text = view.text(r, c);
      const inline = text !== null && view.kind(r, c)?.kind === 'text' ? inlineTitle(text) : null;
      if (inline) titles.push({ row: r, col: c, quadrant: inline.quadrant, weak: false, inline: inline.rest });
    }
  }
  return trustedTitles(titles);
}

/**
 * Titles in words, plus the single letters that spell most of a SWOT in one language's acronym (S, W, O, T;
 * F, O, D, A): letters read across languages would make grades A, B, C, D a SWOT.
 */
export function trustedTitles<
  T extends { readonly weak: boolean; readonly letter?: string; readonly quadrant: SwotQuadrant },
>(titles: readonly T[]): T[] {
  const strong = titles.filter((t) => !t.weak);
  let best: T[] = [];
  for (const letters of Object.values(QUADRANT_LETTERS_BY_LANGUAGE)) {
    const read = titles.filter((t) => t.weak && t.letter !== undefined && letters[t.letter] !== undefined);
    const distinct = new Set([...strong, ...read].map((t) => t.quadrant));
    if (distinct.size >= MIN_WEAK_QUADRANTS && read.length > best.length) best = read;
  }
  return titles.filter((t) => !t.weak || best.includes(t));
}

interface EntitySource {
  readonly col: number;
  readonly headerRow: number;
}

/** The entity column of a title's region: named in its row ("Company"), or inherited from the title above it. */
function entitySource(
  view: SheetView,
  title: Title,
  titles: readonly Title[],
  memo: Map<Title, EntitySource | null>,
): EntitySource | null {
  const cached = memo.get(title);
  if (cached !== undefined) return cached;
  let found: EntitySource | null = null;
  const rowTitles = titles.filter((t) => t.row === title.row);
  const firstCol = Math.min(...rowTitles.map((t) => t.col));
  for (let c = firstCol - 1; c >= 0 && found === null; c--) {
    const text = view.text(title.row, c);
    if (text === null) continue;
    const kind = view.kind(title.row, c)?.kind;
    const named = headerRole(text) === 'entity';
    const shortLabel =
      rowTitles.length >= HEADER_ROW_TITLES && kind !== 'axis' && kind !== 'title' && text.length <= 30;
    if (named || shortLabel) found = { col: c, headerRow: title.row };
    break;
  }
  if (found === null) {
    const above = titles.filter((t) => t.col === title.col && t.row < title.row).pop();
    if (above) found = entitySource(view, above, titles, memo);
  }
  memo.set(title, found);
  return found;
}

export function readTitleRegions(view: SheetView, items: RawItem[], warnings: string[]): void {
  const titles = findTitles(view);
  const memo = new Map<Title, EntitySource | null>();
  const lastCol = view.colCount - 1;
  for (const title of titles) view.consumed.add(view.key(title.row, title.col));
  for (const title of titles) {
    if (title.inline !== null) {
      items.push({ quadrant: title.quadrant, text: title.inline, row: title.row, col: title.col });
    }
    const nextRight = titles.filter((t) => t.row === title.row && t.col > title.col).map((t) => t.col);
    const right = nextRight.length > 0 ? Math.min(...nextRight) - 1 : lastCol;
    let bottom = view.rowCount - 1;
    for (const t of titles)
      if (t.row > title.row && t.col >= title.col && t.col <= right) bottom = Math.min(bottom, t.row - 1);
    // A new section title ("SWOT Analysis: Intel") inside the region's columns ends it too.
    for (let r = title.row + 1; r <= bottom; r++) {
      for (let c = title.col; c <= right; c++) if (view.kind(r, c)?.kind === 'title') bottom = Math.min(bottom, r - 1);
    }
    const entity = entitySource(view, title, titles, memo);
    let impactCol: number | null = null;
    const skipCols = new Set<number>();
    if (entity) skipCols.add(entity.col);
    // Header cells beside the title ("Impact", "Notes") name columns that are not items.
    for (let c = title.col + 1; c <= right; c++) {
      const text = view.text(title.row, c);
      const role = text === null ? null : headerRole(text);
      if (role === null) continue;
      skipCols.add(c);
      if (role === 'impact') impactCol = c;
      view.consumed.add(view.key(title.row, c));
    }
    for (let r = title.row; r <= bottom; r++) {
      for (let c = r === title.row ? title.col + 1 : title.col; c <= right; c++) {
        const key = view.key(r, c);
        if (skipCols.has(c) || view.consumed.has(key)) continue;
        const text = view.itemText(r, c);
        if (text === null) continue;
        view.consumed.add(key);
        const who = entity ? entityAt(view, entity.col, r, entity.headerRow) : undefined;
        const impact = readImpact(view, r, impactCol, warnings);
        items.push({
          quadrant: title.quadrant,
          text,
          row: r,
          col: c,
          ...(who ? { entity: who } : {}),
          ...(impact !== null ? { impact } : {}),
        });
      }
    }
  }
}
