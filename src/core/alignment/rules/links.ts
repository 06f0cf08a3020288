/** Rules about the threads between the tables: KPIs to goals, goals to strategy, link cells, IDs. */
import {
  atField,
  normId,
  type EntityBase,
  type EntityRef,
  type LinkField,
  type Location,
  type StrategyModel,
} from '../../model';
import { entityVars, entityVarsWith, finding, idOf, joinOr, labelOf, listSome, named } from '../describe';
import { fill, MSG, NOUN, RULE_TEXT } from '../messages';
import { circles } from '../cycles';
import { meaningIndex, type MeaningIndex } from '../closest';
import { looksLikeId } from '../../model/text';
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
export function anchoredGoals(model: StrategyModel): readonly boolean[] {
  const n = model.goals.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  const { parentsOfGoal, anchorsOfGoal } = model.relations;
  for (let child = 0; child < n; child++) for (const p of parentsOfGoal[child]) children[p].push(child);
  const anchored = anchorsOfGoal.map((anchors) => anchors.length > 0);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (anchored[i]) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    for (const c of children[queue[head]])
      if (!anchored[c]) {
        anchored[c] = true;
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

/** A filled-in link cell, with the entity whose row holds it. */
interface LinkCell {
  readonly owner: EntityRef;
  readonly location: Location;
  readonly field: LinkField;
}

function filledLinkCells(model: StrategyModel): LinkCell[] {
  const cells: LinkCell[] = [];
  const add = (owner: EntityBase, field: LinkField): void => {
    if (field.raw !== '') cells.push({ owner: owner.ref, location: owner.location, field });
  };
  for (const g of model.goals) {
    add(g, g.pillar);
    add(g, g.source);
  }
  for (const k of model.kpis) add(k, k.goal);
  for (const s of model.swot) add(s, s.goals);
  for (const t of model.tows) {
    add(t, t.from);
    add(t, t.goal);
  }
  return cells;
}

/** A finding for each reference in the cell that was not found firmly (by ID or by name). */
function reportBrokenLinks(
  model: StrategyModel,
  rule: Rule,
  { owner, location, field }: LinkCell,
  meaning: MeaningIndex,
): Finding[] {
  const out: Finding[] = [];
  for (const resolved of field.links) {
    if (resolved.match === 'id' || resolved.match === 'name') continue;
    // An unknown ID's closest targets by meaning (words shared with this row), not by ID number.
    const link =
      resolved.match === 'unmatched' && looksLikeId(resolved.text)
        ? { ...resolved, candidates: meaning.closest(owner, field.column, resolved.candidates) }
        : resolved;
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
    const found = finding(rule.id, rule.severity, atField(location, field.column), message, fix, [vars.id]);
    if (link.match !== 'unmatched' || looksLikeId(link.text)) out.push(found);
    else {
      const noun = named(model, owner).noun;
      const cause = {
        kind: 'unmatched-link',
        ref: link.text,
        column: field.column,
        noun,
        targetKind: vars.targetKind,
      } as const;
      out.push({ ...found, cause });
    }
  }
  return out;
}

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
  count: (_model, ctx) => ctx.once(filledLinkCells).length,
  check(model, ctx) {
    const out: Finding[] = [];
    const meaning = ctx.once(meaningIndex);
    for (const cell of ctx.once(filledLinkCells)) out.push(...reportBrokenLinks(model, this, cell, meaning));
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
 * Per table, its IDs (case- and space-insensitively), each with the rows that hold it, and the IDs held by more
 * than one row, in the order their second row comes.
 */
interface TableIds {
  readonly rows: Map<string, EntityRef[]>;
  readonly repeated: string[];
}

function idsByTable(model: StrategyModel): Map<string, TableIds> {
  const byTable = new Map<string, TableIds>();
  for (const list of entityLists(model))
    for (const entity of list) {
      if (entity.id === '') continue;
      const table = entity.location.table;
      let ids = byTable.get(table);
      if (!ids) byTable.set(table, (ids = { rows: new Map(), repeated: [] }));
      const key = normId(entity.id);
      const refs = ids.rows.get(key);
      if (!refs) ids.rows.set(key, [entity.ref]);
      else if (refs.push(entity.ref) === 2) ids.repeated.push(key);
    }
  return byTable;
}

/** Per ID prefix, the highest number used in one table ("G-" → 12). */
function highestNumbers(model: StrategyModel, table: string): Map<string, number> {
  const highest = new Map<string, number>();
  for (const list of entityLists(model))
    for (const e of list) {
      if (e.id === '' || e.location.table !== table) continue;
      const m = TRAILING_NUMBER.exec(e.id.trim());
      if (!m) continue;
      const prefix = normId(m[1]);
      highest.set(prefix, Math.max(highest.get(prefix) ?? 0, Number(m[2])));
    }
  return highest;
}

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  ...RULE_TEXT['duplicate-id'],
  count: (_model, ctx) => {
    let ids = 0;
    for (const { rows } of ctx.once(idsByTable).values()) ids += rows.size;
    return ids;
  },
  check(model, ctx) {
    const out: Finding[] = [];
    for (const [table, { rows, repeated }] of ctx.once(idsByTable)) {
      if (repeated.length === 0) continue;
      const highest = highestNumbers(model, table);
      for (const key of repeated) {
        const refs = rows.get(key) as EntityRef[];
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
