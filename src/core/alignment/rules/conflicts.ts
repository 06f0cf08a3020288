/**
 * conflicting-targets: two KPIs on the same measure (same name once normalised, or the same unit and close
 * wording) that pull in opposite directions or whose targets cannot both be met.
 */
import { atField, type StrategyModel } from '../../model';
import { finding, idOf } from '../describe';
import { kpiReadings, type KpiReading } from '../engines';
import { fill, MSG, RULE_TEXT } from '../messages';
import type { Finding, Rule, RuleContext } from '../types';
import { kpiSense } from './kpi';
import { kpiUnitKeys, planWording } from '../words';

/** Two of three words shared is close ("Waste %" and "Waste % of stock"); one of two is not. */
export const CLOSE_WORDING = 0.66;

/** Share of words two names have in common (Jaccard): shared words ÷ words in either. */
function similarity(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (const w of a) if (b.includes(w)) shared++;
  return shared / (a.length + b.length - shared);
}

/** How many of its first words (rarest first) a name of `size` words must share with any name close to it. */
const prefixLength = (size: number): number => size - Math.ceil(CLOSE_WORDING * size) + 1;

/** A name, as the close-wording search knows it: its first KPI and its words, rarest first. */
interface Name {
  readonly kpi: number;
  readonly words: readonly string[];
}

/**
 * Pairs of names (all in one unit) whose wording is close. Comparing every pair would take too long on a
 * large table, so each name is compared only with names that can reach CLOSE_WORDING:
 * - two close names share one of their first few words when words are put rarest first (`prefixLength`);
 * - if they first meet at word `i` of one (of `size` words) and word `j` of the other (of `otherSize`),
 *   nothing before is shared, so at most 1 + the shorter remainder can be: pairs that cannot reach
 *   CLOSE_WORDING that way are never looked at.
 * Names are filed under each of their first words, then by name length and place of the word, so those pairs
 * are skipped a whole shelf at a time.
 */
function closeNames(names: readonly Name[], pairs: [number, number][]): void {
  // word → names of each length → names with the word at each place
  const filed = new Map<string, Name[][][]>();
  for (const name of names) {
    const size = name.words.length;
    const prefix = prefixLength(size);
    // The shorter of two close names has at least CLOSE_WORDING of the longer one's words (one length more
    // either side guards against rounding).
    const shortest = Math.max(1, Math.floor(CLOSE_WORDING * size));
    const longest = Math.ceil(size / CLOSE_WORDING);
    for (let i = 0; i < prefix; i++) {
      const bySize = filed.get(name.words[i]);
      if (!bySize) continue;
      for (let otherSize = shortest; otherSize <= Math.min(longest, bySize.length - 1); otherSize++) {
        const byPlace = bySize[otherSize] ?? [];
        for (let j = 0; j < byPlace.length; j++) {
          const most = 1 + Math.min(size - i - 1, otherSize - j - 1);
          if (most / (size + otherSize - most) < CLOSE_WORDING) continue;
          for (const other of byPlace[j] ?? [])
            if (similarity(name.words, other.words) >= CLOSE_WORDING) pairs.push([other.kpi, name.kpi]);
        }
      }
    }
    for (let i = 0; i < prefix; i++) {
      let bySize = filed.get(name.words[i]);
      if (!bySize) filed.set(name.words[i], (bySize = []));
      const byPlace = (bySize[size] ??= []);
      (byPlace[i] ??= []).push(name);
    }
  }
}

