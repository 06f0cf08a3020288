/** The model's one entry point: checks its arguments, reads the tables, resolves links, indexes relations. */
import { ModelError } from './errors';
import { LinkIndex, splitLinkCell, type LinkTarget } from './links';
import { MODEL_MISUSE, NO_RUDDER_TABLES } from './messages';
import { emptyDrafts, readTable, type RawLink } from './read';
import { recogniseTable } from './schema';
import type {
  BuildOptions,
  EntityRef,
  Goal,
  Kpi,
  LinkField,
  ModelRelations,
  RawTable,
  StrategyItem,
  StrategyModel,
  SwotEntry,
  TableMapping,
  TowsEntry,
} from './types';

const KINDS = ['strategy', 'goals', 'kpis', 'swot', 'tows'];

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

function checkTables(tables: unknown): asserts tables is readonly RawTable[] {
  if (!Array.isArray(tables)) throw new ModelError(MODEL_MISUSE.tablesNotArray(describe(tables)));
  tables.forEach((t: unknown, i) => {
    if (typeof t !== 'object' || t === null) throw new ModelError(MODEL_MISUSE.tableShape(i, 'name'));
    const table = t as Record<string, unknown>;
    for (const field of ['name', 'sheet', 'range']) {
      if (typeof table[field] !== 'string') throw new ModelError(MODEL_MISUSE.tableShape(i, field));
    }
    for (const field of ['headers', 'rows']) {
      if (!Array.isArray(table[field])) throw new ModelError(MODEL_MISUSE.tableShape(i, field));
    }
  });
}

function checkMappings(mappings: unknown): readonly TableMapping[] {
  if (mappings === undefined) return [];
  if (!Array.isArray(mappings)) throw new ModelError(MODEL_MISUSE.mappingsNotArray);
  mappings.forEach((m: unknown, i) => {
    const mapping = m as Partial<TableMapping> | null;
    const ok =
      typeof mapping === 'object' &&
      mapping !== null &&
      typeof mapping.table === 'string' &&
      typeof mapping.kind === 'string' &&
      KINDS.includes(mapping.kind) &&
      typeof mapping.columns === 'object' &&
      mapping.columns !== null;
    if (!ok) throw new ModelError(MODEL_MISUSE.mappingShape(i));
  });
  return mappings as readonly TableMapping[];
}

const NO_LINKS: LinkField['links'] = Object.freeze([]);

