/**
 * One language's words, as plain data. Every engine that reads people's words (column detection,
 * SMART, KPI directions, dates, SWOT, the strategy model) reads them from a pack, so adding a
 * language is adding one pack file and one line in the registry.
 */
import type { OutcomeKind, SmartLexicon } from '../smart/lexicon/types';

export type LanguageCode = 'en' | 'es' | 'fr' | 'de' | 'pt';

/** The directions a KPI can have; the same names as the KPI engine's `Direction`. */
export type DirectionName = 'higher' | 'lower' | 'range' | 'maintainAbove' | 'maintainBelow';

/**
 * The SMART word classes a language supplies. English supplies the full SMART lexicon; the other
 * languages supply these classes, read on top of the English structure (numbers, currencies, units).
 * Words are lower case, as people write them (accents kept); multi-word entries use single spaces.
 */
export interface SmartWordClasses {
  /** Articles, prepositions, pronouns: words that carry no meaning of their own. */
  readonly stopWords: readonly string[];
  /** Verbs that name no concrete action ("improve", "mejorar"). */
  readonly vagueVerbs: readonly string[];
  /** Verbs that raise a number ("increase", "aumentar"). */
  readonly increaseVerbs: readonly string[];
  /** Verbs that lower a number ("reduce", "reducir"). */
  readonly decreaseVerbs: readonly string[];
  /** Verbs that hold a number ("maintain", "mantener"). */
  readonly maintainVerbs: readonly string[];
  /** Verbs of one-off deliverables ("launch", "lanzar"). */
  readonly milestoneVerbs: readonly string[];
  /** Things that are done or not done once delivered ("plan", "plan", "Plan", "plano"). */
  readonly deliverableWords: readonly string[];
  /** Aspirational words that promise without saying what changes ("world-class", "excelencia"). */
  readonly aspirationalWords: readonly string[];
  /** Ordinals that count a thing without a number ("second", "segundo", "zweite"). */
  readonly ordinalWords: readonly string[];
  /** Whether a goal written as an infinitive ends with its verb ("Den Umsatz steigern"); false when absent. */
  readonly verbLast?: boolean;
  /** Abstract nouns that name a quality, not a thing to change ("transparency", "confianza", "Vertrauen"). */
  readonly abstractWords: readonly string[];
  /** The word before the size of a change ("by" 15%, "un" 15%, "um" 15 %). */
  readonly changeByWords: readonly string[];
  /** Other verbs a goal often opens with ("sell", "vender"). */
  readonly actionVerbs: readonly string[];
  /** Umbrella words that name no particular thing ("things", "cosas"). */
  readonly genericWords: readonly string[];
  /** Words that make a number a measure: percent words ("percent", "por ciento"). */
  readonly percentWords: readonly string[];
  /** Named metrics that take a value ("rating", "valoración"). */
  readonly metricWords: readonly string[];
  /** Words that introduce a deadline ("by", "antes"). */
  readonly deadlineWords: readonly string[];
  /** Words that introduce a span ("within", "dentro"). */
  readonly spanWords: readonly string[];
  /** Words of "end of the year" ("end", "final", "fin", "Ende"). */
  readonly endWords: readonly string[];
  /** "next", "this": how many periods ahead the phrase ends. */
  readonly relativeWords: Readonly<Record<string, number>>;
  /** Periods of time with their length in months ("week": 0.23, "trimestre": 3). */
  readonly periodMonths: Readonly<Record<string, number>>;
  /** Adverbs of recurrence with their period ("daily": "day", "diario": "day"). */
  readonly frequencyAdverbs: Readonly<Record<string, string>>;
  /** Words introducing a recurrence ("every", "cada"). */
  readonly everyWords: readonly string[];
  /** Time words that set no date ("soon", "pronto"). */
  readonly vagueTimeWords: readonly string[];
  /** Days of the week, 0 for Sunday. */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Articles skipped between a time word and its period ("fin DEL año": "el", "la"). */
  readonly articles: readonly string[];
  /**
   * Words that join a day, month, year or period ("31 DE marzo DE 2027"). Before a number they also open a
   * change from a baseline ("DE 200 a 260", "VON 9 % auf 5 %"): dates claim their numbers first.
   */
  readonly ofWords: readonly string[];
  /** Words that join a baseline to its target ("de 200 A 260", "von 9 % AUF 5 %"). */
  readonly rangeJoinWords: readonly string[];
  /** Words naming business outcomes, by kind ("ventas": revenue); matched on stems. */
  readonly outcomes: Partial<Readonly<Record<OutcomeKind, readonly string[]>>>;
}