/** Names in one unit, rarest word first, for the close-wording search (rarity counted within the unit). */
function rarestFirst(kpis: readonly number[], words: readonly (readonly string[])[]): Name[] {
  const frequency = new Map<string, number>();
  for (const k of kpis) for (const w of words[k]) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const order = (a: string, b: string): number =>
    (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  return kpis.map((k) => ({ kpi: k, words: [...words[k]].sort(order) }));
}

/**
 * Groups of KPI indices (2 or more) that measure the same thing: KPIs whose names hold the same words, joined
 * with the KPIs of close names in the same unit (and so on, as far as the links go). Each group in index order,
 * groups in order of their first KPI.
 */
export function metricGroups(model: StrategyModel, ctx?: RuleContext): number[][] {
  const units = kpiUnitKeys(model);
  const words = (ctx ? ctx.once(planWording) : planWording(model)).kpis.map((name) => name.stems);
  const pairs: [number, number][] = [];
  // KPIs by what they measure: the words of their name, in any order (the stems are in alphabetical order).
  const byWords = new Map<string, number>();
  // Per unit, the first KPI of each distinct wording, for the close-wording search.
  const byUnit = new Map<string, Map<string, number>>();
  for (let k = 0; k < model.kpis.length; k++) {
    if (words[k].length === 0) continue;
    const measured = words[k].join(' ');
    const same = byWords.get(measured);
    if (same === undefined) byWords.set(measured, k);
    else pairs.push([same, k]);
    if (units[k] === '') continue;
    let wordings = byUnit.get(units[k]);
    if (!wordings) byUnit.set(units[k], (wordings = new Map<string, number>()));
    if (!wordings.has(measured)) wordings.set(measured, k);
  }
  for (const wordings of byUnit.values()) closeNames(rarestFirst([...wordings.values()], words), pairs);
  // The groups are the KPIs that reach one another through those links.
  const linked = new Map<number, number[]>();
  const link = (from: number, to: number): void => {
    const list = linked.get(from);
    if (list) list.push(to);
    else linked.set(from, [to]);
  };
  for (const [a, b] of pairs) {
    link(a, b);
    link(b, a);
  }
  const groups: number[][] = [];
  const seen = new Set<number>();
  for (let k = 0; k < model.kpis.length; k++) {
    if (seen.has(k) || !linked.has(k)) continue;
    const group = [k];
    seen.add(k);
    for (let next = 0; next < group.length; next++)
      for (const other of linked.get(group[next]) ?? [])
        if (!seen.has(other)) {
          seen.add(other);
          group.push(other);
        }
    groups.push(group.sort((a, b) => a - b));
  }
  return groups;
}

interface Bound {
  kpi: number;
  low: number;
  high: number;
}

/** The values each KPI's target accepts: higher 10 → [10, ∞), lower 5 → (-∞, 5], range 90-110 → [90, 110]. */
function bound({ direction: d, target: t }: KpiReading, k: number): Bound | null {
  if (!d.ok || !t.ok) return null;
  if (t.value.kind === 'range') return { kpi: k, low: t.value.low, high: t.value.high };
  const v = t.value.value;
  return d.value === 'lower' || d.value === 'maintainBelow'
    ? { kpi: k, low: -Infinity, high: v }
    : { kpi: k, low: v, high: Infinity };
}

/** The first pair in a group that cannot both be satisfied, or null. */
function conflictIn(
  ctx: RuleContext,
  group: readonly number[],
  units: readonly string[],
): { a: number; b: number; kind: 'direction' | 'target' } | null {
  const readings = ctx.once(kpiReadings);
  const higher = group.find((k) => kpiSense(readings[k]) === 'higher');
  const lower = group.find((k) => kpiSense(readings[k]) === 'lower');
  if (higher !== undefined && lower !== undefined)
    return { a: Math.min(higher, lower), b: Math.max(higher, lower), kind: 'direction' };
  // Targets are comparable only in the same unit: 5 (%) and 0.05 (share) are the same target in different clothes.
  const byUnit = new Map<string, Bound[]>();
  for (const k of group) {
    const b = bound(readings[k], k);
    if (!b) continue;
    const key = units[k];
    const list = byUnit.get(key);
    if (list) list.push(b);
    else byUnit.set(key, [b]);
  }
  for (const bounds of byUnit.values()) {
    let maxLow = bounds[0];
    let minHigh = bounds[0];
    for (const b of bounds) {
      if (b.low > maxLow.low) maxLow = b;
      if (b.high < minHigh.high) minHigh = b;
    }
    if (maxLow.low > minHigh.high)
      return { a: Math.min(maxLow.kpi, minHigh.kpi), b: Math.max(maxLow.kpi, minHigh.kpi), kind: 'target' };
  }
  return null;
}

const targetText = (v: StrategyModel['kpis'][number]['target']): string =>
  v === null ? '' : typeof v === 'object' ? v.code : String(v);

export const conflictingTargets: Rule = {
  id: 'conflicting-targets',
  severity: 'warning',
  ...RULE_TEXT['conflicting-targets'],
  count: (_model, ctx) => ctx.once(metricGroups).length,
  check(model, ctx) {
    const out: Finding[] = [];
    const units = ctx.once(kpiUnitKeys);
    for (const group of ctx.once(metricGroups)) {
      const c = conflictIn(ctx, group, units);
      if (!c) continue;
      const a = model.kpis[c.a];
      const b = model.kpis[c.b];
      const aId = idOf(model, a.ref);
      const bId = idOf(model, b.ref);
      const vars = {
        a: aId,
        b: bId,
        metric: a.name,
        aTarget: `${aId}: ${a.direction || 'higher'} ${targetText(a.target)}`.trim(),
        bTarget: `${bId}: ${b.direction || 'higher'} ${targetText(b.target)}`.trim(),
      };
      const message = fill(c.kind === 'direction' ? MSG.conflictingDirections : MSG.conflictingTargets, vars);
      out.push(
        finding(this.id, this.severity, atField(b.location, 'Target'), message, fill(MSG.conflictingTargetsFix, vars), [
          vars.a,
          vars.b,
        ]),
      );
    }
    return out;
  },
};
