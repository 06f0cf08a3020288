import type { OutcomeKind, SmartLexicon } from './lexicon/types';

/** A lexicon turned into sets and maps once, so analysing a goal is lookups, not scans. */
export interface CompiledLexicon {
  readonly source: SmartLexicon;
  readonly stop: ReadonlySet<string>;
  readonly vague: ReadonlySet<string>;
  readonly light: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
  readonly increase: ReadonlySet<string>;
  readonly decrease: ReadonlySet<string>;
  readonly maintain: ReadonlySet<string>;
  readonly milestone: ReadonlySet<string>;
  readonly comparative: ReadonlySet<string>;
  /** Stem of an outcome word to its kind. */
  readonly outcomeStems: ReadonlyMap<string, OutcomeKind>;
  readonly activityStems: ReadonlySet<string>;
  readonly metric: ReadonlySet<string>;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly scale: ReadonlyMap<string, number>;
  readonly magnitude: ReadonlyMap<string, number>;
  readonly multiplier: ReadonlyMap<string, number>;
  readonly occurrence: ReadonlyMap<string, number>;
  readonly times: ReadonlySet<string>;
  readonly frequencyAdverb: ReadonlyMap<string, string>;
  readonly every: ReadonlySet<string>;
  readonly slot: ReadonlyMap<string, string>;
  readonly period: ReadonlyMap<string, number>;
  readonly duration: ReadonlySet<string>;
  readonly percent: ReadonlySet<string>;
  readonly currencySymbol: ReadonlyMap<string, string>;
  readonly currencyWord: ReadonlyMap<string, string>;
  readonly label: ReadonlySet<string>;
  readonly deadline: ReadonlySet<string>;
  readonly span: ReadonlySet<string>;
  readonly relative: ReadonlyMap<string, number>;
  readonly end: ReadonlySet<string>;
  readonly event: ReadonlySet<string>;
  readonly vagueTime: ReadonlySet<string>;
  readonly ambiguousMonth: ReadonlySet<string>;
  readonly periodQualifier: ReadonlySet<string>;
  readonly confidence: ReadonlySet<string>;
  readonly outOf: readonly string[];
  readonly resource: ReadonlySet<string>;
  readonly bound: ReadonlySet<string>;
  readonly rangeJoin: ReadonlySet<string>;
  readonly from: ReadonlySet<string>;
  readonly between: ReadonlySet<string>;
  readonly clock: ReadonlySet<string>;
  readonly per: ReadonlySet<string>;
  /** Stem to the index of its synonym group. */
  readonly synonymGroup: ReadonlyMap<string, number>;
  readonly suffixes: readonly string[];
}

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const map = <V>(record: Readonly<Record<string, V>>): ReadonlyMap<string, V> => new Map(Object.entries(record));

const LAST_LETTERS = new WeakMap<readonly string[], string>();

/** Strips one known suffix, keeping at least a three-letter stem, so "customers" and "customer" meet. */
export function stemWith(suffixes: readonly string[], word: string): string {
  if (word.length <= 4) return word;
  // Most words end in a letter no suffix ends in, and can be skipped at once.
  let lastLetters = LAST_LETTERS.get(suffixes);
  if (lastLetters === undefined) {
    lastLetters = suffixes.map((x) => x[x.length - 1]).join('');
    LAST_LETTERS.set(suffixes, lastLetters);
  }
  if (!lastLetters.includes(word[word.length - 1])) return word;
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      const stem = word.slice(0, word.length - suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${stem}y` : stem;
    }
  }
  return word;
}

export function compileLexicon(lex: SmartLexicon): CompiledLexicon {
  const suffixes = [...lex.suffixes].sort((a, b) => b.length - a.length);
  const stem = (w: string): string => stemWith(suffixes, w);
  const outcomeStems = new Map<string, OutcomeKind>();
  for (const [kind, list] of Object.entries(lex.outcomes) as [OutcomeKind, readonly string[]][]) {
    for (const w of list) if (!outcomeStems.has(stem(w))) outcomeStems.set(stem(w), kind);
  }
  const synonymGroup = new Map<string, number>();
  lex.synonyms.forEach((group, i) => {
    for (const w of group) if (!synonymGroup.has(stem(w))) synonymGroup.set(stem(w), i);
  });
  return {
    source: lex,
    stop: set(lex.stopWords),
    vague: set(lex.vagueVerbs),
    light: set(lex.lightVerbs),
    generic: set(lex.genericWords),
    increase: set(lex.increaseVerbs),
    decrease: set(lex.decreaseVerbs),
    maintain: set(lex.maintainVerbs),
    milestone: set(lex.milestoneVerbs),
    comparative: set(lex.comparatives),
    outcomeStems,
    activityStems: set(lex.activityWords.map(stem)),
    metric: set(lex.metricWords),
    numberWords: map(lex.numberWords),
    scale: map(lex.scaleWords),
    magnitude: map(lex.magnitudeSuffixes),
    multiplier: map(lex.multiplierWords),
    occurrence: map(lex.occurrenceWords),
    times: set(lex.timesWords),
    frequencyAdverb: map(lex.frequencyAdverbs),
    every: set(lex.everyWords),
    slot: map(lex.recurringSlots),
    period: map(lex.periodMonths),
    duration: set(lex.durationUnits),
    percent: set(lex.percentWords),
    currencySymbol: map(lex.currencySymbols),
    currencyWord: map(lex.currencyWords),
    label: set(lex.labelWords),
    deadline: set(lex.deadlineWords),
    span: set(lex.spanWords),
    relative: map(lex.relativeWords),
    end: set(lex.endWords),
    event: set(lex.eventWords),
    vagueTime: set(lex.vagueTimeWords),
    ambiguousMonth: set(lex.ambiguousMonths),
    periodQualifier: set(lex.periodQualifiers),
    confidence: set(lex.confidenceWords),
    outOf: lex.outOfWords,
    resource: set(lex.resourceWords),
    bound: set(lex.boundWords),
    rangeJoin: set(lex.rangeJoinWords),
    from: set(lex.fromWords),
    between: set(lex.betweenWords),
    clock: set(lex.clockWords),
    per: set(lex.perWords),
    synonymGroup,
    suffixes,
  };
}

const cache = new WeakMap<SmartLexicon, CompiledLexicon>();

/** Compiles a lexicon once per object; the same lexicon object is reused across calls. */
export function compiled(lex: SmartLexicon): CompiledLexicon {
  let c = cache.get(lex);
  if (c === undefined) {
    c = compileLexicon(lex);
    cache.set(lex, c);
  }
  return c;
}
