import { monthWords } from '../dates';
import type { Holiday, OutcomeKind, SmartLexicon } from './lexicon/types';
import { type WordInfo, WordTable } from './wordTable';

/**
 * Word classes as bits. Each word of a goal is looked up once, when the text is split, and
 * carries its classes in `Token.flags` (and `Token.flags2`), so the criteria test a bit instead
 * of asking a dozen sets about the same word. Two masks because bitwise operators are 32-bit.
 */
export const F = {
  stop: 1 << 0,
  vague: 1 << 1,
  light: 1 << 2,
  generic: 1 << 3,
  increase: 1 << 4,
  decrease: 1 << 5,
  maintain: 1 << 6,
  milestone: 1 << 7,
  comparative: 1 << 8,
  period: 1 << 9,
  slot: 1 << 10,
  frequencyAdverb: 1 << 11,
  confidence: 1 << 12,
  deadline: 1 << 13,
  relative: 1 << 14,
  vagueTime: 1 << 15,
  end: 1 << 16,
  duration: 1 << 17,
  percent: 1 << 18,
  currencyWord: 1 << 19,
  times: 1 << 20,
  numberWord: 1 << 21,
  every: 1 << 22,
  per: 1 << 23,
  span: 1 << 24,
  from: 1 << 25,
  event: 1 << 26,
  resource: 1 << 27,
  occurrence: 1 << 28,
  multiplier: 1 << 29,
  between: 1 << 30,
} as const;

/** The second mask: classes read at a position rather than in every loop. */
export const F2 = {
  rangeJoin: 1 << 0,
  bound: 1 << 1,
  label: 1 << 2,
  clock: 1 << 3,
  metric: 1 << 4,
  periodQualifier: 1 << 5,
  scale: 1 << 7,
  /** The word or its stem names a business outcome. */
  outcome: 1 << 8,
  /** The stem names an activity ("meetings", "posting"). */
  activity: 1 << 9,
  weekday: 1 << 10,
  holiday: 1 << 11,
  season: 1 << 12,
  month: 1 << 13,
  same: 1 << 14,
  /** A verb from the lexicon's other lists of verbs, or `actionVerbs`: the goal opens with an action. */
  verb: 1 << 15,
  /** Opens a change when a number follows: "from", and words that do not end the goal's opening phrase ("de 200 a 260"). */
  changeFrom: 1 << 16,
  /** A thing delivered once ("plan", "website"): done or not done is its measure. */
  deliverable: 1 << 17,
  /** A word that promises without naming a change ("world-class", "empower"). */
  aspirational: 1 << 18,
  /** An ordinal that counts a thing ("a second baker"). */
  ordinal: 1 << 19,
  /** An abstract noun that names a quality, not a thing to change ("transparency", "trust"). */
  abstract: 1 << 20,
} as const;

export type { WordInfo } from './wordTable';

/** A lexicon turned into sets and maps once, so analysing a goal is lookups, not scans. */
export interface CompiledLexicon {
  readonly source: SmartLexicon;
  /** Classes and stem of each word: lexicon words are filled at compile time, others on first sight. */
  readonly words: WordTable;
  readonly info: (word: string) => WordInfo;
  readonly milestone: ReadonlySet<string>;
  readonly changeBy: ReadonlySet<string>;
  /** Stem of an outcome word to its kind. */
  readonly outcomeStems: ReadonlyMap<string, OutcomeKind>;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly scale: ReadonlyMap<string, number>;
  readonly magnitude: ReadonlyMap<string, number>;
  readonly multiplier: ReadonlyMap<string, number>;
  readonly period: ReadonlyMap<string, number>;
  readonly duration: ReadonlySet<string>;
  readonly percent: ReadonlySet<string>;
  readonly currencySymbol: ReadonlyMap<string, string>;
  readonly currencyWord: ReadonlyMap<string, string>;
  readonly relative: ReadonlyMap<string, number>;
  readonly ambiguousMonth: ReadonlySet<string>;
  readonly outOf: readonly string[];
  readonly clock: ReadonlySet<string>;
  /** Stem to the index of its synonym group. */
  readonly synonymGroup: ReadonlyMap<string, number>;
  readonly weekday: ReadonlyMap<string, number>;
  readonly holiday: ReadonlyMap<string, Holiday>;
  readonly season: ReadonlyMap<string, number>;
  readonly article: ReadonlySet<string>;
  readonly of: ReadonlySet<string>;
}

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const map = <V>(record: Readonly<Record<string, V>>): ReadonlyMap<string, V> => new Map(Object.entries(record));

/** Suffixes by their last letter, longest first: a word is tried only against those that could end it. */
function byLastLetter(suffixes: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const s of [...suffixes].sort((a, b) => b.length - a.length))
    out.set(s.slice(-1), [...(out.get(s.slice(-1)) ?? []), s]);
  return out;
}

