/** Rules about the threads between the tables: KPIs to goals, goals to strategy, link cells, IDs. */
import {
  atField,
  digitsValue,
  normId,
  plainIdDigits,
  type EntityBase,
  type EntityRef,
  type LinkField,
  type Location,
  type StrategyModel,
} from '../../model';
import { entityVars, entityVarsWith, finding, idOf, joinOr, labelOf, listSome, named } from '../describe';
import { fill, MSG, NOUN, RULE_TEXT } from '../messages';
import { circles } from '../cycles';
import { TextTable } from '../hashTables';
import { perModel } from '../memo';
import type { Finding, Rule } from '../types';

const firstId = (model: StrategyModel, kind: 'goal' | 'strategy'): string | null => {
  const list = kind === 'goal' ? model.goals : model.strategy.filter((s) => s.type === 'value' || s.type === 'pillar');
  const withId = list.find((e) => e.id !== '');
  return withId ? withId.id : null;
};

export const kpiWithoutGoal: Rule = {
  id: 'kpi-without-goal',
  severity: 'warning',
  ...RULE_TEXT['kpi-without-goal'],
  count: (model) => model.kpis.length,
  check(model) {
    const example = firstId(model, 'goal');
    const out: Finding[] = [];
    for (const k of model.kpis) {
      // A Goal cell with text that matches nothing is a broken link, reported there once.
      if (k.goal.raw !== '') continue;
      const vars = entityVarsWith(model, k.ref, { example: example ?? '' });
      const fix = example ? fill(MSG.kpiWithoutGoalFix, vars) : fill(MSG.kpiWithoutGoalFixNoGoals, vars);
      out.push(
        finding(this.id, this.severity, atField(k.location, 'Goal'), fill(MSG.kpiWithoutGoal, vars), fix, [vars.id]),
      );
    }
    return out;
  },
};

export const goalWithoutKpi: Rule = {
  id: 'goal-without-kpi',
  severity: 'warning',
  ...RULE_TEXT['goal-without-kpi'],
  count: (model) => model.goals.length,
  check(model) {
    const out: Finding[] = [];
    for (let i = 0; i < model.goals.length; i++) {
      if (model.relations.kpisOfGoal[i].length > 0) continue;
      const g = model.goals[i];
      const vars = entityVars(model, g.ref);
      out.push(
        finding(this.id, this.severity, g.location, fill(MSG.goalWithoutKpi, vars), fill(MSG.goalWithoutKpiFix, vars), [
          vars.id,
        ]),
      );
    }
    return out;
  },
};

/**
 * Goals anchored to strategy directly, or through a parent goal named in Source that is anchored.
 * Walks parent-to-child once with a visited mark, so circular Source links cannot loop.
 */
export function anchoredGoals(model: StrategyModel): Uint8Array {
  const n = model.goals.length;
  const anchored = new Uint8Array(n);
  // Only goals that are someone's parent get a list of children.
  const children = new Array<number[] | undefined>(n);
  const { parentsOfGoal } = model.relations;
  for (let child = 0; child < n; child++) for (const p of parentsOfGoal[child]) (children[p] ??= []).push(child);
  const queue: number[] = [];
  for (let i = 0; i < n; i++)
    if (model.relations.anchorsOfGoal[i].length > 0) {
      anchored[i] = 1;
      queue.push(i);
    }
  for (let head = 0; head < queue.length; head++) {
    for (const c of children[queue[head]] ?? [])
      if (!anchored[c]) {
        anchored[c] = 1;
        queue.push(c);
      }
  }
  return anchored;
}

export const goalWithoutPillar: Rule = {
  id: 'goal-without-pillar',
  severity: 'warning',
  ...RULE_TEXT['goal-without-pillar'],
  count: (model) => model.goals.length,
  check(model) {
    const anchored = anchoredGoals(model);
    const example = firstId(model, 'strategy');
    const out: Finding[] = [];
    for (let i = 0; i < model.goals.length; i++) {
      if (anchored[i]) continue;
      const g = model.goals[i];
      const vars = entityVarsWith(model, g.ref, { example: example ?? '' });
      const fix = example ? fill(MSG.goalWithoutPillarFix, vars) : fill(MSG.goalWithoutPillarFixNoStrategy, vars);
      out.push(
        finding(this.id, this.severity, atField(g.location, 'Pillar'), fill(MSG.goalWithoutPillar, vars), fix, [
          vars.id,
        ]),
      );
    }
    return out;
  },
};

type LinkCellVisit<S> = (state: S, owner: EntityRef, location: Location, field: LinkField) => void;