/**
 * The words the alignment rules read: which way a goal wants its number to go, and how a KPI name says what
 * it counts. Words are lower case without accents (the rules compare folded words).
 */
export interface AlignmentWords {
  /** Stems a goal word starts with (at most 4 letters longer) that say lower or higher ("reduc", "aument"). */
  readonly goalDirectionStems: Readonly<Record<'lower' | 'higher', readonly string[]>>;
  /** Words before a verb that keep it from saying which way to go ("not", "sin"). */
  readonly negationWords: readonly string[];
  /** Words too common in KPI names to show a goal and a KPI share a subject ("rate", "tasa"). */
  readonly genericMetricWords: readonly string[];
  /** Words that end the first phrase of a KPI name ("per", "of", "por"). */
  readonly phraseEndWords: readonly string[];
  /** Words after which a KPI name counts a part of its thing ("that", "que"). */
  readonly subsetWords: readonly string[];
  /** Past participles that do not end in the language's usual participle ending ("sold"). */
  readonly irregularParticiples: readonly string[];
  /** Allowed age in days of a KPI's last measurement, by frequency word ("monthly": 45). */
  readonly frequencyDays: Readonly<Record<string, number>>;
  /** KPI names framed so that higher is better even on a "reduce" goal ("on time"). */
  readonly selfFramedKpiWords: readonly string[];
  /** Words too common to tell two names apart when names are compared ("the", "of", "de", "la"). */
  readonly nameStopWords: readonly string[];
  /** Spellings of one measure that names use, and the word they compare as ("pct": "percent"). */
  readonly nameSynonyms: Readonly<Record<string, string>>;
  /** Words that join two people in an Owner cell ("Ann and Bob", "Ana y Luis"). */
  readonly ownerJoinWords: readonly string[];
}

/**
 * One language's words that the engines read everywhere: KPI directions, dates, SWOT titles, SMART word
 * classes. Sets that only the task pane's readers need are kept beside the pack: the same language's files under
 * `headers/` (column detection), `swot/` (SWOT import) and `alignment/` (the alignment rules), registered by
 * language code in their folder's index, and its entry in `cellWords.ts` (placeholders, status and period
 * words): the custom functions bundle then carries only the words functions read. Adding a language is adding
 * its pack, its header words, its alignment words and its cell words.
 */
/** SWOT quadrant titles ("strengths", "fortalezas", "points forts"), lower case without accents. */
export type SwotQuadrantWords = Readonly<Record<'strength' | 'weakness' | 'opportunity' | 'threat', readonly string[]>>;

export interface LanguagePack {
  readonly code: LanguageCode;
  /** The language's name in English, for messages ("Spanish"). */
  readonly name: string;
  /**
   * The words people put in a Direction column, per direction, as they write them. Compared after
   * folding case, spaces and accents in the engine; the native Excel formula folds only case and
   * spaces, so the registry lists each accented word in both spellings.
   */
  readonly directions: Readonly<Record<DirectionName, readonly string[]>>;
  /** The few words a message shows when an unknown direction seems to be in this language. */
  readonly directionExamples: readonly string[];
  /** Month names and abbreviations, January first; accents as written. */
  readonly months: readonly (readonly string[])[];
  /** Words that glue a date together ("de" in "31 de marzo de 2027"). */
  readonly dateJoiners: readonly string[];
  /** Words before a date or period that mean "by the end of it" ("end", "fin", "Ende", "final"). */
  readonly dateEndWords: readonly string[];
  /** Words before a date that say "by" ("by", "antes de", "bis"). */
  readonly dateLeadWords: readonly string[];
  /** Suffixes stripped for a light stem, longest first ("ations", "ciones"). */
  readonly stemSuffixes: readonly string[];
  /** English supplies the whole SMART lexicon; the other languages their word classes. */
  readonly smart: SmartWordClasses | SmartLexicon;
}
