/**
 * conflicting-targets: two KPIs on the same measure (same name once normalised, or the same unit and close
 * wording) that pull in opposite directions or whose targets cannot both be met.
 *
 * Linear-ish by construction: KPIs are grouped by normalised name first; close wordings are found with a
 * prefix filter (two word sets with Jaccard >= CLOSE_WORDING share one of their rarest words), so only
 * names that share a rare word are ever compared; each group is then judged in one pass. Words are compared
 * by their numbers in the model's vocabulary (`words.ts`), never as strings.
 */
import { atField, type StrategyModel } from '../../model';
import { finding, idOf } from '../describe';
import { kpiDirection, kpiTarget } from '../engines';
import { fill, MSG, RULE_TEXT } from '../messages';
import { keepShape } from '../../keepShape';
import { HASH_SEED, IntList, mixHash, NumberTable } from '../hashTables';
import { perModel } from '../memo';
import type { Finding, Rule } from '../types';
import { kpiSense } from './kpi';
import { kpiNameWords, kpiUnitKeys, vocabulary as vocabularyOf } from '../words';

/** Two of three words shared is close ("Waste %" and "Waste % of stock"); one of two is not. */
export const CLOSE_WORDING = 0.66;
/** A bound on comparisons per shared word, for pathological sheets where thousands of names share their rarest word. */
const MAX_COMPARE = 32;

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) [i, this.parent[i]] = [this.parent[i], r];
    return r;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

keepShape(new UnionFind(0));

/**
 * Every named KPI's stems (word numbers without repeats), one after another in one typed array: KPI `i`'s are
 * `ids[from[i] .. from[i] + count[i])`. One list per KPI was 75,000 small arrays at 100,000 rows, alive while the
 * groups were found, and the garbage collector copied them all.
 */
interface StemLists {
  readonly ids: Int32Array;
  readonly from: Int32Array;
  readonly count: Int32Array;
}

/** Jaccard similarity of KPI `a`'s and KPI `b`'s stems (a few words each: a scan beats a Set). */
function jaccard(stems: StemLists, a: number, b: number): number {
  const { ids, from, count } = stems;
  const aEnd = from[a] + count[a];
  let shared = 0;
  for (let j = from[b]; j < from[b] + count[b]; j++) {
    let found = false;
    for (let i = from[a]; i < aEnd && !found; i++) found = ids[i] === ids[j];
    if (found) shared++;
  }
  return shared / (count[a] + count[b] - shared);
}

/** Stem `a` goes before `b`: by number, or rarest first when the stems' frequencies are given. */
function before(a: number, b: number, freq: Int32Array | null): boolean {
  if (freq === null || freq[a] === freq[b]) return a < b;
  return freq[a] < freq[b];
}

/**
 * Sorts `ids[from .. to)` in place (see `before`). A KPI name has a handful of words: insertion sort, with no work
 * space set up per call as the built-in sort does.
 */
function sortStems(ids: Int32Array, from: number, to: number, freq: Int32Array | null): void {
  // A pasted paragraph as a KPI name is not small: the built-in sort keeps it n log n.
  if (to - from > 32) {
    ids.subarray(from, to).sort((a, b) => (before(a, b, freq) ? -1 : before(b, a, freq) ? 1 : 0));
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const item = ids[i];
    let j = i - 1;
    while (j >= from && before(item, ids[j], freq)) {
      ids[j + 1] = ids[j];
      j--;
    }
    ids[j + 1] = item;
  }
}

/** KPIs whose names hold a word at the same place in the same-length rarest-first order. */
interface WordClass {
  readonly size: number;
  readonly at: number;
  /** Distinct names, by their number `d` (see `metricGroups`). */
  readonly kpis: number[];
}

/** A hash of `ids[from .. to)` (unsigned): equal names always agree, and different ones rarely do. */
function hashStems(ids: Int32Array, from: number, to: number): number {
  let hash = HASH_SEED;
  for (let i = from; i < to; i++) hash = mixHash(hash, ids[i]);
  return hash >>> 0;
}

