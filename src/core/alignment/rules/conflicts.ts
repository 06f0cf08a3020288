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
import { entityVars, finding } from '../describe';
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

/** Jaccard similarity of two lists of stem numbers without repeats (names are a few words: a scan beats a Set). */
function jaccard(a: readonly number[], b: readonly number[]): number {
  let shared = 0;
  for (const t of b) if (a.includes(t)) shared++;
  return shared / (a.length + b.length - shared);
}

/** Stem `a` goes before `b`: by number, or rarest first when the stems' frequencies are given. */
function before(a: number, b: number, freq: Int32Array | null): boolean {
  if (freq === null || freq[a] === freq[b]) return a < b;
  return freq[a] < freq[b];
}

/**
 * Insertion sort of stem numbers in place (see `before`). A KPI name has a handful of words, and
 * Array.prototype.sort sets up work space on every call: at 100,000 names that was the largest allocation of
 * an audit.
 */
function sortStems(items: number[], freq: Int32Array | null): number[] {
  // A pasted paragraph as a KPI name is not small: the built-in sort keeps it n log n.
  if (items.length > 32) return items.sort((a, b) => (before(a, b, freq) ? -1 : before(b, a, freq) ? 1 : 0));
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    while (j >= 0 && before(item, items[j], freq)) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/** KPIs whose names hold a word at the same place in the same-length rarest-first order. */
interface WordClass {
  readonly size: number;
  readonly at: number;
  readonly kpis: number[];
}

/** A hash of a name's sorted stems (unsigned): equal names always agree, and different ones rarely do. */
function hashStems(stems: readonly number[]): number {
  let hash = HASH_SEED;
  for (const t of stems) hash = mixHash(hash, t);
  return hash >>> 0;
}

function sameStems(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Groups of KPI indices (2 or more) that measure the same thing. */
export const metricGroups = perModel((model: StrategyModel): number[][] => {
  const n = model.kpis.length;
  const uf = new UnionFind(n);
  // Names are matched by a hash of their stems; two different names with one hash fall back to their text.
  const byHash = new NumberTable(n);
  const byText = new Map<string, number>();
  const stemsOf = new Array<number[] | undefined>(n);
  // The KPIs with a unit that stand for their name (the first with that name and unit): only these are
  // compared for close wording. `distinctKpi[d]` is the KPI, `distinctUnit[d]` its unit's number.
  const distinctKpi = new Int32Array(n);
  const distinctUnit = new Int32Array(n);
  let distinct = 0;
  const named = new Uint8Array(n);
  const { ids, start } = kpiNameWords(model);
  const vocabulary = vocabularyOf(model);
  const units = kpiUnitKeys(model);
  const unitIds = new Map<string, number>();
  // Each name's stems are gathered here, then copied to their exact size (one list per KPI is kept).
  const scratch = new IntList(16);
  for (let i = 0; i < n; i++) {
    // Names are a few words: a scan de-duplicates them faster than a Set per KPI.
    scratch.clear();
    for (let w = start[i]; w < start[i + 1]; w++) {
      const t = vocabulary.stem(ids[w]);
      if (t >= 0 && !scratch.includes(t)) scratch.push(t);
    }
    if (scratch.length === 0) continue;
    const stems = sortStems(scratch.copy(), null);
    named[i] = 1;
    stemsOf[i] = stems;
    const hash = hashStems(stems);
    const sameHash = byHash.get(hash);
    let first: number | undefined;
    if (sameHash < 0) byHash.set(hash, i);
    else if (sameStems(stemsOf[sameHash] as number[], stems)) first = sameHash;
    else {
      const text = stems.join(' ');
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
  // Indexed by distinct name (`stemsAt[d]`) from here on; no closure, as a closure's optimised code dies with it.
  const stemsAt = new Array<number[]>(distinct);
  for (let d = 0; d < distinct; d++) stemsAt[d] = stemsOf[distinctKpi[d]] as number[];
  const freq = new Int32Array(vocabulary.words.length);
  for (let d = 0; d < distinct; d++) for (const t of stemsAt[d]) freq[t]++;
  // A bucket per (unit, stem) holds the KPIs with that stem in their prefix, in classes by (name length,
  // position of the stem in that name's rarest-first order): the positional filter below depends on nothing
  // else, so a whole class is skipped or kept at once. Most buckets hold one name only (a KPI numbered in its
  // name): such a bucket is just that name's number, and becomes a list of classes (numbered from `distinct`
  // on) only when a second name arrives.
  const index = new NumberTable(2 * distinct);
  const classLists: WordClass[][] = [];
  for (let di = 0; di < distinct; di++) {
    // Only membership matters from here on (Jaccard), so the stems are put rarest first in place.
    const stems = sortStems(stemsAt[di], freq);
    const size = stems.length;
    const prefixLength = size - Math.ceil(CLOSE_WORDING * size) + 1;
    for (let i = 0; i < prefixLength; i++) {
      const key = distinctUnit[di] * vocabulary.words.length + stems[i];
      const bucket = index.get(key);
      if (bucket < 0) {
        index.set(key, di);
        continue;
      }
      let classes: WordClass[];
      if (bucket < distinct) {
        const one = stemsAt[bucket];
        classes = [{ size: one.length, at: one.indexOf(stems[i]), kpis: [bucket] }];
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
        for (let k = 0; k < compared; k++) {
          if (jaccard(stemsAt[c.kpis[k]], stems) >= CLOSE_WORDING) uf.union(distinctKpi[c.kpis[k]], distinctKpi[di]);
        }
      }
      if (own) own.kpis.push(di);
      else classes.push({ size, at: i, kpis: [di] });
    }
  }
  // Group sizes first, so the thousands of KPIs that stand alone get no list.
  const sizes = new Int32Array(n);
  for (let i = 0; i < n; i++) if (named[i]) sizes[uf.find(i)]++;
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!named[i]) continue;
    const root = uf.find(i);
    if (sizes[root] < 2) continue;
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
});

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
      const vars = {
        a: entityVars(model, a.ref).id,
        b: entityVars(model, b.ref).id,
        metric: a.name,
        aTarget: `${entityVars(model, a.ref).id}: ${a.direction || 'higher'} ${targetText(a.target)}`.trim(),
        bTarget: `${entityVars(model, b.ref).id}: ${b.direction || 'higher'} ${targetText(b.target)}`.trim(),
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