/** Strips one known suffix, keeping at least a three-letter stem, so "customers" and "customer" meet. */
export function stemWith(suffixes: ReadonlyMap<string, readonly string[]>, word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of suffixes.get(word.charAt(word.length - 1)) ?? []) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      const stem = word.slice(0, word.length - suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${stem}y` : stem;
    }
  }
  return word;
}

type Lists = ReadonlyArray<readonly [number, Iterable<string>]>;

function classes(lists: Lists): Map<string, number> {
  const out = new Map<string, number>();
  for (const [bit, words] of lists) for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
  return out;
}

export function compileLexicon(lex: SmartLexicon): CompiledLexicon {
  const suffixes = byLastLetter(lex.suffixes);
  const stem = (w: string): string => stemWith(suffixes, w);
  const outcomeStems = new Map<string, OutcomeKind>();
  for (const [kind, list] of Object.entries(lex.outcomes) as [OutcomeKind, readonly string[]][]) {
    for (const w of list) if (!outcomeStems.has(stem(w))) outcomeStems.set(stem(w), kind);
  }
  const synonymGroup = new Map<string, number>();
  lex.synonyms.forEach((group, i) => {
    for (const w of group) if (!synonymGroup.has(stem(w))) synonymGroup.set(stem(w), i);
  });
  const activityStems = set(lex.activityWords.map(stem));
  const keys = Object.keys;
  const flags = classes([
    [F.stop, lex.stopWords],
    [F.vague, lex.vagueVerbs],
    [F.light, lex.lightVerbs],
    [F.generic, lex.genericWords],
    [F.increase, lex.increaseVerbs],
    [F.decrease, lex.decreaseVerbs],
    [F.maintain, lex.maintainVerbs],
    [F.milestone, lex.milestoneVerbs],
    [F.comparative, lex.comparatives],
    [F.period, keys(lex.periodMonths)],
    [F.slot, keys(lex.recurringSlots)],
    [F.frequencyAdverb, keys(lex.frequencyAdverbs)],
    [F.confidence, lex.confidenceWords],
    [F.deadline, lex.deadlineWords],
    [F.relative, keys(lex.relativeWords)],
    [F.vagueTime, lex.vagueTimeWords],
    [F.end, lex.endWords],
    [F.duration, lex.durationUnits],
    [F.percent, lex.percentWords],
    [F.currencyWord, keys(lex.currencyWords)],
    [F.times, lex.timesWords],
    [F.numberWord, keys(lex.numberWords)],
    [F.every, lex.everyWords],
    [F.per, lex.perWords],
    [F.span, lex.spanWords],
    [F.from, lex.fromWords],
    [F.event, lex.eventWords],
    [F.resource, lex.resourceWords],
    [F.occurrence, keys(lex.occurrenceWords)],
    [F.multiplier, keys(lex.multiplierWords)],
    [F.between, lex.betweenWords],
  ]);
  const flags2 = classes([
    [F2.rangeJoin, lex.rangeJoinWords],
    [F2.changeFrom, [...lex.fromWords, ...lex.changeFromWords]],
    [F2.bound, lex.boundWords],
    [F2.label, lex.labelWords],
    [F2.clock, lex.clockWords],
    [F2.metric, lex.metricWords],
    [F2.periodQualifier, lex.periodQualifiers],
    [F2.scale, keys(lex.scaleWords)],
    [F2.weekday, keys(lex.weekdays)],
    [F2.holiday, keys(lex.holidays)],
    [F2.season, keys(lex.seasons)],
    [F2.month, monthWords()],
    [F2.same, lex.sameWords],
    [F2.deliverable, lex.deliverableWords],
    [F2.aspirational, lex.aspirationalWords],
    [F2.ordinal, lex.ordinalWords],
    [F2.abstract, lex.abstractWords],
    [
      F2.verb,
      [
        ...lex.actionVerbs,
        ...lex.vagueVerbs,
        ...lex.lightVerbs,
        ...lex.increaseVerbs,
        ...lex.decreaseVerbs,
        ...lex.maintainVerbs,
        ...lex.milestoneVerbs,
      ],
    ],
  ]);
  const classify = (w: string): WordInfo => {
    const s = stem(w);
    // "plans", "policies": nouns of things delivered and promises are matched on their stem too.
    let f2 = (flags2.get(w) ?? 0) | ((flags2.get(s) ?? 0) & (F2.deliverable | F2.aspirational | F2.abstract));
    if (outcomeStems.has(s) || outcomeStems.has(w)) f2 |= F2.outcome;
    if (activityStems.has(s)) f2 |= F2.activity;
    return { word: w, flags: flags.get(w) ?? 0, flags2: f2, stem: s };
  };
  const words = new WordTable(classify, [...flags.keys(), ...flags2.keys()]);
  return {
    source: lex,
    words,
    info: (w) => words.get(w),
    milestone: set(lex.milestoneVerbs),
    changeBy: set(lex.changeByWords),
    outcomeStems,
    numberWords: map(lex.numberWords),
    scale: map(lex.scaleWords),
    magnitude: map(lex.magnitudeSuffixes),
    multiplier: map(lex.multiplierWords),
    period: map(lex.periodMonths),
    duration: set(lex.durationUnits),
    percent: set(lex.percentWords),
    currencySymbol: map(lex.currencySymbols),
    currencyWord: map(lex.currencyWords),
    relative: map(lex.relativeWords),
    ambiguousMonth: set(lex.ambiguousMonths),
    outOf: lex.outOfWords,
    clock: set(lex.clockWords),
    synonymGroup,
    weekday: map(lex.weekdays),
    holiday: map(lex.holidays),
    season: map(lex.seasons),
    article: set(lex.articles),
    of: set(lex.ofWords),
  };
}
