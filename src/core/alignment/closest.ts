/**
 * The closest targets for a link that names an ID nobody has: the ones nearest in meaning to the
 * row that holds the link (a KPI "Instagram followers" → the goal about social media), by the
 * content words they share, not the ones whose ID number happens to be near. When no target shares
 * a word, none is named: an ID that is merely near in number would send the owner to the wrong goal.
 * Columns whose targets it cannot tell keep the nearest IDs.
 */
import { contentTokens, type EntityRef, type StrategyModel } from '../model';
import { named } from './describe';

const MAX_CLOSEST = 3;

/** What a link column points at, as entities of the model. */
function targetsOf(model: StrategyModel, column: string): EntityRef[] | null {
  if (column === 'Goal' || column === 'Goals') return model.goals.map((g) => g.ref);
  if (column === 'Pillar')
    return model.strategy.filter((s) => s.type === 'value' || s.type === 'pillar').map((s) => s.ref);
  return null;
}

export function closestInMeaning(
  model: StrategyModel,
  owner: EntityRef,
  column: string,
  byNumber: readonly EntityRef[],
): readonly EntityRef[] {
  const targets = targetsOf(model, column);
  const words = new Set(contentTokens(named(model, owner).text));
  if (!targets || words.size === 0) return byNumber;
  const scored: { ref: EntityRef; score: number; at: number }[] = [];
  targets.forEach((ref, at) => {
    if (ref.kind === owner.kind && ref.index === owner.index) return;
    const theirs = new Set(contentTokens(named(model, ref).text));
    let shared = 0;
    for (const w of theirs) if (words.has(w)) shared++;
    // Jaccard overlap: a long goal does not win by having more words.
    if (shared > 0) scored.push({ ref, score: shared / (words.size + theirs.size - shared), at });
  });
  if (scored.length === 0) return [];
  scored.sort((a, b) => b.score - a.score || a.at - b.at);
  return scored.slice(0, MAX_CLOSEST).map((s) => s.ref);
}
