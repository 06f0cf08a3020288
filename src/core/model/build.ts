/** The model's one entry point: checks its arguments, reads the tables, resolves links, indexes relations. */
import { keepShape } from '../keepShape';
import { ModelError } from './errors';
import { LinkIndex, type LinkTarget } from './links';
import { MODEL_MISUSE, NO_RUDDER_TABLES } from './messages';
import { emptyDrafts, TableReader, type Drafts, type PendingLink, type TableHead } from './read';
import { recogniseTable } from './schema';
import type {
  BuildOptions,
  EntityBase,
  EntityRef,
  Goal,
  Kpi,
  LinkField,
  ResolvedLink,
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
    checkTableHead(t, i);
    if (!Array.isArray((t as Record<string, unknown>).rows)) throw new ModelError(MODEL_MISUSE.tableShape(i, 'rows'));
  });
}

function checkTableHead(t: unknown, i: number): asserts t is TableHead {
  if (typeof t !== 'object' || t === null) throw new ModelError(MODEL_MISUSE.tableShape(i, 'name'));
  const table = t as Record<string, unknown>;
  for (const field of ['name', 'sheet', 'range']) {
    if (typeof table[field] !== 'string') throw new ModelError(MODEL_MISUSE.tableShape(i, field));
  }
  if (!Array.isArray(table.headers)) throw new ModelError(MODEL_MISUSE.tableShape(i, 'headers'));
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

/**
 * Fills in a link column's links, once every table has been read. Rows that say the same share one field (see
 * `Row.link`), resolved once: only a column that may name the row's own entity depends on the row, and its
 * fields are never shared.
 */
function resolveLinks(fields: readonly PendingLink[], index: LinkIndex, selves?: readonly EntityBase[]): void {
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (field.raw !== '' && field.links.length === 0) field.links = index.resolveCell(field.raw, selves?.[i].ref);
  }
}

/** The entity a link points at when it was found by ID or by name (not a self-link, ambiguous or unmatched). */
function firmTarget(link: ResolvedLink): EntityRef | undefined {
  return link.match === 'id' || link.match === 'name' ? link.target : undefined;
}

/**
 * One list per entity, made only when the entity gets its first relation: in a large workbook most goals have
 * no parent goal and no SWOT anchor, and most KPIs one goal, so the empty ones share one list.
 */
class Lists<T> {
  // Shared and read-only by type, not frozen: a frozen array is a different kind of array to V8, and rules
  // iterate these lists in their hottest loops alongside ordinary ones.
  private static readonly EMPTY: readonly never[] = [];
  private readonly all: (T[] | undefined)[];
  private readonly singles: (T[] | undefined)[] | null;
  private readonly objectSingles = new Map<T, T[]>();
  /**
   * `n` entities. With `values` > 0 the values are indices below it, and a list holding one value is shared by
   * every entity whose list holds only that value: most KPIs measure one goal and most goals have several KPIs,
   * and a model keeps these lists as long as it lives. Lists of references are shared the same way (most goals
   * are anchored to one of a few pillars). Shared lists are never changed: `add` copies a short list rather
   * than growing it, and `withoutRepeats` only ever changes lists of two or more.
   */
  constructor(n: number, values = 0) {
    this.all = new Array<T[] | undefined>(n);
    this.singles = values > 0 ? new Array<T[] | undefined>(values) : null;
  }
  get(i: number): T[] | undefined {
    return this.all[i];
  }
  add(i: number, value: T): void {
    const list = this.all[i];
    if (list === undefined) this.all[i] = this.single(value);
    else if (list.length < 4) this.all[i] = withAdded(list, value);
    else list.push(value);
  }
  private single(value: T): T[] {
    if (typeof value === 'number') return this.singles === null ? [value] : (this.singles[value] ??= [value]);
    let list = this.objectSingles.get(value);
    if (list === undefined) this.objectSingles.set(value, (list = [value]));
    return list;
  }
  /** Each list without repeats, first occurrence first (no scan per add: a pillar may hold thousands of goals). */
  unique(): readonly (readonly T[])[] {
    const out = new Array<readonly T[]>(this.all.length);
    for (let i = 0; i < out.length; i++) {
      const list = this.all[i];
      out[i] = list === undefined ? Lists.EMPTY : list.length < 2 ? list : withoutRepeats(list);
    }
    return out;
  }
}

keepShape(new Lists<number>(0));

/**
 * A copy of a list of one to three values with one more added, holding exactly that many. A list grown by
 * push, or made by `[...list, value]`, keeps room for 16 more, and the model keeps these lists as long as it
 * lives. Literals, not `new Array(n)`: that makes a holey array, another kind to V8 than the lists beside it.
 */
