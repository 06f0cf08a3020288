/**
 * Resolving link cells ("G-001, g-002; Customer service") to entities.
 *
 * IDs match case- and space-insensitively, then loosely ("G1" finds G-001 when only one ID fits).
 * Text that is not an ID is matched by wording: each candidate scores
 * 0.7 × (share of the reference's words found in the candidate) + 0.3 × (Dice overlap of both word sets),
 * words compared after normalising and light stemming, a word of 5+ letters also matching at one typo.
 * The best candidate is taken when it scores at least NAME_MATCH_THRESHOLD and beats the runner-up
 * by at least AMBIGUITY_MARGIN; otherwise the link is recorded as ambiguous or unmatched with the
 * closest candidates, for the broken-link rule to report.
 */
import {
  contentTokens,
  digitsValue,
  editDistance,
  looksLikeId,
  looseId,
  normId,
  normText,
  plainIdDigits,
} from './text';
import type { EntityRef, ResolvedLink } from './types';

export const NAME_MATCH_THRESHOLD = 0.6;
export const AMBIGUITY_MARGIN = 0.1;
/** Past this many candidates, only the rarest words are used to find more: keeps name matching near-linear. */
const MAX_CANDIDATES = 200;
/** Typo tolerance scans the vocabulary, so it is used only while the vocabulary is modest. */
const MAX_TYPO_VOCABULARY = 5000;
const MAX_CLOSEST = 3;

export interface LinkTarget {
  readonly ref: EntityRef;
  readonly id: string;
  readonly text: string;
}