function sameStems(stems: StemLists, a: number, b: number): boolean {
  const { ids, from, count } = stems;
  if (count[a] !== count[b]) return false;
  for (let i = 0; i < count[a]; i++) if (ids[from[a] + i] !== ids[from[b] + i]) return false;
  return true;
}

function stemsText(stems: StemLists, k: number): string {
  const { ids, from, count } = stems;
  let text = '';
  for (let i = from[k]; i < from[k] + count[k]; i++) text += i === from[k] ? `${ids[i]}` : ` ${ids[i]}`;
  return text;
}

/** Each KPI's stems in number order, gathered from the words of its name. */
function gatherStems(model: StrategyModel): StemLists {
  const n = model.kpis.length;
  const { ids, start } = kpiNameWords(model);
  const vocabulary = vocabularyOf(model);
  const flat = new IntList(ids.length);
  const from = new Int32Array(n);
  const count = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const first = flat.length;
    for (let w = start[i]; w < start[i + 1]; w++) {
      const t = vocabulary.stem(ids[w]);
      if (t < 0) continue;
      // Names are a few words: a scan de-duplicates them faster than a Set per KPI.
      if (!flat.includes(t, first)) flat.push(t);
    }
    from[i] = first;
    count[i] = flat.length - first;
  }
  for (let i = 0; i < n; i++) sortStems(flat.ids, from[i], from[i] + count[i], null);
  return { ids: flat.ids, from, count };
}

/** Groups of KPI indices (2 or more) that measure the same thing. */
export const metricGroups = perModel((model: StrategyModel): number[][] => {
  const n = model.kpis.length;
  const uf = new UnionFind(n);
  const stems = gatherStems(model);
  const { ids, from, count } = stems;
  // Names are matched by a hash of their stems; two different names with one hash fall back to their text.
  const byHash = new NumberTable(n);
  const byText = new Map<string, number>();
  // The KPIs with a unit that stand for their name (the first with that name and unit): only these are
  // compared for close wording. `distinctKpi[d]` is the KPI, `distinctUnit[d]` its unit's number.
  const distinctKpi = new Int32Array(n);
  const distinctUnit = new Int32Array(n);
  let distinct = 0;
  const vocabulary = vocabularyOf(model);
  const units = kpiUnitKeys(model);
  const unitIds = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (count[i] === 0) continue;
    const hash = hashStems(ids, from[i], from[i] + count[i]);
    const sameHash = byHash.get(hash);
    let first: number | undefined;
    if (sameHash < 0) byHash.set(hash, i);
    else if (sameStems(stems, sameHash, i)) first = sameHash;
    else {
      const text = stemsText(stems, i);
      first = byText.get(text);
      if (first === undefined) byText.set(text, i);
    }
    if (first !== undefined) uf.union(i, first);
    const unit = units[i];
    if (unit === '' || (first !== undefined && units[first] === unit)) continue;
    let unitId = unitIds.get(unit);
    if (unitId === undefined) unitIds.set(unit, (unitId = unitIds.size));
    distinctKpi[distinct] = i;
    distinctUnit[distinct] = unitId;
    distinct++;
  }
  const freq = new Int32Array(vocabulary.size);
  for (let d = 0; d < distinct; d++) {
    const k = distinctKpi[d];
    for (let j = from[k]; j < from[k] + count[k]; j++) freq[ids[j]]++;
  }
  // A bucket per (unit, stem) holds the KPIs with that stem in their prefix, in classes by (name length,
  // position of the stem in that name's rarest-first order): the positional filter below depends on nothing
  // else, so a whole class is skipped or kept at once. Most buckets hold one name only (a KPI numbered in its
  // name): such a bucket is just that name's number, and becomes a list of classes (numbered from `distinct`
  // on) only when a second name arrives.
  const index = new NumberTable(2 * distinct);
  const classLists: WordClass[][] = [];
  for (let di = 0; di < distinct; di++) {
    const k = distinctKpi[di];
    // Only membership matters from here on (Jaccard), so the stems are put rarest first in place.
    sortStems(ids, from[k], from[k] + count[k], freq);
    const size = count[k];
    const prefixLength = size - Math.ceil(CLOSE_WORDING * size) + 1;
    for (let i = 0; i < prefixLength; i++) {
      const stem = ids[from[k] + i];
      const key = distinctUnit[di] * vocabulary.size + stem;
      const bucket = index.get(key);
      if (bucket < 0) {
        index.set(key, di);
        continue;
      }
      let classes: WordClass[];
      if (bucket < distinct) {
        const one = distinctKpi[bucket];
        classes = [{ size: count[one], at: positionOf(stems, one, stem), kpis: [bucket] }];
        index.set(key, distinct + classLists.length);
        classLists.push(classes);
      } else classes = classLists[bucket - distinct];
      let own: WordClass | undefined;
      for (const c of classes) {
        if (c.size === size && c.at === i) own = c;
        // Positional filter: a pair first meets at its rarest shared stem, so no earlier stem is shared and at
        // most 1 + the shorter remainder can be; skip pairs that cannot reach CLOSE_WORDING. (Only past the
        // MAX_COMPARE bound can a pair first meet later, and that bound already gives up on completeness.)
        const most = 1 + Math.min(size - i - 1, c.size - c.at - 1);
        if (most / (size + c.size - most) < CLOSE_WORDING) continue;
        const compared = Math.min(c.kpis.length, MAX_COMPARE);
        for (let j = 0; j < compared; j++) {
          const other = distinctKpi[c.kpis[j]];
          if (jaccard(stems, other, k) >= CLOSE_WORDING) uf.union(other, k);
        }
      }
      if (own) own.kpis.push(di);
      else classes.push({ size, at: i, kpis: [di] });
    }
  }
  // Group sizes first, so the thousands of KPIs that stand alone get no list.
  const sizes = new Int32Array(n);
  for (let i = 0; i < n; i++) if (count[i] > 0) sizes[uf.find(i)]++;
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (count[i] === 0) continue;
    const root = uf.find(i);
    if (sizes[root] < 2) continue;
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
});

