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