/** Splits a link cell on commas, semicolons and line breaks. */
export function splitLinkCell(raw: string): string[] {
  return raw
    .split(/[,;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** An ID's letters and number, once normalised ("G-007" → G, 007). */
const ID_PARTS = /^([A-Z]+)-?(\d+)$/;

const byNumber = (a: { num: number }, b: { num: number }): number => a.num - b.num;

const sameRef = (a: EntityRef | undefined, b: EntityRef | undefined): boolean =>
  a !== undefined && b !== undefined && a.kind === b.kind && a.index === b.index;

type Resolution = Omit<ResolvedLink, 'text'>;

/** Shared by every link with no candidates to offer; read-only by type. */
const NO_CANDIDATES: readonly EntityRef[] = [];

/** Does one of the links point at `ref`? A loop, not `some`: every goal's link cells ask, and a callback per cell adds up. */
function pointsAt(links: readonly ResolvedLink[], ref: EntityRef): boolean {
  for (let i = 0; i < links.length; i++) if (sameRef(links[i].target, ref)) return true;
  return false;
}

/** A link that points back at the entity whose cell holds it. */
function selfLink(link: ResolvedLink): ResolvedLink {
  return { text: link.text, match: 'self', target: link.target, candidates: NO_CANDIDATES };
}

/** Word postings over the targets' texts, for links written as names. */
interface NameIndex {
  readonly tokens: readonly ReadonlySet<string>[];
  readonly fullText: readonly string[];
  readonly postings: ReadonlyMap<string, number[]>;
}

/** Loose ID keys ("G1" for G-001), to entities; null where two IDs share one. */
type LooseIndex = ReadonlyMap<string, EntityRef | null>;

/** IDs grouped by their letters, in number order, for suggesting the nearest ones ("G" → G-001, G-002 …). */
type IdGroups = ReadonlyMap<string, readonly { num: number; ref: EntityRef }[]>;

/**
 * An index over the entities a link column may point at. Its parts are built on first use: a column
 * nobody filled in costs nothing, and most tables link by ID and never need the word index.
 */
export class LinkIndex {
  private ids: ReadonlyMap<string, EntityRef> | undefined = undefined;
  private loose: LooseIndex | undefined = undefined;
  private groups: IdGroups | undefined = undefined;
  private words: NameIndex | undefined = undefined;
  private readonly cache = new Map<string, ResolvedLink>();
  private readonly cellCache = new Map<string, readonly ResolvedLink[]>();

  constructor(private readonly targets: readonly LinkTarget[]) {}

  /** Exact ID keys. */
  private idIndex(): ReadonlyMap<string, EntityRef> {
    if (this.ids) return this.ids;
    const byId = new Map<string, EntityRef>();
    for (const target of this.targets) {
      const id = target.id.trim();
      if (id === '') continue;
      const key = normId(id);
      if (!byId.has(key)) byId.set(key, target.ref);
    }
    this.ids = byId;
    return byId;
  }

  /** Built only when an ID is not found as written: a workbook whose links all match never needs it. */
  private looseIndex(): LooseIndex {
    if (this.loose) return this.loose;
    const byLoose = new Map<string, EntityRef | null>();
    for (const target of this.targets) {
      const id = target.id.trim();
      if (id === '') continue;
      const loose = looseId(id);
      const seen = byLoose.get(loose);
      // Two IDs that only differ loosely ("G-1" and "G-01") make the loose key useless: mark it.
      byLoose.set(loose, seen === undefined || sameRef(seen ?? undefined, target.ref) ? target.ref : null);
    }
    this.loose = byLoose;
    return byLoose;
  }

  /** Built only when an unknown ID needs suggestions: most workbooks never ask. */
  private idGroups(): IdGroups {
    if (this.groups) return this.groups;
    const groups = new Map<string, { num: number; ref: EntityRef }[]>();
    for (const target of this.targets) {
      const id = normId(target.id.trim());
      // IDs in Rudder's own form (nearly all) are split without a regular expression's match.
      const digits = plainIdDigits(id);
      const m = digits < 0 ? ID_PARTS.exec(id) : null;
      if (digits < 0 && !m) continue;
      const letters = m ? m[1] : id.slice(0, digits - 1);
      const num = m ? Number(m[2]) : digitsValue(id, digits);
      const group = groups.get(letters);
      if (group) group.push({ num, ref: target.ref });
      else groups.set(letters, [{ num, ref: target.ref }]);
    }
    for (const group of groups.values()) group.sort(byNumber);
    this.groups = groups;
    return groups;
  }

  get size(): number {
    return this.targets.length;
  }

  /**
   * Every reference in one link cell, without repeats ("G-001, g-001" is one link); `self` is the entity
   * whose cell holds it. Link cells repeat a few IDs thousands of times, and the list is read-only, so one
   * list (read-only by type) serves every cell with the same text unless it points back at the cell's own entity.
   */
  resolveCell(raw: string, self?: EntityRef): readonly ResolvedLink[] {
    let links = this.cellCache.get(raw);
    if (!links) {
      links = this.resolveParts(raw);
      this.cellCache.set(raw, links);
    }
    if (self === undefined || !pointsAt(links, self)) return links;
    return this.resolveParts(raw, self);
  }

  private resolveParts(raw: string, self?: EntityRef): ResolvedLink[] {
    // Most link cells hold one ID: no splitting, no de-duplication, and no entry in the per-reference cache
    // (the cell cache in `resolveCell` already keeps it).
    if (!/[,;\n\r]/.test(raw)) {
      if (raw === '') return [];
      const link = this.resolveUncached(raw);
      return [link.target && sameRef(link.target, self) ? selfLink(link) : link];
    }
    const seen = new Set<string>();
    const links: ResolvedLink[] = [];
    for (const part of splitLinkCell(raw)) {
      const link = this.resolve(part, self);
      const key = link.target ? `${link.target.kind}:${link.target.index}` : `?${part.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      links.push(link);
    }
    return links;
  }

  /** Resolves one reference; `self` is the entity whose cell holds it, so a self-link is told apart. */
  resolve(text: string, self?: EntityRef): ResolvedLink {
    // The resolution depends on the text alone, and link cells repeat the same few IDs and names.
    // Links are read-only, so one object serves every cell that holds the same text.
    let found = this.cache.get(text);
    if (!found) {
      found = this.resolveUncached(text);
      this.cache.set(text, found);
    }
    return found.target && sameRef(found.target, self) ? selfLink(found) : found;
  }

  private resolveUncached(text: string): ResolvedLink {
    const exact = this.idIndex().get(normId(text));
    if (exact) return { text, match: 'id', target: exact, candidates: NO_CANDIDATES };
    const loose = this.looseIndex().get(looseId(text));
    if (loose) return { text, match: 'id', target: loose, candidates: NO_CANDIDATES };
    if (looksLikeId(text)) return { text, match: 'unmatched', candidates: this.nearestIds(text) };
    return { text, ...this.byName(text) };
  }

  /** For an unknown ID, the IDs with the same letters and the nearest numbers ("G-009" → G-008, G-010). */
  private nearestIds(text: string): EntityRef[] {
    const m = ID_PARTS.exec(normId(text).replace(/[^A-Z0-9-]/g, ''));
    const group = m ? this.idGroups().get(m[1]) : undefined;
    if (!m || !group || group.length === 0) return this.targets.slice(0, MAX_CLOSEST).map((t) => t.ref);
    const num = Number(m[2]);
    let lo = 0;
    let hi = group.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (group[mid].num < num) lo = mid + 1;
      else hi = mid;
    }
    const near = group.slice(Math.max(0, lo - 2), lo + 2);
    near.sort((a, b) => Math.abs(a.num - num) - Math.abs(b.num - num));
    return near.slice(0, MAX_CLOSEST).map((n) => n.ref);
  }

  private nameIndex(): NameIndex {
    if (this.words) return this.words;
    const tokens: ReadonlySet<string>[] = [];
    const fullText: string[] = [];
    const postings = new Map<string, number[]>();
    this.targets.forEach((target, i) => {
      const toks = new Set(contentTokens(target.text));
      tokens.push(toks);
      fullText.push(normText(target.text));
      for (const t of toks) {
        const list = postings.get(t);
        if (list) list.push(i);
        else postings.set(t, [i]);
      }
    });
    this.words = { tokens, fullText, postings };
    return this.words;
  }

  private queryTokens(text: string): string[][] {
    const { postings } = this.nameIndex();
    // Each query word with the indexed words it may stand for (itself, plus one-typo neighbours).
    const out: string[][] = [];
    for (const t of new Set(contentTokens(text))) {
      const forms = [t];
      if (!postings.has(t) && t.length >= 5 && postings.size <= MAX_TYPO_VOCABULARY) {
        for (const word of postings.keys()) if (word.length >= 4 && editDistance(t, word, 1) <= 1) forms.push(word);
      }
      out.push(forms);
    }
    return out;
  }

  private byName(text: string): Resolution {
    const query = this.queryTokens(text);
    if (query.length === 0) return { match: 'unmatched', candidates: NO_CANDIDATES };
    const { tokens, fullText, postings } = this.nameIndex();
    const full = normText(text);
    const lists = query
      .flat()
      .map((t) => postings.get(t))
      .filter((l): l is number[] => l !== undefined)
      .sort((a, b) => a.length - b.length);
    const candidates = new Set<number>();
    for (const list of lists) {
      if (candidates.size >= MAX_CANDIDATES) break;
      for (const i of list) candidates.add(i);
    }
    const scored: { i: number; score: number }[] = [];
    for (const i of candidates) {
      const have = tokens[i];
      let matched = 0;
      for (const forms of query) if (forms.some((w) => have.has(w))) matched++;
      const coverage = matched / query.length;
      const dice = (2 * matched) / (query.length + have.size);
      const score = fullText[i] === full ? 1 : 0.7 * coverage + 0.3 * dice;
      scored.push({ i, score });
    }
    scored.sort((a, b) => b.score - a.score || a.i - b.i);
    const closest = scored.slice(0, MAX_CLOSEST).map((s) => this.targets[s.i].ref);
    const [best, second] = scored;
    if (!best || best.score < NAME_MATCH_THRESHOLD) return { match: 'unmatched', candidates: closest };
    if (second && second.score >= NAME_MATCH_THRESHOLD && best.score - second.score < AMBIGUITY_MARGIN) {
      return { match: 'ambiguous', candidates: closest.filter((_, k) => scored[k].score >= NAME_MATCH_THRESHOLD) };
    }
    return { match: 'name', target: this.targets[best.i].ref, candidates: NO_CANDIDATES };
  }
}
