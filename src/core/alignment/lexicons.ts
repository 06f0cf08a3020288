/** The words the rules read, as data: add a language or a synonym here, not in the rules. */
import { boundedMemo } from '../boundedMemo';

/** Status words that mean a goal is done. */
export const ACHIEVED_WORDS: readonly string[] = [
  'achieved',
  'done',
  'complete',
  'completed',
  'met',
  'finished',
  'closed',
  'delivered',
];

/**
 * Word stems that say which way a goal wants a number to go. A goal token matches a stem when it starts
 * with it and is at most 4 letters longer ("reduc" → reduce, reducing, reduction).
 */
export const GOAL_DIRECTION_STEMS: Readonly<Record<'lower' | 'higher', readonly string[]>> = {
  lower: [
    'reduc',
    'cut',
    'lower',
    'decreas',
    'minimi',
    'shrink',
    'halv',
    'eliminat',
    'slash',
    'trim',
    'drop',
    'lessen',
    'curb',
    'fewer',
  ],
  higher: [
    'increas',
    'grow',
    'raise',
    'raising',
    'boost',
    'doubl',
    'tripl',
    'expand',
    'maximi',
    'lift',
    'enlarg',
    'gain',
    'rais',
  ],
};

/** Words before a verb that keep it from saying which way to go: "do not cut prices", "no fewer than 20". */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'without']);

/** The direction word a fix suggests for each sense. */
export const DIRECTION_WORD = { lower: 'lower', higher: 'higher' } as const;

/**
 * Words too common in KPI names to show that a goal and a KPI talk about the same thing
 * ("customer", "rate"), so direction-conflict needs a more telling shared word before it speaks up.
 */
export const GENERIC_METRIC_WORDS: ReadonlySet<string> = new Set([
  'customer',
  'client',
  'rate',
  'percent',
  'number',
  'count',
  'total',
  'average',
  'avg',
  'monthly',
  'weekly',
  'annual',
  'yearly',
  'daily',
  'quarterly',
  'score',
  'level',
  'time',
  'new',
  'month',
  'week',
  'year',
  'day',
  'quarter',
  'our',
  'each',
  'every',
  'from',
  'target',
  'kpi',
  // Measures of something else, like "rate": "Overtime hours per person" is about overtime.
  'unit',
  'kg',
  'hour',
  'minute',
  'share',
  'proportion',
  'amount',
  'volume',
  'ratio',
]);

/**
 * Words that end the first phrase of a KPI name, whose last telling word is what the KPI counts: "Cost per
 * loaf" counts cost, "Fuel vehicles in the fleet" counts vehicles. A phrase of measure words only goes on
 * to the next: "Number of complaints" counts complaints, "Days to invoice" invoicing.
 */
export const PHRASE_END_WORDS: ReadonlySet<string> = new Set([
  'of',
  'to',
  'for',
  'with',
  'in',
  'on',
  'at',
  'by',
  'per',
  'from',
  'through',
  'within',
  'during',
  'into',
  'via',
  'across',
  'among',
  'against',
  'versus',
  'vs',
  'than',
  'after',
  'before',
  'since',
  'until',
  'when',
  'while',
]);

/**
 * Words that make the rest of a KPI name say which of the things it counts: "Tickets issued that are
 * dismissed", "Clients who left". Such a KPI counts a part of its thing, not more or less of it: not judged.
 */
export const SUBSET_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'where']);

/** Past participles after a KPI's thing that say what happened to it ("Complaints received", "Loaves sold"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'sold',
  'made',
  'won',
  'lost',
  'paid',
  'sent',
  'done',
  'given',
  'taken',
  'held',
  'kept',
  'built',
  'spent',
  'bought',
  'brought',
  'written',
  'seen',
]);

/** Allowed age in days of a KPI's last measurement, by frequency word. Unknown or blank: DEFAULT_STALE_DAYS. */
export const FREQUENCY_DAYS: Readonly<Record<string, number>> = {
  daily: 3,
  day: 3,
  weekly: 14,
  week: 14,
  fortnightly: 30,
  biweekly: 30,
  monthly: 45,
  month: 45,
  quarterly: 120,
  quarter: 120,
  'half yearly': 200,
  'half-yearly': 200,
  semiannual: 200,
  'semi-annual': 200,
  biannual: 200,
  yearly: 400,
  annual: 400,
  annually: 400,
  year: 400,
};

export const DEFAULT_STALE_DAYS = 90;

// A table repeats a few frequency words thousands of times.
const staleDaysOf = boundedMemo(readStaleDays, 1000);

/** Reads the frequency column: "Monthly", "every month", "per week"… to days allowed, and the word used. */
export function staleDays(frequency: string): { readonly days: number; readonly word: string | null } {
  return staleDaysOf(frequency);
}

function readStaleDays(frequency: string): { days: number; word: string | null } {
  const text = frequency.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text !== '') {
    const direct = FREQUENCY_DAYS[text];
    if (direct !== undefined) return { days: direct, word: text };
    for (const word of text.split(/[^a-z-]+/)) {
      const days = FREQUENCY_DAYS[word];
      if (days !== undefined) return { days, word: text };
    }
  }
  return { days: DEFAULT_STALE_DAYS, word: null };
}

/** Words that introduce a deadline inside goal text ("by 30 June 2027", "before Q3 2027"). */
export const DEADLINE_LEADS: ReadonlySet<string> = new Set([
  'by',
  'before',
  'until',
  'till',
  'due',
  'deadline',
  'in',
  'of',
  'end',
]);

export const SMART_PASS = 60;
export const OVERLOAD_LIMIT = 5;
export const HIGH_IMPACT = 4;

/**
 * KPI names framed so that higher is naturally better even on a "reduce" goal ("On-time delivery %" for
 * "Cut delivery delays"), or that measure the change itself ("Waste reduction"): direction-conflict stays quiet.
 */
export const SELF_FRAMED_KPI_WORDS: readonly string[] = [
  'on time',
  'ontime',
  'retention',
  'satisfaction',
  'uptime',
  'accuracy',
  'success',
  'compliance',
  'availability',
  'yield',
  'free',
  'saved',
  'saving',
  'savings',
  'avoided',
];
