/**
 * Turning what the layout readers found into items and strategies: list cells split, impact tags read,
 * countermeasures set apart, repeats and copies dropped with a plain note.
 */
import { SWOT_MESSAGES } from '../messages';
import { cleanText, textKey } from '../text';
import { QUADRANT_LABEL } from '../types';
import { splitBullets } from './bullets';
import type { ImportedSwotItem, ImportedSwotStrategy, SwotImportResult } from './importSwot';
import { readImpactTag } from './impactTag';
import type { RawItem, SheetView } from './sheet';
import { splitCountermeasure } from './strategies';

/** A template's guiding question ("What do you do well?"): a prompt, not an item. */
const QUESTION = /\?\s*$/u;

/**
 * The number or ID written just left of an item ("1", "S-2"): entries numbered apart are distinct rows even
 * when their words repeat (a template's placeholder rows); a list pasted twice repeats its numbers too.
 */
function entryNumber(view: SheetView, row: number, col: number): string {
  if (col === 0) return '';
  const left = view.value(row, col - 1);
  if (typeof left === 'number') return String(left);
  return typeof left === 'string' && view.kind(row, col - 1)?.kind === 'code' ? left.trim() : '';
}

export class ImportCollector {
  readonly warnings: string[] = [];
  private readonly items: ImportedSwotItem[] = [];
  private readonly restated: ImportedSwotItem[] = [];
  private readonly strategies: ImportedSwotStrategy[] = [];
  /** First place each item was seen, by quadrant, entity and words: the same words twice in a quadrant are one item. */
  private readonly seen = new Map<string, { readonly where: string; readonly item: ImportedSwotItem }>();
  /** First place each entity's words were seen in any quadrant. */
  private readonly byWords = new Map<string, { readonly where: string; readonly item: ImportedSwotItem }>();
  /** The last item read in each sheet column, which a "(strategy: ...)" line below it answers. */
  private readonly lastInColumn = new Map<string, string>();
  private readonly seenStrategies = new Set<string>();
  /** The last cell read in each sheet column, with the index its item got, for text wrapped into the next cell. */
  private readonly lastRaw = new Map<string, { readonly row: number; readonly text: string; readonly index: number }>();

  add(sheet: string, cell: string, raw: RawItem, view: SheetView): void {
    if (this.continues(sheet, raw)) return;
    const pieces = splitBullets(raw.text);
    // A heading with its guiding question ("OFFENSIVE STRATEGIES\nHow can we use a strength...?") is a prompt.
    if (pieces.some((p) => QUESTION.test(p))) return;
    const where = `${sheet}!${cell}`;
    const columnKey = `${sheet}\u0000${raw.col}`;
    for (const piece of pieces) {
      if (raw.strategy) {
        const from = raw.strategy.from
          ? [`${sheet}!${view.address(raw.strategy.from.row, raw.strategy.from.col)}`]
          : [];
        this.addStrategy(cleanText(piece), sheet, cell, raw.strategy.type, from);
        continue;
      }
      const split = splitCountermeasure(cleanText(piece));
      if (split.item === null) {
        const answered = this.lastInColumn.get(columnKey);
        if (split.strategy !== null) this.addStrategy(split.strategy, sheet, cell, null, answered ? [answered] : []);
        continue;
      }
      // "Rent rises (impact: high)", or Rudder's own printed grid's "• Item (impact 4)": the tag is the impact, not text.
      const tagged = readImpactTag(split.item);
      const text = tagged ? tagged.text : split.item;
      const impact = tagged?.impact ?? raw.impact;
      if (text === '' || QUESTION.test(text)) continue;
      const item: ImportedSwotItem = {
        quadrant: raw.quadrant,
        text,
        sheet,
        cell,
        ...(raw.entity !== undefined ? { entity: raw.entity } : {}),
        ...(impact !== undefined ? { impact } : {}),
      };
      if (split.strategy !== null) this.addStrategy(split.strategy, sheet, cell, null, [where]);
      this.lastInColumn.set(columnKey, where);
      if (raw.restated) {
        this.restated.push(item);
        continue;
      }
      this.keep(item, where, entryNumber(view, raw.row, raw.col));
    }
  }

  /**
   * Keeps an item once per quadrant. The same words in another quadrant are kept there too, with a note: a
   * location can be a strength and a threat, and the owner decides (the wizard warns the same way).
   */
  /**
   * Joins "specifically." to the item in the row above when that item ends with a comma and this text starts in
   * lower case: one item wrapped by hand across two cells.
   */
  private continues(sheet: string, raw: RawItem): boolean {
    const above = this.lastRaw.get(`${sheet}\u0000${raw.col}`);
    this.lastRaw.set(`${sheet}\u0000${raw.col}`, { row: raw.row, text: raw.text, index: this.items.length });
    if (raw.strategy || above === undefined || above.row !== raw.row - 1) return false;
    if (!/,\s*$/u.test(above.text) || !/^\s*\p{Ll}/u.test(raw.text)) return false;
    const item = this.items[above.index];
    if (item === undefined || item.sheet !== sheet) return false;
    const text = `${above.text.trim()} ${cleanText(raw.text)}`;
    this.items[above.index] = { ...item, text };
    this.lastRaw.set(`${sheet}\u0000${raw.col}`, { row: raw.row, text, index: above.index });
    return true;
  }

  private keep(item: ImportedSwotItem, where: string, entry = ''): void {
    const words = `${item.entity ?? ''}\u0000${textKey(item.text)}`;
    const key = `${item.quadrant}\u0000${words}\u0000${entry}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.warnings.push(SWOT_MESSAGES.importDuplicate(item.sheet, item.cell, first.where));
      return;
    }
    const elsewhere = this.byWords.get(words);
    if (elsewhere !== undefined)
      this.warnings.push(
        SWOT_MESSAGES.importOtherQuadrant(
          item.sheet,
          item.cell,
          QUADRANT_LABEL[item.quadrant].toLowerCase(),
          elsewhere.where,
          QUADRANT_LABEL[elsewhere.item.quadrant].toLowerCase(),
        ),
      );
    else this.byWords.set(words, { where, item });
    this.seen.set(key, { where, item });
    this.items.push(item);
  }

  private addStrategy(
    text: string,
    sheet: string,
    cell: string,
    type: ImportedSwotStrategy['type'],
    from: readonly string[],
  ): void {
    const key = `${type ?? ''}\u0000${textKey(text)}`;
    if (text === '' || this.seenStrategies.has(key)) return;
    this.seenStrategies.add(key);
    this.strategies.push({ text, sheet, cell, type, from });
  }

  result(workbook: string): SwotImportResult {
    // A TOWS matrix repeats the SWOT along its edges: those lists count only when no other sheet holds the items.
    if (this.items.length === 0) for (const item of this.restated) this.keep(item, `${item.sheet}!${item.cell}`);
    if (this.items.length === 0) this.warnings.push(SWOT_MESSAGES.importNoItems(workbook));
    return { items: this.items, strategies: this.strategies, warnings: this.warnings };
  }
}