/**
 * Every filled-in link cell with the entity whose row holds it, visited without building a list. The visit is
 * a function defined once, with its state passed in, rather than a closure: V8 keeps the optimised code of the
 * one, not of a closure made afresh for each audit.
 */
function eachLinkField<S>(model: StrategyModel, state: S, visit: LinkCellVisit<S>): void {
  // Indexed loops: these run over every goal and KPI, and an iterator per loop is garbage per audit.
  const { goals, kpis } = model;
  for (let i = 0; i < goals.length; i++) {
    const g = goals[i];
    if (g.pillar.raw !== '') visit(state, g.ref, g.location, g.pillar);
    if (g.source.raw !== '') visit(state, g.ref, g.location, g.source);
  }
  for (let i = 0; i < kpis.length; i++) {
    const k = kpis[i];
    if (k.goal.raw !== '') visit(state, k.ref, k.location, k.goal);
  }
  for (const s of model.swot) if (s.goals.raw !== '') visit(state, s.ref, s.location, s.goals);
  for (const t of model.tows) {
    if (t.from.raw !== '') visit(state, t.ref, t.location, t.from);
    if (t.goal.raw !== '') visit(state, t.ref, t.location, t.goal);
  }
}

const countCell: LinkCellVisit<{ cells: number }> = (counter) => {
  counter.cells++;
};

const filledLinkCells = perModel((model: StrategyModel): number => {
  const counter = { cells: 0 };
  eachLinkField(model, counter, countCell);
  return counter.cells;
});

interface BrokenLinkReport {
  readonly model: StrategyModel;
  readonly rule: Rule;
  readonly out: Finding[];
}

/** A finding for each reference in the cell that was not found firmly (by ID or by name). */
const reportBrokenLinks: LinkCellVisit<BrokenLinkReport> = ({ model, rule, out }, owner, location, field) => {
  const links = field.links;
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (link.match === 'id' || link.match === 'name') continue;
    const vars = entityVarsWith(model, owner, {
      ref: link.text,
      column: field.column,
      targetKind: NOUN.targetOf[field.column] ?? 'item',
      candidates: joinOr(link.candidates.map((c) => labelOf(model, c))),
      ids: joinOr(link.candidates.map((c) => idOf(model, c))),
      closestId: link.candidates.length > 0 ? idOf(model, link.candidates[0]) : '',
    });
    let message: string;
    let fix: string;
    if (link.match === 'self') {
      message = fill(MSG.linkSelf, vars);
      fix = fill(MSG.linkSelfFix, vars);
    } else if (link.match === 'ambiguous') {
      message = fill(MSG.linkAmbiguous, vars);
      fix = fill(MSG.linkAmbiguousFix, vars);
    } else {
      message = fill(MSG.linkUnmatched, vars) + (link.candidates.length > 0 ? fill(MSG.linkClosest, vars) : '');
      fix = link.candidates.length > 0 ? fill(MSG.linkUnmatchedFix, vars) : fill(MSG.linkUnmatchedFixNone, vars);
    }
    out.push(finding(rule.id, rule.severity, atField(location, field.column), message, fix, [vars.id]));
  }
};

/**
 * Goals that come from one another in a circle through their Source column (G-001 from G-002, G-002 from
 * G-001): none of them can come first. Said once per circle, at the Source cell of its first goal.
 */
function circleFinding(model: StrategyModel, rule: Rule, circle: readonly number[]): Finding {
  const first = model.goals[circle[0]];
  const ids = circle.map((g) => idOf(model, model.goals[g].ref));
  const parent = model.relations.parentsOfGoal[circle[0]].find((p) => circle.includes(p)) ?? circle[1];
  const vars = { ids: listSome(ids), id: ids[0], parentId: idOf(model, model.goals[parent].ref) };
  const message = fill(circle.length === 2 ? MSG.goalPairCircle : MSG.goalCircle, vars);
  const at = atField(first.location, 'Source');
  return finding(rule.id, rule.severity, at, message, fill(MSG.goalCircleFix, vars), ids);
}

export const brokenLink: Rule = {
  id: 'broken-link',
  severity: 'error',
  ...RULE_TEXT['broken-link'],
  count: (model) => filledLinkCells(model),
  check(model) {
    const out: Finding[] = [];
    eachLinkField(model, { model, rule: this, out }, reportBrokenLinks);
    for (const circle of circles(model.relations.parentsOfGoal)) out.push(circleFinding(model, this, circle));
    return out;
  },
};

/** Every entity list, for walking each entity with its table and ID. */
function entityLists(model: StrategyModel): readonly (readonly EntityBase[])[] {
  return [model.strategy, model.goals, model.kpis, model.swot, model.tows];
}

const TRAILING_NUMBER = /^(.*?)(\d+)$/;

