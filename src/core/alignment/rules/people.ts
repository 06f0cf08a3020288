/** Rules about who carries the work. */
import { atField, normName, saysNothingYet, type Goal, type Kpi, type Location, type StrategyModel } from '../../model';
import { entityVarsWith, finding, idOf, listFirst } from '../describe';
import { OVERLOAD_LIMIT, OWNER_JOIN_WORDS } from '../lexicons';
import { fill, MSG, RULE_TEXT } from '../messages';
import type { Finding, Rule, RuleContext } from '../types';

/**
 * What separates two people in an Owner cell: punctuation, or a joining word of any language ("and", "y", "et")
 * standing alone between spaces.
 */
const BETWEEN_OWNERS = new RegExp(`[,;/&\\n+]|\\s(?:${OWNER_JOIN_WORDS.join('|')})\\s`, 'i');

/** An Owner cell may name several people: "Ann, Bob", "Ann & Bob", "Ann and Bob", "Ana y Luis", "Ann / Bob". */
export function ownersIn(cell: string): string[] {
  return cell
    .split(BETWEEN_OWNERS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

interface Person {
  readonly name: string;
  readonly key: string;
}

/** The people an Owner cell names; none for a blank cell or one that holds a placeholder ("TBD", "n/a", "?"). */
function peopleIn(cell: string): Person[] {
  // The whole cell first: "n/a" is one placeholder, not two people split at the slash.
  if (saysNothingYet(cell)) return [];
  return ownersIn(cell)
    .map((name) => ({ name, key: normName(name) }))
    .filter((p) => !saysNothingYet(p.key));
}

/** The people of each distinct Owner cell, read once per run: a plan names the same few people again and again. */
class OwnerCells {
  private readonly read = new Map<string, readonly Person[]>();

  people(cell: string): readonly Person[] {
    let people = this.read.get(cell);
    if (people === undefined) {
      people = peopleIn(cell);
      this.read.set(cell, people);
    }
    return people;
  }

  owned(cell: string): boolean {
    return this.people(cell).length > 0;
  }
}

const ownerCells = (): OwnerCells => new OwnerCells();

/** The first of the goals with an owner, for a KPI that has none of its own; undefined when none has. */
function firstOwnedGoal(model: StrategyModel, goals: readonly number[], cells: OwnerCells): number | undefined {
  for (const g of goals) if (cells.owned(model.goals[g].owner)) return g;
  return undefined;
}

export const missingOwner: Rule = {
  id: 'missing-owner',
  severity: 'warning',
  ...RULE_TEXT['missing-owner'],
  count: (model) => model.goals.length + model.kpis.length,
  check(model, ctx) {
    const out: Finding[] = [];
    const cells = ctx.once(ownerCells);
    const report = (at: Location, vars: { readonly id: string }, message: string, fix: string) =>
      out.push(finding(this.id, this.severity, atField(at, 'Owner'), fill(message, vars), fill(fix, vars), [vars.id]));
    // Nobody owns it: the cell is blank, or says so ("TBD"), which is worth quoting.
    const reportNobody = (entity: Goal | Kpi) => {
      const vars = entityVarsWith(model, entity.ref, { raw: entity.owner });
      report(entity.location, vars, entity.owner === '' ? MSG.missingOwner : MSG.ownerPlaceholder, MSG.missingOwnerFix);
    };
    for (const g of model.goals) if (!cells.owned(g.owner)) reportNobody(g);
    for (let i = 0; i < model.kpis.length; i++) {
      const k = model.kpis[i];
      if (cells.owned(k.owner)) continue;
      // Someone must keep the numbers up to date even when the goal has an owner: the goal's owner is the likely one.
      const ownedGoal = firstOwnedGoal(model, model.relations.goalsOfKpi[i], cells);
      if (ownedGoal === undefined) {
        reportNobody(k);
        continue;
      }
      const goal = model.goals[ownedGoal];
      const vars = entityVarsWith(model, k.ref, { goalId: idOf(model, goal.ref), owner: goal.owner });
      report(k.location, vars, MSG.missingOwnerGoalOwned, MSG.missingOwnerGoalOwnedFix);
    }
    return out;
  },
};

interface OwnerLoad {
  name: string;
  goals: number[];
}

function ownerLoads(model: StrategyModel, ctx: RuleContext): Map<string, OwnerLoad> {
  const byOwner = new Map<string, OwnerLoad>();
  const cells = ctx.once(ownerCells);
  for (let i = 0; i < model.goals.length; i++) {
    if (ctx.goalAchieved(i)) continue;
    for (const { name, key } of cells.people(model.goals[i].owner)) {
      const load = byOwner.get(key);
      if (!load) byOwner.set(key, { name, goals: [i] });
      else if (load.goals[load.goals.length - 1] !== i) load.goals.push(i);
    }
  }
  return byOwner;
}

export const ownerOverload: Rule = {
  id: 'owner-overload',
  severity: 'info',
  ...RULE_TEXT['owner-overload'],
  count: (_model, ctx) => ctx.once(ownerLoads).size,
  check(model, ctx) {
    const out: Finding[] = [];
    for (const load of ctx.once(ownerLoads).values()) {
      if (load.goals.length <= OVERLOAD_LIMIT) continue;
      const first = model.goals[load.goals[0]];
      const ids = listFirst(load.goals.length, (i) => idOf(model, model.goals[load.goals[i]].ref));
      const vars = { name: load.name, count: load.goals.length, ids };
      out.push(
        finding(
          this.id,
          this.severity,
          atField(first.location, 'Owner'),
          fill(MSG.ownerOverload, vars),
          fill(MSG.ownerOverloadFix, vars),
          [load.name],
        ),
      );
    }
    return out;
  },
};
