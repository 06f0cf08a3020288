/**
 * Layouts (b) and (c): quadrant titles that head a region of items. A title owns the cells to
 * its right on its own row and the block below it, up to the next title to the right (same row)
 * and the next title below (in its columns). One rule covers a header row of four quadrant
 * columns, a 2x2 grid with titles above or beside the items, and sections that repeat titles.
 */
import type { SwotQuadrant } from '../types';
import { classifyText, exactHeaderRoleOf, headerRole } from './classify';
import type { HeaderRole } from './lexicon';
import { isInternal, towsType } from './strategies';
import type { TowsType } from '../types';
import { entityAt } from './columns';
import { readImpact } from './categoryTable';
import { QUADRANT_LETTERS_BY_LANGUAGE } from './lexicon';
import type { RawItem, SheetView } from './sheet';

export interface Title {
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

export function findTitles(view: SheetView): Title[] {
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
  const pairings = pairingRows(view, titles);
  for (const title of titles) {
    const pairing = pairings.get(title.row);
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
    const skipCols = new Set<number>();
    if (entity) skipCols.add(entity.col);
    // Header cells beside the title ("Impact", "Notes"), or in a header row under it ("ID | Items | Points"),
    // name columns that are not items.
    const columns = readRegionHeaders(view, title, right, bottom, skipCols);
    const measures = new Map<number, 'same-row' | 'row-below'>();
    for (const c of columns.strategyCols) measures.set(c, 'same-row');
    for (const c of countermeasureColumns(view, title, right, bottom, columns.firstRow)) measures.set(c, 'row-below');
    // Right beside another quadrant's title, the same words under this one are this quadrant's item, not a merge.
    const besideOther = titles.some(
      (t) => t.row === title.row && t.col === title.col - 1 && t.quadrant !== title.quadrant,
    );
    const leftEdge = besideOther ? title.col : 0;
    for (let r = columns.firstRow; r <= bottom; r++) {
      for (let c = r === title.row ? title.col + 1 : title.col; c <= right; c++) {
        const key = view.key(r, c);
        if (skipCols.has(c) || view.consumed.has(key)) continue;
        const text = view.itemText(r, c, leftEdge);
        if (text === null) continue;
        view.consumed.add(key);
        const measure = measures.get(c);
        if (measure !== undefined) {
          const from = measure === 'same-row' ? answeredItem(view, r, c, title.col) : { row: r - 1, col: c - 1 };
          items.push({ quadrant: title.quadrant, text, row: r, col: c, strategy: { type: pairing ?? null, from } });
          continue;
        }
        const who = entity ? entityAt(view, entity.col, r, entity.headerRow) : undefined;
        const impact = readImpact(view, r, columns.impactCol, warnings);
        items.push({
          quadrant: title.quadrant,
          text,
          row: r,
          col: c,
          ...(who ? { entity: who } : {}),
          ...(impact !== null ? { impact } : {}),
          ...(pairing !== undefined ? { restated: true } : {}),
        });
      }
    }
  }
}

interface RegionHeaders {
  readonly impactCol: number | null;
  readonly strategyCols: readonly number[];
  /** The first row that may hold items: the title's own row, or the row under its header row. */
  readonly firstRow: number;
}

function headerRoles(view: SheetView, row: number, from: number, to: number): Map<number, HeaderRole> | null {
  const roles = new Map<number, HeaderRole>();
  let filled = 0;
  for (let c = from; c <= to; c++) {
    const text = view.text(row, c);
    if (text === null) {
      if (!view.isEmpty(row, c)) return null;
      continue;
    }
    if (view.continuesMerge(row, c)) continue;
    // Only whole header phrases: under a title, "Well-known brand" is an item, not a Brand column.
    const role = exactHeaderRoleOf(text);
    if (role === null) return null;
    filled += 1;
    roles.set(c, role);
  }
  return filled > 0 ? roles : null;
}

function readRegionHeaders(
  view: SheetView,
  title: Title,
  right: number,
  bottom: number,
  skipCols: Set<number>,
): RegionHeaders {
  const beside = new Map<number, HeaderRole>();
  for (let c = title.col + 1; c <= right; c++) {
    const text = view.text(title.row, c);
    const role = text === null ? null : headerRole(text);
    if (role !== null) beside.set(c, role);
  }
  let firstRow = title.row;
  let roles = beside;
  let below = title.row + 1;
  const regionCols = Array.from({ length: right - title.col + 1 }, (_, k) => title.col + k);
  while (below <= bottom && regionCols.every((c) => view.isEmpty(below, c))) below += 1;
  const underneath = below <= bottom ? headerRoles(view, below, title.col, right) : null;
  if (underneath !== null && underneath.size > 0) {
    roles = new Map([...beside, ...underneath]);
    firstRow = below + 1;
    for (const c of underneath.keys()) view.consumed.add(view.key(below, c));
  }
  let impactCol: number | null = null;
  const strategyCols: number[] = [];
  for (const [c, role] of roles) {
    if (role === 'item') continue;
    if (role === 'strategy') {
      strategyCols.push(c);
      continue;
    }
    skipCols.add(c);
    if (role === 'impact') impactCol = c;
  }
  for (const c of beside.keys()) view.consumed.add(view.key(title.row, c));
  return { impactCol, strategyCols, firstRow };
}

/** The item a same-row countermeasure answers: the nearest text to its left in the region. */
function answeredItem(
  view: SheetView,
  row: number,
  col: number,
  leftmost: number,
): { row: number; col: number } | null {
  for (let c = col - 1; c >= leftmost; c--) if (view.kind(row, c)?.kind === 'text') return { row, col: c };
  return null;
}

/** Below this many cells a column's pattern is too thin to call it a countermeasure column. */
const MIN_MEASURES = 2;

/**
 * Columns whose every text sits one row under and one column right of an item, with nothing beside that item:
 * a countermeasure written under each item, indented one column ("Loyal customers" / "  reward loyalty").
 */
function countermeasureColumns(
  view: SheetView,
  title: Title,
  right: number,
  bottom: number,
  firstRow: number,
): number[] {
  const found: number[] = [];
  for (let c = title.col + 1; c <= right; c++) {
    let measures = 0;
    let fits = true;
    for (let r = firstRow; r <= bottom && fits; r++) {
      if (view.kind(r, c)?.kind !== 'text' || r === title.row) continue;
      const itemAbove = r - 1 >= firstRow && view.kind(r - 1, c - 1)?.kind === 'text';
      fits = itemAbove && view.isEmpty(r, c - 1) && view.isEmpty(r - 1, c);
      measures += 1;
    }
    if (fits && measures >= MIN_MEASURES) found.push(c);
  }
  return found;
}

/**
 * Rows that head a pairing table ("Strengths | Threats | Action to take"): an internal and an external title
 * side by side with a strategy column. Their columns name the items a strategy pairs (restated, not new) and
 * the strategy column holds strategies of that TOWS type.
 */
function pairingRows(view: SheetView, titles: readonly Title[]): Map<number, TowsType> {
  const rows = new Map<number, TowsType>();
  for (const a of titles) {
    if (!isInternal(a.quadrant)) continue;
    const b = titles.find((t) => t.row === a.row && Math.abs(t.col - a.col) === 1 && !isInternal(t.quadrant));
    if (b === undefined) continue;
    let hasStrategy = false;
    for (let c = 0; c < view.colCount && !hasStrategy; c++) {
      const text = view.text(a.row, c);
      hasStrategy = text !== null && exactHeaderRoleOf(text) === 'strategy';
    }
    if (hasStrategy) rows.set(a.row, towsType(a.quadrant, b.quadrant));
  }
  return rows;
}
