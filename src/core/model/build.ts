/** The model's one entry point: checks its arguments, reads the tables, resolves links, indexes relations. */
import type { CellValue } from '../grid/types';
import { ModelError } from './errors';
import { LinkIndex, type LinkTarget } from './links';
import { MODEL_MISUSE, NO_RUDDER_TABLES } from './messages';
import { HistoryReader, isHistoryTable, joinHistory, type HistoryPoint, type HistoryTableRead } from './history';
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

/** One list of related entities per entity, handed out without repeats (first occurrence first). */
class Lists<T> {
  private readonly all: T[][];
  constructor(n: number) {
    this.all = Array.from({ length: n }, (): T[] => []);
  }
  get(i: number): readonly T[] {
    return this.all[i];
  }
  add(i: number, value: T): void {
    this.all[i].push(value);
  }
  unique(): readonly (readonly T[])[] {
    return this.all.map((list) => (list.length < 2 ? list : [...new Set(list)]));
  }
}

function addRef(lists: Lists<EntityRef>, i: number, ref: EntityRef): void {
  if (lists.get(i).some((r) => r.kind === ref.kind && r.index === ref.index)) return;
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
      if (t.index !== gi) lists.parentsOfGoal.add(gi, t.index);
      continue;
    }
    addRef(lists.anchorsOfGoal, gi, t);
    if (t.kind === 'strategy') lists.goalsOfStrategy.add(t.index, gi);
    if (t.kind === 'swot') lists.goalsOfSwot.add(t.index, gi);
    if (t.kind === 'tows') for (const s of lists.towsFrom[t.index]) lists.goalsOfSwot.add(s, gi);
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
  const goalsOfKpi = new Lists<number>(kpis.length);
  const goalsOfStrategy = new Lists<number>(strategy.length);
  const goalsOfSwot = new Lists<number>(swot.length);
  const towsOfSwot = new Lists<number>(swot.length);
  const anchorsOfGoal = new Lists<EntityRef>(goals.length);
  const parentsOfGoal = new Lists<number>(goals.length);

  for (let ki = 0; ki < kpis.length; ki++) {
    for (const link of kpis[ki].goal.links) {
      const t = firmTarget(link);
      if (!t || t.kind !== 'goal') continue;
      kpisOfGoal.add(t.index, ki);
      goalsOfKpi.add(ki, t.index);
    }
  }
  const towsFrom = tows.map((t) => indicesOf(t.from, 'swot'));
  for (let ti = 0; ti < tows.length; ti++) {
    for (const s of towsFrom[ti]) towsOfSwot.add(s, ti);
    for (const g of indicesOf(tows[ti].goal, 'goal')) {
      addRef(anchorsOfGoal, g, tows[ti].ref);
      for (const s of towsFrom[ti]) goalsOfSwot.add(s, g);
    }
  }
  for (let si = 0; si < swot.length; si++) {
    for (const link of swot[si].goals.links) {
      const t = firmTarget(link);
      if (!t || t.kind !== 'goal') continue;
      goalsOfSwot.add(si, t.index);
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
  private readonly drafts: Drafts;
  /** Tables handed over so far, Rudder's or not: a misshapen one is named by its place among them. */
  private handed = 0;
  private built = false;
  private readonly histories: HistoryReader[] = [];

  constructor(options: BuildOptions = {}) {
    if (typeof options !== 'object' || options === null) throw new ModelError(MODEL_MISUSE.mappingsNotArray);
    this.mappings = checkMappings(options.mappings);
    this.drafts = emptyDrafts(options.dateOrder === 'mdy' ? 'mdy' : 'dmy');
  }

  /** Starts reading a table: a reader for its rows, or null when it is not a Rudder table. */
  table(head: TableHead): RowsReader | null {
    // Tables read after the model was built would change its entity lists under it.
    if (this.built) throw new ModelError(MODEL_MISUSE.builderDone);
    checkTableHead(head, this.handed++);
    if (isHistoryTable(head.name)) {
      const reader = new HistoryReader(head, head.headers);
      this.histories.push(reader);
      return reader;
    }
    const known = recogniseTable(head.name, this.mappings);
    return known ? new TableReader(head, known.kind, known.mapping, this.drafts) : null;
  }

  /** The model of every table read so far, its links resolved and its relations indexed. */
  build(): StrategyModel {
    if (this.built) throw new ModelError(MODEL_MISUSE.builderDone);
    this.built = true;
    return modelOf(this.drafts, mergedHistory(this.histories.map((h) => h.result())));
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

/** What reads a table's body rows, in one or more parts. */
export interface RowsReader {
  read(rows: readonly (readonly CellValue[])[], first: number): void;
}

/** Two history tables (RudderHistory and RudderHistory2) read as one: the first's place, both tables' rows. */
function mergedHistory(tables: readonly HistoryTableRead[]): HistoryTableRead | null {
  if (tables.length === 0) return null;
  if (tables.length === 1) return tables[0];
  const points: HistoryPoint[] = tables.flatMap((t) => [...t.points]);
  return { ...tables[0], points };
}

function modelOf(drafts: Drafts, history: HistoryTableRead | null): StrategyModel {
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
    history: joinHistory(history, kpis),
    ambiguousDates:
      drafts.dates.example === null
        ? null
        : { count: drafts.dates.ambiguous, example: drafts.dates.example, order: drafts.dates.order },
  };
}
