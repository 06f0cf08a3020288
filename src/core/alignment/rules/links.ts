/** Rules about the threads between the tables: KPIs to goals, goals to strategy, link cells, IDs. */
import { atField, normId, type EntityRef, type LinkField, type StrategyModel } from '../../model';
import { entityVars, finding, idOf, joinOr, labelOf, listSome, named } from '../describe';
import { fill, MSG, NOUN, RULE_TEXT } from '../messages';
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
      const vars = { ...entityVars(model, k.ref), example: example ?? '' };
      const fix = example ? fill(MSG.kpiWithoutGoalFix, vars) : fill(MSG.kpiWithoutGoalFixNoGoals, vars);
      out.push(
        finding(
          this.id,
          this.severity,
          { sheet: k.location.sheet, cell: k.goal.cell },
          fill(MSG.kpiWithoutGoal, vars),
          fix,
          [vars.id],
        ),
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
    return model.goals
      .filter((_g, i) => model.relations.kpisOfGoal[i].length === 0)
      .map((g) => {
        const vars = entityVars(model, g.ref);
        return finding(
          this.id,
          this.severity,
          g.location,
          fill(MSG.goalWithoutKpi, vars),
          fill(MSG.goalWithoutKpiFix, vars),
          [vars.id],
        );
      });
  },
};

/**
 * Goals anchored to strategy directly, or through a parent goal named in Source that is anchored.
 * Walks parent-to-child once with a visited mark, so circular Source links cannot loop.
 */
export function anchoredGoals(model: StrategyModel): Uint8Array {
  const n = model.goals.length;
  const anchored = new Uint8Array(n);
  const children: number[][] = Array.from({ length: n }, () => []);
  model.relations.parentsOfGoal.forEach((parents, child) => parents.forEach((p) => children[p].push(child)));
  const queue: number[] = [];
  for (let i = 0; i < n; i++)
    if (model.relations.anchorsOfGoal[i].length > 0) {
      anchored[i] = 1;
      queue.push(i);
    }
  for (let head = 0; head < queue.length; head++) {
    for (const c of children[queue[head]])
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
    model.goals.forEach((g, i) => {
      if (anchored[i]) return;
      const vars = { ...entityVars(model, g.ref), example: example ?? '' };
      const fix = example ? fill(MSG.goalWithoutPillarFix, vars) : fill(MSG.goalWithoutPillarFixNoStrategy, vars);
      out.push(
        finding(this.id, this.severity, atField(g.location, 'Pillar'), fill(MSG.goalWithoutPillar, vars), fix, [
          vars.id,
        ]),
      );
    });
    return out;
  },
};

/** Every filled-in link cell with the entity whose row holds it, visited without building a list. */
function eachLinkField(model: StrategyModel, visit: (owner: EntityRef, sheet: string, field: LinkField) => void): void {
  const filled = (owner: EntityRef, sheet: string, field: LinkField): void => {
    if (field.raw !== '') visit(owner, sheet, field);
  };
  // Indexed loops: these run over every goal and KPI, and an iterator per loop is garbage per audit.
  const { goals, kpis } = model;
  for (let i = 0; i < goals.length; i++) {
    const g = goals[i];
    filled(g.ref, g.location.sheet, g.pillar);
    filled(g.ref, g.location.sheet, g.source);
  }
  for (let i = 0; i < kpis.length; i++) filled(kpis[i].ref, kpis[i].location.sheet, kpis[i].goal);
  for (const s of model.swot) filled(s.ref, s.location.sheet, s.goals);
  for (const t of model.tows) {
    filled(t.ref, t.location.sheet, t.from);
    filled(t.ref, t.location.sheet, t.goal);
  }
}

const filledLinkCells = perModel((model: StrategyModel): number => {
  let n = 0;
  eachLinkField(model, () => n++);
  return n;
});

export const brokenLink: Rule = {
  id: 'broken-link',
  severity: 'error',
  ...RULE_TEXT['broken-link'],
  count: (model) => filledLinkCells(model),
  check(model) {
    const out: Finding[] = [];
    eachLinkField(model, (owner, sheet, field) => {
      const links = field.links;
      for (let i = 0; i < links.length; i++) {
        const link = links[i];
        if (link.match === 'id' || link.match === 'name') continue;
        const vars = {
          ...entityVars(model, owner),
          ref: link.text,
          column: field.column,
          targetKind: NOUN.targetOf[field.column] ?? 'item',
          candidates: joinOr(link.candidates.map((c) => labelOf(model, c))),
          ids: joinOr(link.candidates.map((c) => idOf(model, c))),
          closestId: link.candidates.length > 0 ? idOf(model, link.candidates[0]) : '',
        };
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
        out.push(finding(this.id, this.severity, { sheet, cell: field.cell }, message, fix, [vars.id]));
      }
    });
    return out;
  },
};

/** Every entity with its table and ID, without building a label for each. */
function eachIdentified(model: StrategyModel, visit: (ref: EntityRef, table: string, id: string) => void): void {
  const lists = [model.strategy, model.goals, model.kpis, model.swot, model.tows];
  for (const list of lists) for (const e of list) if (e.id !== '') visit(e.ref, e.location.table, e.id);
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
const idGroups = perModel((model: StrategyModel) => {
  const byTable = new Map<string, { distinct: number; first: TextTable; repeated: Map<string, EntityRef[]> }>();
  const refs: EntityRef[] = [];
  eachIdentified(model, (ref, table, id) => {
    let ids = byTable.get(table);
    if (!ids) {
      const rows = model.tables.find((t) => t.name === table)?.rowCount ?? 0;
      ids = { distinct: 0, first: new TextTable(rows), repeated: new Map() };
      byTable.set(table, ids);
    }
    const key = normId(id);
    // The first entity with each ID is kept by its place in `refs`; repeats are few and go to a Map.
    const firstIndex = ids.first.addIfAbsent(key, refs.length);
    if (firstIndex < 0) {
      refs.push(ref);
      ids.distinct++;
      return;
    }
    const group = ids.repeated.get(key);
    if (group) group.push(ref);
    else ids.repeated.set(key, [refs[firstIndex], ref]);
  });
  return byTable;
});

/** Per ID prefix, the highest number used in one table ("G-" → 12); only worked out for tables with duplicates. */
function highestNumbers(model: StrategyModel, table: string): Map<string, number> {
  const highest = new Map<string, number>();
  eachIdentified(model, (_ref, t, id) => {
    if (t !== table) return;
    const m = TRAILING_NUMBER.exec(id.trim());
    if (!m) return;
    const prefix = normId(m[1]);
    highest.set(prefix, Math.max(highest.get(prefix) ?? 0, Number(m[2])));
  });
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