/** The next free ID in a table, shaped like the one duplicated ("G-007" → "G-013" when G-012 is the highest). */
function nextFreeId(highest: ReadonlyMap<string, number>, like: string): string {
  const m = TRAILING_NUMBER.exec(like.trim());
  if (!m) return `${like.trim()}-2`;
  const max = highest.get(normId(m[1])) ?? 0;
  return `${m[1]}${String(max + 1).padStart(m[2].length, '0')}`;
}

/**
 * Per table, how many distinct IDs it holds (case- and space-insensitively) and the groups of rows that share
 * one. Only a repeated ID gets a list: a table of unique IDs keeps one entry per ID.
 */
interface TableIds {
  distinct: number;
  /** Each ID's first entity, as its list (in `entityLists`) and its place there, packed by `placeOf`. */
  readonly first: TextTable;
  readonly repeated: Map<string, EntityRef[]>;
}

/**
 * An entity's list and place packed into one whole number (room for eight lists; there are five): the first
 * entity of each ID is kept as a number in a typed table, not as an object, and only a repeated ID makes a list.
 */
const LISTS = 8;
const placeOf = (list: number, index: number): number => list + LISTS * index;
const entityAt = (lists: ReturnType<typeof entityLists>, place: number): EntityBase =>
  lists[place % LISTS][Math.floor(place / LISTS)];

const idGroups = perModel((model: StrategyModel): Map<string, TableIds> => {
  const byTable = new Map<string, TableIds>();
  const lists = entityLists(model);
  // A table's rows come one after another: its entry is looked up again only when the table changes.
  let table = '';
  let ids: TableIds | undefined;
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k];
    for (let i = 0; i < list.length; i++) {
      const entity = list[i];
      if (entity.id === '') continue;
      if (ids === undefined || entity.location.table !== table) {
        table = entity.location.table;
        ids = tableIds(model, byTable, table);
      }
      const key = normId(entity.id);
      const first = ids.first.addIfAbsent(key, placeOf(k, i));
      if (first < 0) {
        ids.distinct++;
        continue;
      }
      const group = ids.repeated.get(key);
      if (group) group.push(entity.ref);
      else ids.repeated.set(key, [entityAt(lists, first).ref, entity.ref]);
    }
  }
  return byTable;
});

function tableIds(model: StrategyModel, byTable: Map<string, TableIds>, table: string): TableIds {
  let ids = byTable.get(table);
  if (!ids) {
    const rows = model.tables.find((t) => t.name === table)?.rowCount ?? 0;
    ids = { distinct: 0, first: new TextTable(rows), repeated: new Map() };
    byTable.set(table, ids);
  }
  return ids;
}

/** Per ID prefix, the highest number used in one table ("G-" → 12); only worked out for tables with duplicates. */
function highestNumbers(model: StrategyModel, table: string): Map<string, number> {
  const highest = new Map<string, number>();
  // IDs in Rudder's own form (nearly all) are split without a regular expression, and a table's IDs share a
  // few prefixes: the last one is reused rather than cut out again.
  let prefix = '';
  for (const list of entityLists(model))
    for (const e of list) {
      if (e.id === '' || e.location.table !== table) continue;
      const id = e.id.trim();
      const digits = plainIdDigits(id);
      let number: number;
      if (digits >= 0) {
        if (prefix.length !== digits || !id.startsWith(prefix)) prefix = id.slice(0, digits);
        number = digitsValue(id, digits);
      } else {
        const m = TRAILING_NUMBER.exec(id);
        if (!m) continue;
        prefix = normId(m[1]);
        number = Number(m[2]);
      }
      highest.set(prefix, Math.max(highest.get(prefix) ?? 0, number));
    }
  return highest;
}

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  ...RULE_TEXT['duplicate-id'],
  count: (model) => {
    let ids = 0;
    for (const { distinct } of idGroups(model).values()) ids += distinct;
    return ids;
  },
  check(model) {
    const out: Finding[] = [];
    for (const [table, { repeated }] of idGroups(model)) {
      let highest: Map<string, number> | undefined;
      for (const refs of repeated.values()) {
        highest ??= highestNumbers(model, table);
        const second = named(model, refs[1]);
        const vars = {
          id: named(model, refs[0]).id,
          count: refs.length,
          table,
          rows: listSome(refs.map((r) => String(named(model, r).row))),
          row: second.row,
          suggestion: nextFreeId(highest, second.id),
        };
        out.push(
          finding(this.id, this.severity, second, fill(MSG.duplicateId, vars), fill(MSG.duplicateIdFix, vars), [
            vars.id,
          ]),
        );
      }
    }
    return out;
  },
};