function withAdded<T>(list: readonly T[], value: T): T[] {
  if (list.length === 1) return [list[0], value];
  if (list.length === 2) return [list[0], list[1], value];
  return [list[0], list[1], list[2], value];
}

/** A short list is de-duplicated by scanning it; a long one (a pillar's thousands of goals) through a Set. */
function withoutRepeats<T>(list: T[]): T[] {
  if (list.length > 16) return [...new Set(list)];
  let kept = 0;
  for (let i = 0; i < list.length; i++) {
    let seen = false;
    for (let j = 0; j < kept && !seen; j++) seen = list[j] === list[i];
    if (!seen) list[kept++] = list[i];
  }
  list.length = kept;
  return list;
}

/** Adds the index unless it is the last one added: consecutive repeats are common and cheap to drop here. */
function addIndex(lists: Lists<number>, i: number, value: number): void {
  const list = lists.get(i);
  if (list === undefined || list[list.length - 1] !== value) lists.add(i, value);
}

function addRef(lists: Lists<EntityRef>, i: number, ref: EntityRef): void {
  const list = lists.get(i);
  if (list !== undefined)
    for (let k = 0; k < list.length; k++) if (list[k].kind === ref.kind && list[k].index === ref.index) return;
  lists.add(i, ref);
}

/** The indices of the entities of one kind a link field points at firmly (see `firmTarget`). */
function indicesOf(field: LinkField, kind: EntityRef['kind']): number[] {
  const out: number[] = [];
  for (const link of field.links) {
    const t = firmTarget(link);
    if (t && t.kind === kind) out.push(t.index);
  }
  return out;
}

interface AnchorLists {
  readonly anchorsOfGoal: Lists<EntityRef>;
  readonly parentsOfGoal: Lists<number>;
  readonly goalsOfStrategy: Lists<number>;
  readonly goalsOfSwot: Lists<number>;
  /** The SWOT items each TOWS strategy comes from. */
  readonly towsFrom: readonly number[][];
}

/** What a goal's Pillar or Source cell anchors it to: strategy, SWOT, a TOWS strategy (and its SWOT items), a parent goal. */
function anchorGoal(gi: number, field: LinkField, lists: AnchorLists): void {
  for (const link of field.links) {
    const t = firmTarget(link);
    if (!t) continue;
    if (t.kind === 'goal') {
      if (t.index !== gi) addIndex(lists.parentsOfGoal, gi, t.index);
      continue;
    }
    addRef(lists.anchorsOfGoal, gi, t);
    if (t.kind === 'strategy') addIndex(lists.goalsOfStrategy, t.index, gi);
    if (t.kind === 'swot') addIndex(lists.goalsOfSwot, t.index, gi);
    if (t.kind === 'tows') for (const s of lists.towsFrom[t.index]) addIndex(lists.goalsOfSwot, s, gi);
  }
}

function buildRelations(
  strategy: readonly StrategyItem[],
  goals: readonly Goal[],
  kpis: readonly Kpi[],
  swot: readonly SwotEntry[],
  tows: readonly TowsEntry[],
): ModelRelations {
  const kpisOfGoal = new Lists<number>(goals.length);
  const goalsOfKpi = new Lists<number>(kpis.length, goals.length);
  const goalsOfStrategy = new Lists<number>(strategy.length);
  const goalsOfSwot = new Lists<number>(swot.length);
  const towsOfSwot = new Lists<number>(swot.length);
  const anchorsOfGoal = new Lists<EntityRef>(goals.length);
  const parentsOfGoal = new Lists<number>(goals.length);

  // Loops rather than callbacks throughout: V8 keeps the optimised code of a function defined once, not of a
  // closure made afresh on each call, and these run over every row.
  for (let ki = 0; ki < kpis.length; ki++) {
    for (const link of kpis[ki].goal.links) {
      const t = firmTarget(link);
      if (!t || t.kind !== 'goal') continue;
      addIndex(kpisOfGoal, t.index, ki);
      addIndex(goalsOfKpi, ki, t.index);
    }
  }
  const towsFrom = tows.map((t) => indicesOf(t.from, 'swot'));
  for (let ti = 0; ti < tows.length; ti++) {
    for (const s of towsFrom[ti]) addIndex(towsOfSwot, s, ti);
    for (const g of indicesOf(tows[ti].goal, 'goal')) {
      addRef(anchorsOfGoal, g, tows[ti].ref);
      for (const s of towsFrom[ti]) addIndex(goalsOfSwot, s, g);
    }
  }
  for (let si = 0; si < swot.length; si++) {
    for (const link of swot[si].goals.links) {
      const t = firmTarget(link);
      if (!t || t.kind !== 'goal') continue;
      addIndex(goalsOfSwot, si, t.index);
      addRef(anchorsOfGoal, t.index, swot[si].ref);
    }
  }
  const anchors = { anchorsOfGoal, parentsOfGoal, goalsOfStrategy, goalsOfSwot, towsFrom };
  for (let gi = 0; gi < goals.length; gi++) {
    anchorGoal(gi, goals[gi].pillar, anchors);
    anchorGoal(gi, goals[gi].source, anchors);
  }
  return {
    kpisOfGoal: kpisOfGoal.unique(),
    goalsOfKpi: goalsOfKpi.unique(),
    goalsOfStrategy: goalsOfStrategy.unique(),
    goalsOfSwot: goalsOfSwot.unique(),
    towsOfSwot: towsOfSwot.unique(),
    anchorsOfGoal: anchorsOfGoal.unique(),
    parentsOfGoal: parentsOfGoal.unique(),
  };
}

