/**
 * The closest targets for a link that names an ID nobody has: the ones nearest in meaning to the
 * row that holds the link (a KPI "Instagram followers" → the goal about social media), by the
 * content words they share, not the ones whose ID number happens to be near. When no target shares
 * a word, none is named: an ID that is merely near in number would send the owner to the wrong goal.
 * Columns whose targets it cannot tell keep the nearest IDs.
 */
import { contentTokens, type EntityRef, type StrategyModel } from '../model';
import { named } from './describe';
import type { RuleContext } from './types';
import { planWording, type PlanWording } from './words';

const MAX_CLOSEST = 3;

/** The targets one kind of link column points at, each with its distinct words, and the targets that hold each word. */
interface Targets {
  readonly refs: readonly EntityRef[];
  readonly words: readonly (readonly string[])[];
  readonly holding: ReadonlyMap<string, readonly number[]>;
}

function indexTargets(refs: readonly EntityRef[], words: readonly (readonly string[])[]): Targets {
  const holding = new Map<string, number[]>();
  words.forEach((list, at) => {
    for (const w of list) {
      const holders = holding.get(w);
      if (holders) holders.push(at);
      else holding.set(w, [at]);
    }
  });
  return { refs, words, holding };
}

/**
 * Goals and pillars by the words of their text, worked out once per check: a workbook with hundreds of broken
 * links would otherwise read every goal's words again for each of them.
 */
export class MeaningIndex {
  private readonly byColumn = new Map<'goal' | 'pillar', Targets>();

  constructor(
    private readonly model: StrategyModel,
    private readonly wording: PlanWording,
  ) {}

  /** An entity's distinct content words: goals and KPIs as the run has read them already. */
  private wordsOf(ref: EntityRef): readonly string[] {
    if (ref.kind === 'goal') return this.wording.goals[ref.index].stems;
    if (ref.kind === 'kpi') return this.wording.kpis[ref.index].stems;
    return [...new Set(contentTokens(named(this.model, ref).text))];
  }

  private targetsOf(column: string): Targets | null {
    const kind = column === 'Goal' || column === 'Goals' ? 'goal' : column === 'Pillar' ? 'pillar' : null;
    if (kind === null) return null;
    let targets = this.byColumn.get(kind);
    if (!targets) {
      const refs =
        kind === 'goal'
          ? this.model.goals.map((g) => g.ref)
          : this.model.strategy.filter((s) => s.type === 'value' || s.type === 'pillar').map((s) => s.ref);
      targets = indexTargets(
        refs,
        refs.map((ref) => this.wordsOf(ref)),
      );
      this.byColumn.set(kind, targets);
    }
    return targets;
  }

  /** Up to three targets of the column sharing the most words with the owner's text, best first; `byNumber` where the column's targets are unknown. */
  closest(owner: EntityRef, column: string, byNumber: readonly EntityRef[]): readonly EntityRef[] {
    const targets = this.targetsOf(column);
    const words = this.wordsOf(owner);
    if (!targets || words.length === 0) return byNumber;
    // Only the targets that hold one of the owner's words can share any. A word most targets hold ("area" in
    // "Sales in area 12") says nothing about which one is meant.
    const common = Math.max(MAX_CLOSEST + 1, targets.refs.length / 2);
    const shared = new Map<number, number>();
    for (const w of words) {
      const holders = targets.holding.get(w) ?? [];
      if (holders.length > common) continue;
      for (const at of holders) shared.set(at, (shared.get(at) ?? 0) + 1);
    }
    const best: Scored[] = [];
    for (const [at, count] of shared) {
      const ref = targets.refs[at];
      if (ref.kind === owner.kind && ref.index === owner.index) continue;
      // Jaccard overlap: a long goal does not win by having more words.
      keepBest(best, { ref, score: count / (words.length + targets.words[at].length - count), at });
    }
    return best.map((s) => s.ref);
  }
}

interface Scored {
  readonly ref: EntityRef;
  readonly score: number;
  readonly at: number;
}

/** Keeps the MAX_CLOSEST best, best first (higher score, then earlier row). */
function keepBest(best: Scored[], candidate: Scored): void {
  const before = (a: Scored, b: Scored): boolean => a.score > b.score || (a.score === b.score && a.at < b.at);
  let place = best.length;
  while (place > 0 && before(candidate, best[place - 1])) place--;
  if (place >= MAX_CLOSEST) return;
  best.splice(place, 0, candidate);
  if (best.length > MAX_CLOSEST) best.pop();
}

/** One index per check run (see `RuleContext.once`). */
export const meaningIndex = (model: StrategyModel, ctx: RuleContext): MeaningIndex =>
  new MeaningIndex(model, ctx.once(planWording));
