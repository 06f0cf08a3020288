/**
 * The words the rules read, merged from every language pack (src/core/lang): a word of any of the five
 * languages counts, as elsewhere in Rudder. Add a language or a synonym in its pack, not here.
 */
import { achievedWords, LANGUAGES, type AlignmentWords } from '../lang';
import { ALIGNMENT_WORDS } from '../lang/alignment';
import { foldAccents } from '../text';

const every = (pick: (words: AlignmentWords) => readonly string[]): string[] => [
  ...new Set(LANGUAGES.flatMap((p) => pick(ALIGNMENT_WORDS[p.code]))),
];

/** Words that join two people in an Owner cell ("and", "y", "et", "und"). */
export const OWNER_JOIN_WORDS: readonly string[] = every((a) => a.ownerJoinWords);

/** Status words that mean a goal is done. */
export const ACHIEVED_WORDS: readonly string[] = achievedWords();

/**
 * Word stems that say which way a goal wants a number to go. A goal token matches a stem when it starts
 * with it and is at most 4 letters longer ("reduc" → reduce, reducing, reduction).
 */
export const GOAL_DIRECTION_STEMS: Readonly<Record<'lower' | 'higher', readonly string[]>> = {
  lower: every((a) => a.goalDirectionStems.lower),
  higher: every((a) => a.goalDirectionStems.higher),
};

/** Words before a verb that keep it from saying which way to go: "do not cut prices", "no fewer than 20". */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(every((a) => a.negationWords));

/** The direction word a fix suggests for each sense. */
export const DIRECTION_WORD = { lower: 'lower', higher: 'higher' } as const;

/**
 * Words too common in KPI names to show that a goal and a KPI talk about the same thing
 * ("customer", "rate"), so direction-conflict needs a more telling shared word before it speaks up.
 */
export const GENERIC_METRIC_WORDS: ReadonlySet<string> = new Set(every((a) => a.genericMetricWords));

/**
 * Words that end the first phrase of a KPI name, whose last telling word is what the KPI counts: "Cost per
 * loaf" counts cost, "Fuel vehicles in the fleet" counts vehicles. A phrase of measure words only goes on
 * to the next: "Number of complaints" counts complaints, "Days to invoice" invoicing.
 */
export const PHRASE_END_WORDS: ReadonlySet<string> = new Set(every((a) => a.phraseEndWords));

/**
 * Words that make the rest of a KPI name say which of the things it counts: "Tickets issued that are
 * dismissed", "Clients who left". Such a KPI counts a part of its thing, not more or less of it: not judged.
 */
export const SUBSET_WORDS: ReadonlySet<string> = new Set(every((a) => a.subsetWords));

/** Past participles after a KPI's thing that say what happened to it ("Complaints received", "Loaves sold"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(every((a) => a.irregularParticiples));

/** Allowed age in days of a KPI's last measurement, by frequency word. Unknown or blank: DEFAULT_STALE_DAYS. */
export const FREQUENCY_DAYS: Readonly<Record<string, number>> = Object.assign(
  {},
  ...LANGUAGES.map((p) => ALIGNMENT_WORDS[p.code].frequencyDays),
) as Record<string, number>;

export const DEFAULT_STALE_DAYS = 90;

/** Reads the frequency column: "Monthly", "every month", "per week", "mensual"… to days allowed, and the word used. */
export function staleDays(frequency: string): { readonly days: number; readonly word: string | null } {
  const written = frequency.trim().toLowerCase().replace(/\s+/g, ' ');
  const text = foldAccents(written);
  if (text !== '') {
    const direct = FREQUENCY_DAYS[text];
    if (direct !== undefined) return { days: direct, word: written };
    for (const word of text.split(/[^a-z-]+/)) {
      const days = FREQUENCY_DAYS[word];
      if (days !== undefined) return { days, word: written };
    }
  }
  return { days: DEFAULT_STALE_DAYS, word: null };
}

export const SMART_PASS = 60;
export const OVERLOAD_LIMIT = 5;
export const HIGH_IMPACT = 4;

/**
 * KPI names framed so that higher is naturally better even on a "reduce" goal ("On-time delivery %" for
 * "Cut delivery delays"), or that measure the change itself ("Waste reduction"): direction-conflict stays quiet.
 */
export const SELF_FRAMED_KPI_WORDS: readonly string[] = every((a) => a.selfFramedKpiWords);
