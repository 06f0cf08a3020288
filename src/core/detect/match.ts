/** Reading a header's words against the lexicons: which roles it names, and how surely. */
import { CONNECTORS, PHRASES_BY_FIRST_TOKEN, STRATEGY_WORDS, SWOT_WORDS, type Phrase } from './lexicon';
import { normalizeText, tokens } from './text';
import type { ColumnRole } from './types';

interface Hit {
  readonly phrase: Phrase;
  readonly start: number;
  readonly end: number;
}

function findHits(toks: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < toks.length; i++) {
    for (const phrase of PHRASES_BY_FIRST_TOKEN.get(toks[i]) ?? []) {
      const n = phrase.tokens.length;
      if (i + n > toks.length) continue;
      let same = true;
      for (let k = 1; k < n && same; k++) same = toks[i + k] === phrase.tokens[k];
      if (!same) continue;
      if (phrase.exact && (i !== 0 || n !== toks.length)) continue;
      hits.push({ phrase, start: i, end: i + n });
    }
  }
  return hits;
}

/** Drops a hit lying inside a longer one: "target" inside "target date". */
function outermost(hits: readonly Hit[]): Hit[] {
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}

/**
 * The head of a header names its role: the last hit in "Goal type" (English, German), the hit
 * before the connector in "Tipo de meta" or "Date of completion".
 */
function headIndex(toks: readonly string[], hits: readonly Hit[]): number {
  const connector = toks.findIndex((t, i) => i > 0 && CONNECTORS.has(t));
  if (connector > 0) {
    const before = hits.filter((h) => h.end <= connector);
    if (before.length > 0) return hits.indexOf(before[before.length - 1]);
  }
  let best = 0;
  for (let i = 1; i < hits.length; i++)
    if (hits[i].end > hits[best].end || (hits[i].end === hits[best].end && hits[i].start < hits[best].start)) best = i;
  return best;
}

/** Role scores (0-1) a header's words give, before looking at the cells. */
export function headerRoleScores(header: string): ReadonlyMap<ColumnRole, number> {
  const toks = tokens(header);
  const scores = new Map<ColumnRole, number>();
  // "Strengths" or "Mission" over a column names what the column holds, which no column role is.
  if (hasSwotOrStrategyWord(header)) return new Map([['other', 0.9]]);
  const all = findHits(toks);
  const strong = all.filter((h) => !h.phrase.weak);
  const hits = outermost(strong.length > 0 ? strong : all);
  if (hits.length > 0) {
    const head = headIndex(toks, hits);
    hits.forEach((hit, i) => {
      const covered = (hit.end - hit.start) / toks.length;
      let score = hit.phrase.weak ? 0.3 + 0.15 * covered : 0.6 + 0.35 * covered;
      if (i !== head) score *= 0.5;
      if (score > (scores.get(hit.phrase.role) ?? 0)) scores.set(hit.phrase.role, score);
    });
  }
  return scores;
}

/** True for headers such as "Strengths", "Menaces", "Mission". */
export function hasSwotOrStrategyWord(header: string): boolean {
  const norm = normalizeText(header);
  return SWOT_WORDS.has(norm) || STRATEGY_WORDS.has(norm);
}
