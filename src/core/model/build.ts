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

function sets(n: number): Set<number>[] {
  return Array.from({ length: n }, () => new Set<number>());
}

function buildRelations(
  strategy: readonly StrategyItem[],
  goals: readonly Goal[],
  kpis: readonly Kpi[],
  swot: readonly SwotEntry[],
  tows: readonly TowsEntry[],
): ModelRelations {
  const kpisOfGoal = sets(goals.length);
  const goalsOfKpi = sets(kpis.length);
  const goalsOfStrategy = sets(strategy.length);
  const goalsOfSwot = sets(swot.length);
  const towsOfSwot = sets(swot.length);
  const anchors = goals.map(() => new Map<string, EntityRef>());
  const parentsOfGoal = sets(goals.length);
  const anchor = (g: number, ref: EntityRef) => anchors[g].set(`${ref.kind}:${ref.index}`, ref);

  kpis.forEach((k, ki) => {
    for (const t of targetsOf(k.goal))
      if (t.kind === 'goal') {
        kpisOfGoal[t.index].add(ki);
        goalsOfKpi[ki].add(t.index);
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
    for (const s of towsFrom[ti]) towsOfSwot[s].add(ti);
    for (const g of towsGoals[ti]) {
      anchor(g, t.ref);
      for (const s of towsFrom[ti]) goalsOfSwot[s].add(g);
    }
  });
  swot.forEach((s, si) => {
    for (const t of targetsOf(s.goals))
      if (t.kind === 'goal') {
        goalsOfSwot[si].add(t.index);
        anchor(t.index, s.ref);
      }
  });
  goals.forEach((g, gi) => {
    for (const t of [...targetsOf(g.pillar), ...targetsOf(g.source)]) {
      if (t.kind === 'goal') {
        if (t.index !== gi) parentsOfGoal[gi].add(t.index);
        continue;
      }
      anchor(gi, t);
      if (t.kind === 'strategy') goalsOfStrategy[t.index].add(gi);
      if (t.kind === 'swot') goalsOfSwot[t.index].add(gi);
      if (t.kind === 'tows') for (const s of towsFrom[t.index]) goalsOfSwot[s].add(gi);
    }
  });
  const list = (all: Set<number>[]) => all.map((s) => [...s]);
  return {
    kpisOfGoal: list(kpisOfGoal),
    goalsOfKpi: list(goalsOfKpi),
    goalsOfStrategy: list(goalsOfStrategy),
    goalsOfSwot: list(goalsOfSwot),
    towsOfSwot: list(towsOfSwot),
    anchorsOfGoal: anchors.map((m) => [...m.values()]),
    parentsOfGoal: list(parentsOfGoal),
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

  const goals: Goal[] = drafts.goals.map((d, index) => {
    const self = ref('goal', index);
    return {
      ...d,
      ref: self,
      pillar: resolveField(d.pillar, pillarIndex, self),
      source: resolveField(d.source, sourceIndex, self),
    };
  });
  const kpis: Kpi[] = drafts.kpis.map((d, index) => ({
    ...d,
    ref: ref('kpi', index),
    goal: resolveField(d.goal, goalIndex),
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