const strategyTarget = (item: StrategyItem): LinkTarget => ({ ref: item.ref, id: item.id, text: item.statement });
const textTarget = (item: Goal | SwotEntry | TowsEntry): LinkTarget => ({
  ref: item.ref,
  id: item.id,
  text: item.text,
});

/**
 * Builds one strategy model from tables handed over one at a time, each in one or more parts (see
 * `TableReader`): a port that reads a long table part by part need never hold all its rows. Tables that are not
 * Rudder tables (by name or by a stored mapping) are skipped. Never throws for what cells contain; throws
 * `ModelError` for wrong argument shapes.
 */
export class StrategyModelBuilder {
  private readonly mappings: readonly TableMapping[];
  private readonly drafts = emptyDrafts();
  /** Tables handed over so far, Rudder's or not: a misshapen one is named by its place among them. */
  private handed = 0;
  private built = false;

  constructor(options: BuildOptions = {}) {
    if (typeof options !== 'object' || options === null) throw new ModelError(MODEL_MISUSE.mappingsNotArray);
    this.mappings = checkMappings(options.mappings);
  }

  /** Starts reading a table: a reader for its rows, or null when it is not a Rudder table. */
  table(head: TableHead): TableReader | null {
    // Tables read after the model was built would change its entity lists under it.
    if (this.built) throw new ModelError(MODEL_MISUSE.builderDone);
    checkTableHead(head, this.handed++);
    const known = recogniseTable(head.name, this.mappings);
    return known ? new TableReader(head, known.kind, known.mapping, this.drafts) : null;
  }

  /** The model of every table read so far, its links resolved and its relations indexed. */
  build(): StrategyModel {
    if (this.built) throw new ModelError(MODEL_MISUSE.builderDone);
    this.built = true;
    return modelOf(this.drafts);
  }
}

/**
 * Builds one strategy model from the workbook's tables, each read whole. Tables that are not Rudder tables (by
 * name or by a stored mapping) are ignored. Never throws for what cells contain; throws `ModelError` for wrong
 * argument shapes.
 */
export function buildStrategyModel(tables: readonly RawTable[], options: BuildOptions = {}): StrategyModel {
  checkTables(tables);
  const builder = new StrategyModelBuilder(options);
  for (const table of tables) builder.table(table)?.read(table.rows, 0);
  return builder.build();
}

function modelOf(drafts: Drafts): StrategyModel {
  const { strategy, goals, kpis, swot, tows } = drafts;
  const strategyTargets = strategy.map(strategyTarget);
  const goalTargets = goals.map(textTarget);
  const swotTargets = swot.map(textTarget);
  const towsTargets = tows.map(textTarget);
  const goalIndex = new LinkIndex(goalTargets);
  resolveLinks(drafts.goalPillars, new LinkIndex(strategyTargets), goals);
  // A goal's Source may name a SWOT item, a TOWS strategy, a value or pillar, or a parent goal.
  resolveLinks(
    drafts.goalSources,
    new LinkIndex([...swotTargets, ...towsTargets, ...strategyTargets, ...goalTargets]),
    goals,
  );
  resolveLinks(drafts.kpiGoals, goalIndex);
  resolveLinks(drafts.swotGoals, goalIndex);
  resolveLinks(drafts.towsFrom, new LinkIndex(swotTargets));
  resolveLinks(drafts.towsGoals, goalIndex);

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
