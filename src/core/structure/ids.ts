/**
 * Rudder IDs (`G-001`, `K-001`) and the keys that recognise a source row on the next run.
 * A number once given is never given again: the highest one is remembered in the mapping.
 */
import { normText } from '../model/text';

/** `G-007` (three digits, as goals and KPIs have them), or `V-2` with `digits` 1 (the strategy, as DESIGN §2 writes it). */
export function formatId(prefix: string, n: number, digits = 3): string {
  return `${prefix}-${String(n).padStart(digits, '0')}`;
}

/** The number of a Rudder-style ID with this prefix ("G-007", "g7", "G 007" → 7), else `null`. */
export function idNumber(id: string, prefix: string): number | null {
  const m = new RegExp(`^${prefix}[\\s\\-–—_.]*(\\d{1,6})$`, 'i').exec(id.trim());
  return m ? Number(m[1]) : null;
}

export function idKey(id: string): string {
  return id.replace(/\s+/g, '').toUpperCase();
}

/**
 * How a source row is recognised next time: by its own ID when the sheet has one, else by its
 * goal or KPI text (with a count for repeats), else by its position.
 */
export function sourceRowKey(
  sheet: string,
  id: string | null,
  text: string | null,
  seen: Map<string, number>,
  row: number,
): string {
  const where = sheet.toLowerCase();
  if (id !== null) return `${where}!id:${idKey(id)}`;
  if (text !== null && normText(text) !== '') {
    const base = `${where}!text:${normText(text)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }
  return `${where}!row:${row}`;
}

const ID_SEPARATORS = '[\\s\\-–—_.]*';

/**
 * The highest number each prefix carries anywhere in `cells` ("K-007 measures G-012", "g-1",
 * "G 001", "G-0001"): a new ID must not equal an ID the workbook already names, even in a link
 * that points nowhere yet, or that link would silently start pointing at the new row.
 */
export function highestReferencedNumbers(
  cells: Iterable<unknown>,
  prefixes: readonly string[],
): Readonly<Record<string, number>> {
  const highest: Record<string, number> = {};
  const byLength = [...prefixes].sort((a, b) => b.length - a.length);
  const patterns = byLength.map(
    (p) => [p, new RegExp(`(?<![\\p{L}\\p{N}])${p}${ID_SEPARATORS}(\\d{1,6})(?![\\p{L}\\p{N}])`, 'giu')] as const,
  );
  for (const cell of cells) {
    if (typeof cell !== 'string' || cell.length === 0) continue;
    for (const [prefix, pattern] of patterns) {
      for (const m of cell.matchAll(pattern)) highest[prefix] = Math.max(highest[prefix] ?? 0, Number(m[1]));
    }
  }
  return highest;
}