function resolveField(raw: RawLink, index: LinkIndex, self?: EntityRef): LinkField {
  const { column, cell } = raw;
  if (raw.raw === '') return { column, cell, raw: raw.raw, links: NO_LINKS };
  // Most link cells hold one ID: no splitting, no de-duplication needed.
  if (!/[,;\n\r]/.test(raw.raw)) return { column, cell, raw: raw.raw, links: [index.resolve(raw.raw, self)] };
  const seen = new Set<string>();
  const links = [];
  for (const part of splitLinkCell(raw.raw)) {
    const link = index.resolve(part, self);
    // "G-001, g-001" is one link, not two.
    const key = link.target ? `${link.target.kind}:${link.target.index}` : `?${part.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(link);
  }
  return { ...raw, links };
}

const targetsOf = (field: LinkField) =>
  field.links.filter((l) => l.match === 'id' || l.match === 'name').map((l) => l.target as EntityRef);

/** One list per entity: most hold a link or two, so a Set each would mostly be overhead. */
function lists<T>(n: number): T[][] {
  const out = new Array<T[]>(n);
  for (let i = 0; i < n; i++) out[i] = [];
  return out;
}

function addIndex(list: number[], value: number): void {
  // Consecutive repeats (a goal naming the same pillar in two columns) are dropped here, the rest by `unique`.
  if (list[list.length - 1] !== value) list.push(value);
}

/** Each list without repeats, first occurrence first; a pillar may hold thousands of goals, so no scan per add. */
function unique(all: number[][]): number[][] {
  return all.map((list) => (list.length < 2 ? list : [...new Set(list)]));
}

function addRef(list: EntityRef[], ref: EntityRef): void {
  for (const r of list) if (r.kind === ref.kind && r.index === ref.index) return;
  list.push(ref);
}

function buildRelations(
  strategy: readonly StrategyItem[],
  goals: readonly Goal[],
  kpis: readonly Kpi[],
  swot: readonly SwotEntry[],
  tows: readonly TowsEntry[],
): ModelRelations {
  const kpisOfGoal = lists<number>(goals.length);
  const goalsOfKpi = lists<number>(kpis.length);
  const goalsOfStrategy = lists<number>(strategy.length);
  const goalsOfSwot = lists<number>(swot.length);
  const towsOfSwot = lists<number>(swot.length);
  const anchorsOfGoal = lists<EntityRef>(goals.length);
  const parentsOfGoal = lists<number>(goals.length);

  kpis.forEach((k, ki) => {
    for (const t of targetsOf(k.goal))
      if (t.kind === 'goal') {
        addIndex(kpisOfGoal[t.index], ki);
        addIndex(goalsOfKpi[ki], t.index);
      }
  });
  const towsGoals = tows.map((t) =>
    targetsOf(t.goal)
      .filter((r) => r.kind === 'goal')
      .map((r) => r.index),
  );
  const towsFrom = tows.map((t) =>
    targetsOf(t.from)
      .filter((r) => r.kind === 'swot')
      .map((r) => r.index),
  );
  tows.forEach((t, ti) => {
    for (const s of towsFrom[ti]) addIndex(towsOfSwot[s], ti);
    for (const g of towsGoals[ti]) {
      addRef(anchorsOfGoal[g], t.ref);
      for (const s of towsFrom[ti]) addIndex(goalsOfSwot[s], g);
    }
  });
  swot.forEach((s, si) => {
    for (const t of targetsOf(s.goals))
      if (t.kind === 'goal') {
        addIndex(goalsOfSwot[si], t.index);
        addRef(anchorsOfGoal[t.index], s.ref);
      }
  });
  goals.forEach((g, gi) => {
    for (const field of [g.pillar, g.source])
      for (const t of targetsOf(field)) {
        if (t.kind === 'goal') {
          if (t.index !== gi) addIndex(parentsOfGoal[gi], t.index);
          continue;
        }
        addRef(anchorsOfGoal[gi], t);
        if (t.kind === 'strategy') addIndex(goalsOfStrategy[t.index], gi);
        if (t.kind === 'swot') addIndex(goalsOfSwot[t.index], gi);
        if (t.kind === 'tows') for (const s of towsFrom[t.index]) addIndex(goalsOfSwot[s], gi);
      }
  });
  return {
    kpisOfGoal: unique(kpisOfGoal),
    goalsOfKpi: unique(goalsOfKpi),
    goalsOfStrategy: unique(goalsOfStrategy),
    goalsOfSwot: unique(goalsOfSwot),
    towsOfSwot: unique(towsOfSwot),
    anchorsOfGoal,
    parentsOfGoal: unique(parentsOfGoal),
  };
}

/**
 * Builds one strategy model from the workbook's tables. Tables that are not Rudder tables (by name or by a
 * stored mapping) are ignored. Never throws for what cells contain; throws `ModelError` for wrong argument shapes.
 */
export function buildStrategyModel(tables: readonly RawTable[], options: BuildOptions = {}): StrategyModel {
  checkTables(tables);
  if (typeof options !== 'object' || options === null) throw new ModelError(MODEL_MISUSE.mappingsNotArray);
  const mappings = checkMappings(options.mappings);
  const drafts = emptyDrafts();
  for (const table of tables) {
    const known = recogniseTable(table.name, mappings);
    if (known) readTable(table, known.kind, known.mapping, drafts);
  }

  const strategy: StrategyItem[] = drafts.strategy.map((d, index) => ({ ...d, ref: { kind: 'strategy', index } }));
  const ref = <K extends EntityRef['kind']>(kind: K, index: number) => ({ kind, index });
  const targets = (
    items: readonly { id: string }[],
    kind: EntityRef['kind'],
    text: (i: number) => string,
  ): LinkTarget[] => items.map((item, index) => ({ ref: ref(kind, index), id: item.id, text: text(index) }));

  const strategyTargets = targets(drafts.strategy, 'strategy', (i) => drafts.strategy[i].statement);
  const goalTargets = targets(drafts.goals, 'goal', (i) => drafts.goals[i].text);
  const swotTargets = targets(drafts.swot, 'swot', (i) => drafts.swot[i].text);
  const towsTargets = targets(drafts.tows, 'tows', (i) => drafts.tows[i].text);
  const pillarIndex = new LinkIndex(strategyTargets);
  const goalIndex = new LinkIndex(goalTargets);
  const swotIndex = new LinkIndex(swotTargets);
  // A goal's Source may name a SWOT item, a TOWS strategy, a value or pillar, or a parent goal.
  const sourceIndex = new LinkIndex([...swotTargets, ...towsTargets, ...strategyTargets, ...goalTargets]);

  // Goals and KPIs are most of a large workbook: their fields are listed rather than spread, which V8 builds
  // far faster for objects this wide.
  const goals: Goal[] = drafts.goals.map((d, index) => {
    const self = ref('goal', index);
    return {
      ref: self,
      id: d.id,
      location: d.location,
      text: d.text,
      pillar: resolveField(d.pillar, pillarIndex, self),
      source: resolveField(d.source, sourceIndex, self),
      owner: d.owner,
      start: d.start,
      due: d.due,
      baseline: d.baseline,
      target: d.target,
      unit: d.unit,
      smart: d.smart,
      tips: d.tips,
      status: d.status,
    };
  });
  const kpis: Kpi[] = drafts.kpis.map((d, index) => ({
    ref: ref('kpi', index),
    id: d.id,
    location: d.location,
    name: d.name,
    goal: resolveField(d.goal, goalIndex),
    direction: d.direction,
    unit: d.unit,
    baseline: d.baseline,
    target: d.target,
    actual: d.actual,
    asOf: d.asOf,
    start: d.start,
    due: d.due,
    frequency: d.frequency,
    owner: d.owner,
    status: d.status,
    progress: d.progress,
  }));
  const swot: SwotEntry[] = drafts.swot.map((d, index) => ({
    ...d,
    ref: ref('swot', index),
    goals: resolveField(d.goals, goalIndex),
  }));
  const tows: TowsEntry[] = drafts.tows.map((d, index) => ({
    ...d,
    ref: ref('tows', index),
    from: resolveField(d.from, swotIndex),
    goal: resolveField(d.goal, goalIndex),
  }));

  const isEmpty = drafts.tables.length === 0;
  return {
    isEmpty,
    emptyReason: isEmpty ? NO_RUDDER_TABLES : null,
    tables: drafts.tables,
    strategy,
    goals,
    kpis,
    swot,
    tows,
    relations: buildRelations(strategy, goals, kpis, swot, tows),
  };
}