/** Where `stem` sits among KPI `k`'s stems. */
function positionOf(stems: StemLists, k: number, stem: number): number {
  for (let i = 0; i < stems.count[k]; i++) if (stems.ids[stems.from[k] + i] === stem) return i;
  return -1;
}

interface Bound {
  kpi: number;
  low: number;
  high: number;
}

/** The values each KPI's target accepts: higher 10 → [10, ∞), lower 5 → (-∞, 5], range 90-110 → [90, 110]. */
function bound(model: StrategyModel, k: number): Bound | null {
  const d = kpiDirection(model.kpis[k]);
  if (!d.ok) return null;
  const t = kpiTarget(model.kpis[k], d.value);
  if (!t.ok) return null;
  if (t.value.kind === 'range') return { kpi: k, low: t.value.low, high: t.value.high };
  const v = t.value.value;
  return d.value === 'lower' || d.value === 'maintainBelow'
    ? { kpi: k, low: -Infinity, high: v }
    : { kpi: k, low: v, high: Infinity };
}

/** The first pair in a group that cannot both be satisfied, or null. */
function conflictIn(
  model: StrategyModel,
  group: readonly number[],
): { a: number; b: number; kind: 'direction' | 'target' } | null {
  const higher = group.find((k) => kpiSense(model, k) === 'higher');
  const lower = group.find((k) => kpiSense(model, k) === 'lower');
  if (higher !== undefined && lower !== undefined)
    return { a: Math.min(higher, lower), b: Math.max(higher, lower), kind: 'direction' };
  // Targets are comparable only in the same unit: 5 (%) and 0.05 (share) are the same target in different clothes.
  const byUnit = new Map<string, Bound[]>();
  for (const k of group) {
    const b = bound(model, k);
    if (!b) continue;
    const key = kpiUnitKeys(model)[k];
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
  count: (model) => metricGroups(model).length,
  check(model) {
    const out: Finding[] = [];
    for (const group of metricGroups(model)) {
      const c = conflictIn(model, group);
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
