/**
 * The words the SMART engine reads, as plain data. A language is one object of this shape:
 * the engine never hard-codes a word, so adding a language means adding a data file.
 * All entries are lower case; multi-word entries are separated by single spaces.
 */
export type OutcomeKind =
  'customers' | 'revenue' | 'cost' | 'margin' | 'quality' | 'people' | 'community' | 'safety' | 'wellbeing' | 'growth';

/** A day that names a date every year: fixed ("christmas": 25 December) or Easter Sunday. */
export type Holiday = { readonly month: number; readonly day: number } | 'easter';

export interface SmartLexicon {
  readonly language: string;
  /** Words that carry no meaning of their own (articles, pronouns, prepositions, auxiliaries). */
  readonly stopWords: readonly string[];
  /** Verbs that name no concrete action ("improve", "explore"); a goal led by one is vague. */
  readonly vagueVerbs: readonly string[];
  /** Verbs so general they neither help nor hurt ("take", "do", "have"). */
  readonly lightVerbs: readonly string[];
  /** Umbrella nouns and adjectives that name no particular thing ("things", "marketing", "better"). */
  readonly genericWords: readonly string[];
  /** Verbs that state a direction of change, used to sign "by 15%". */
  readonly increaseVerbs: readonly string[];
  readonly decreaseVerbs: readonly string[];
  readonly maintainVerbs: readonly string[];
  /** Verbs of one-off deliverables: done or not done is itself a measure ("launch", "hire"). */
  readonly milestoneVerbs: readonly string[];
  /** Things that are done or not done once delivered ("plan", "policy", "website", "dashboard"). */
  readonly deliverableWords: readonly string[];
  /** Aspirational words that promise without saying what changes ("world-class", "resilient", "empower"). */
  readonly aspirationalWords: readonly string[];
  /** Ordinals that count a thing without a number ("a SECOND baker" is two bakers). */
  readonly ordinalWords: readonly string[];
  /** Whether a goal written as an infinitive ends with its verb ("Das Kundenerlebnis verbessern"). */
  readonly verbLast: boolean;
  /** Abstract nouns that name a quality, not a thing to change ("transparency", "trust", "foundation"). */
  readonly abstractWords: readonly string[];
  /** The word before the size of a change ("increase sales BY 15%"). */
  readonly changeByWords: readonly string[];
  /** Comparatives that give a direction without an amount ("more", "fewer"). */
  readonly comparatives: readonly string[];
  /** Words naming business outcomes, by kind. Matched on stems, so singular forms suffice. */
  readonly outcomes: Readonly<Record<OutcomeKind, readonly string[]>>;
  /**
   * Other verbs a goal often opens with ("sell", "answer", "post"). They score nothing; they let
   * tips reuse the goal's own opening words, which only reads well when those start with a verb.
   */
  readonly actionVerbs: readonly string[];
  /** Activities that are means rather than ends ("meetings", "posts"). */
  readonly activityWords: readonly string[];
  /** Named metrics that take a value ("NPS 60", "rating 4.8"). */
  readonly metricWords: readonly string[];
  /** Cardinal numbers written as words, with their values ("twelve": 12, "hundred": 100). */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Words that scale the preceding number ("hundred", "thousand", "million"). */
  readonly scaleWords: Readonly<Record<string, number>>;
  /** Abbreviations glued to or after a number that scale it ("k", "m", "bn"). */
  readonly magnitudeSuffixes: Readonly<Record<string, number>>;
  /** Words that multiply a baseline ("double": 2, "halve": 0.5). */
  readonly multiplierWords: Readonly<Record<string, number>>;
  /** Words that count occurrences ("once": 1, "twice": 2). */
  readonly occurrenceWords: Readonly<Record<string, number>>;
  /** Words that say "times" after a count ("3 times a week"). */
  readonly timesWords: readonly string[];
  /** Adverbs of recurrence with their period ("daily": "day"). */
  readonly frequencyAdverbs: Readonly<Record<string, string>>;
  /** Words introducing a recurrence ("every", "each", "per"). */
  readonly everyWords: readonly string[];
  /** Recurring slots: days of the week, parts of the day, "weekend". Mapped to their period. */
  readonly recurringSlots: Readonly<Record<string, string>>;
  /** Periods of time with their length in months ("week": 0.23, "quarter": 3). */
  readonly periodMonths: Readonly<Record<string, number>>;
  /** Short durations that measure an activity, not a deadline ("minute", "hour"). */
  readonly durationUnits: readonly string[];
  readonly percentWords: readonly string[];
  /** Currency symbols and words, mapped to a display code. */
  readonly currencySymbols: Readonly<Record<string, string>>;
  readonly currencyWords: Readonly<Record<string, string>>;
  /** Words that make a following number a label, not a quantity ("module 5", "version 2"). */
  readonly labelWords: readonly string[];
  /** Prepositions that introduce a deadline ("by", "before"). */
  readonly deadlineWords: readonly string[];
  /** Prepositions that introduce a span ("within", "in", "over"). */
  readonly spanWords: readonly string[];
  /** "next", "this", "coming": relative period anchors, with how many periods ahead they end. */
  readonly relativeWords: Readonly<Record<string, number>>;
  /** Words in "end of the year" style phrases. */
  readonly endWords: readonly string[];
  /** Events that serve as a deadline ("next meeting", "next review"). */
  readonly eventWords: readonly string[];
  /** Month names that are also common words ("may", "march"): months only next to a day, year or deadline word. */
  readonly ambiguousMonths: readonly string[];
  /** Words skipped inside period names ("next financial year"). */
  readonly periodQualifiers: readonly string[];
  /** Time words with no date in them ("soon", "asap"). */
  readonly vagueTimeWords: readonly string[];
  /** Words for confidence ("confidence", "confident", "sure"). */
  readonly confidenceWords: readonly string[];
  /** "out of" in "7 out of 10". */
  readonly outOfWords: readonly string[];
  /** Words naming resources that make a goal feasible ("budget", "funding"). */
  readonly resourceWords: readonly string[];
  /** Words that bound a number ("at least one", "no more than"): they make a spelled "one" a quantity. */
  readonly boundWords: readonly string[];
  /** Words that join a range ("to", "and", "through"). */
  readonly rangeJoinWords: readonly string[];
  readonly fromWords: readonly string[];
  /**
   * Words that open a change only when a number follows ("de 200 a 260", "von 9 % auf 5 %"). Unlike
   * `fromWords` they do not end a goal's opening phrase: "ventas de pan" stays one object.
   */
  readonly changeFromWords: readonly string[];
  readonly betweenWords: readonly string[];
  /** "am" / "pm" and the like: a number with one of these is a clock time. */
  readonly clockWords: readonly string[];
  /** Words that make a following "a"/"an" mean "per" ("three times a week"). */
  readonly perWords: readonly string[];
  /** Groups of words that mean the same thing for relevance ("customer", "client", "guest"). */
  readonly synonyms: readonly (readonly string[])[];
  /** Days of the week, 0 for Sunday: "by Friday" is the next Friday. */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Named days that serve as deadlines ("by Christmas"). */
  readonly holidays: Readonly<Record<string, Holiday>>;
  /** "same" in "the same day": a limit on each occurrence, as in "reply the same day". */
  readonly sameWords: readonly string[];
  /** Seasons with the month they start in; "by summer" is its start, "in summer" its end. */
  readonly seasons: Readonly<Record<string, number>>;
  /** Articles skipped between a time word and its period ("within THE hour", "fin DEL año"). */
  readonly articles: readonly string[];
  /** Words that join a day, month, year or period ("31st OF March", "31 DE marzo DE 2027", "end OF the year"). */
  readonly ofWords: readonly string[];
  /** Suffixes stripped to find a word's stem, longest first. */
  readonly suffixes: readonly string[];
}
