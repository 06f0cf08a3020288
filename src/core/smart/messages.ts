/**
 * Every reason and tip the SMART engine shows, in one place, so wording is reviewed together
 * and tests compare against these instead of copying sentences.
 */

import type { GoalCore } from './core';

const quote = (s: string): string => `'${s}'`;
/** "'improve', 'growth'": each word of a list quoted. */
const quoteAll = (list: string): string => quote(list.replace(/, /g, "', '"));

/**
 * "a" or "an" before a number or word as it is read aloud: an 8%, an 11x, an 18%, an 80%,
 * an 800, an 11,000; but a 1.5x, a 110, a 180%.
 */
export function aOrAn(next: string): 'a' | 'an' {
  // The digits of the whole part, commas skipped; the first group of up to three is said first.
  let digits = '';
  for (let i = 0; i < next.length; i++) {
    const c = next[i];
    if (c >= '0' && c <= '9') digits += c;
    else if (c !== ',') break;
  }
  if (digits === '') return 'aeioAEIO'.includes(next[0] ?? '') ? 'an' : 'a';
  const lead = digits.slice(0, digits.length % 3 || 3);
  return lead[0] === '8' || lead === '11' || lead === '18' ? 'an' : 'a';
}

/** "an 11% increase", "a 3x increase": the phrase with its article. */
export const withArticle = (phrase: string): string => `${aOrAn(phrase)} ${phrase}`;

/** Rewrites that fit any business: used whenever the goal's own words cannot carry a template. */
const EXAMPLE_CHANGE = quote('increase repeat orders from office customers');
const EXAMPLE_CUT = quote('cut late deliveries to office customers');
const exampleFor = (core: GoalCore): string => (core.change === 'down' ? EXAMPLE_CUT : EXAMPLE_CHANGE);

export const LOOKS_SMART = 'Looks SMART: specific, measurable, achievable, relevant and time-bound. Nothing to fix.';
export const EMPTY_GOAL_REASON = 'There is no goal text to judge.';

export const CRITERION_LABELS = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
} as const;

export const truncatedNote = (analysed: number, total: number): string =>
  `only the first ${analysed} of ${total} characters were read`;

export const SPECIFIC = {
  concrete: (words: string): string => `Names a concrete action or object (${words}).`,
  someDetail: (words: string): string => `Names something (${words}) but could say more exactly what and for whom.`,
  noObject: 'It does not name what exactly will change (which product, customers, channel or process).',
  /**
   * The fix for a goal that is not specific, worded to fit its opening words: the broad verb is
   * named when the object is fine, the whole phrase when both are broad, and a goal that opens
   * with a number or a noun gets a full example instead of a template glued to its words.
   */
  vagueWords: (words: string): string =>
    `${quoteAll(words)} ${words.includes(',') ? 'are broad words' : 'is a broad word'}: it does not say what exactly will change.`,
  /**
   * The fix for a goal that is not specific, naming the broad words that made it weak, worded to
   * fit its opening words; a goal that opens with a number or a noun gets a full example instead
   * of a template glued to its words.
   */
  tip: (core: GoalCore, vagueWords: readonly string[]): string => {
    const example = exampleFor(core);
    if (core.text === '') return `Name what you will change and for whom, e.g. ${example}.`;
    if (core.verb === '' && vagueWords.length === 0)
      return `Start with what you will change and for whom, e.g. ${example}.`;
    // "Improve customer service": the object is fine, only the verb is broad.
    const words = core.vague && core.countable && vagueWords[0] === core.verb ? [core.verb] : vagueWords.slice(0, 3);
    if (words.length > 0) {
      return `Replace ${quoteAll(words.join(', '))} with a change you can see or count, and say for whom, e.g. ${example}.`;
    }
    if (core.verb === '') return `Start with what you will change and for whom, e.g. ${example}.`;
    // A bare verb: "Say what you will hire", never a preposition glued to it ("hire for […]").
    if (!core.hasObject) {
      return core.verb.endsWith('ing')
        ? `Name what you will change and for whom, e.g. ${example}.`
        : `Say what you will ${core.verb} and for whom, e.g. ${example}.`;
    }
    return `Say which product, service, team or customers ${quote(core.text)} is about, e.g. ${example}.`;
  },
};

export const MEASURABLE = {
  target: (value: string): string => `Has a target value (${value}).`,
  amount: (what: string): string => `States an amount: ${what}.`,
  frequency: (what: string): string => `States how often: ${what}.`,
  duration: (what: string): string => `States how long: ${what}.`,
  number: (what: string): string => `Has a number (${what}) but not what it counts.`,
  milestone: (verb: string): string =>
    `A one-off deliverable (${verb}): done or not done by the deadline is the measure.`,
  vagueOnly: (words: string): string =>
    `${quoteAll(words)} say${words.includes(',') ? '' : 's'} which way to go but not how much.`,
  none: 'No number, amount or frequency to check progress against.',
  /** "from [today] to [target]" follows the goal's words only after a verb of change with a countable object. */
  tip: (core: GoalCore, from: string, to: string): string => {
    if (core.verb !== '' && core.countable && (core.change === 'up' || core.change === 'down')) {
      return `Say how much, e.g. ${quote(`${core.text} from ${from} to ${to}`)}.`;
    }
    // "keep customers happy at [level]" would not read: the level gets its own example.
    if (core.change === 'hold')
      return `Say what level to keep and how you will check it, e.g. 'on-time deliveries at 95% or above'.`;
    return `Add a number to check it by: how many, how much or how often, e.g. ${quote(`from ${from} to ${to}`)} or 'three times a week'.`;
  },
  tipWithDate: (what: string): string =>
    `Say what done looks like for ${quote(what)}, e.g. a date or a number to check it by.`,
};

export const ACHIEVABLE = {
  confidence: (text: string): string => `States a confidence (${text}).`,
  lowConfidence: (text: string): string => `States a low confidence (${text}).`,
  resources: (what: string): string => `Names resources (${what}).`,
  plausible: (change: string, span: string, monthly: string): string =>
    `${change} over ${span} is about ${monthly} a month: a plausible pace.`,
  ambitious: (change: string, span: string, monthly: string): string =>
    `${change} over ${span} is about ${monthly} a month: ambitious but possible.`,
  stretch: (change: string, span: string, monthly: string): string =>
    `${change} over ${span} is about ${monthly} a month: a big stretch.`,
  implausible: (change: string, span: string, monthly: string): string =>
    `${change} over ${span} is about ${monthly} a month: very few businesses manage that.`,
  modestNoSpan: (change: string): string => `${change} is a modest change and there is a deadline.`,
  bigNoSpan: (change: string): string => `${change} is a large change; the time available is unknown.`,
  noSpan: (change: string): string => `${change}, but without a time frame the pace cannot be judged.`,
  hold: 'The baseline equals the target: the goal is to hold the current level.',
  acrossZero: 'The baseline or target is zero or negative, so the pace is judged only by the time given.',
  toZero: (change: string): string => `${change}: eliminating something completely is hard to promise.`,
  passed: 'The deadline is already past, so there is no time left to do it.',
  noEvidence: 'Nothing shows it is realistic: no baseline, pace, resources or stated confidence.',
  noBaseline: 'Has a target and a deadline, but without the current level the pace cannot be judged.',
  milestoneOnly: 'A dated deliverable, but nothing shows it is realistic (resources or confidence).',
  tipEvidence: `Show it is realistic: give today's level and the target (e.g. 'from 200 to 260'), the resources you have, or your confidence (e.g. 'confidence 7/10').`,
  tipBaseline: `Add today's level so the pace can be checked, e.g. 'from 200 to 260', or say what makes it realistic (budget, people, your confidence).`,
  tipSpan: (change: string): string =>
    `Add a time frame, e.g. 'within 6 months', so anyone can judge whether ${quote(change)} is realistic.`,
  /** `suggested`: "a target of about 290" or "about an 11% increase". */
  tipStretch: (suggested: string): string =>
    `Give it more time or aim lower: ${suggested} would be a pace most small businesses can keep.`,
  tipLowConfidence: 'Your confidence is low: set a smaller first step or a later date, or name the help you need.',
  tipPassed: 'Set a new deadline in the future, or mark the goal as done or dropped.',
  tipZero: 'Aim for a large cut first (e.g. halve it), then for zero.',
};

export const RELEVANT = {
  context: (words: string): string => `Shares meaning with your strategy (${words}).`,
  contextWeak: (words: string): string => `Touches your strategy only lightly (${words}).`,
  contextNone: 'Shares no words or meaning with the strategy text given.',
  outcome: (what: string): string => `Names a business outcome (${what}).`,
  activity: (what: string): string => `Names an activity (${what}) but not the result it is for.`,
  none: 'Does not say which business result it moves.',
  tipContext: (snippet: string): string =>
    `Link it to your strategy: say which part of ${quote(snippet)} it serves, using its words.`,
  tipActivity: (core: GoalCore): string =>
    core.verb !== '' && core.hasObject
      ? `Say what it does for the business, e.g. ${quote(`${core.text} to win 20 new customers`)}.`
      : `Say what result it is for, e.g. 'to win 20 new customers' or 'to cut waste by 10%'.`,
  tipOutcome: 'Say which result it moves: customers, sales, costs, quality, your team or the community.',
};

export const TIME_BOUND = {
  due: (date: string): string => `Has a deadline (${date}).`,
  date: (text: string): string => `Has a date in the text (${text}).`,
  relative: (text: string): string => `Has a relative time frame (${text}).`,
  event: (text: string): string => `Is due at an event (${text}) rather than on a date.`,
  namedPeriod: (text: string): string => `Names a period (${text}) but does not say the goal is due by it.`,
  tipNamedPeriod: (text: string, example: string): string =>
    `Say it is due by then, e.g. ${quote(`by ${text}`)} or ${quote(`by ${example}`)}.`,
  recurring: (text: string): string => `Repeats on a cycle (${text}) but has no end date.`,
  window: (text: string): string => `Sets a time limit each time (${text}) but no date for the goal as a whole.`,
  slots: (text: string): string => `Mentions when (${text}) but sets no deadline.`,
  vague: (word: string): string => `${quote(word)} is not a date.`,
  passed: (date: string): string => `The deadline (${date}) is already past.`,
  none: 'No deadline or time frame.',
  tipNone: (example: string): string => `Add a deadline, e.g. ${quote(`by ${example}`)}.`,
  tipVague: (word: string, example: string): string =>
    `Replace ${quote(word)} with a date, e.g. ${quote(`by ${example}`)}.`,
  tipEvent: (text: string): string => `Put a date on ${quote(text)} so anyone reading the sheet knows when it is due.`,
  tipRecurring: (example: string): string =>
    `Add an end date for the goal as a whole, e.g. ${quote(`until ${example}`)}.`,
  tipPassed: 'Set a new deadline in the future.',
  exampleWithoutToday: 'the end of next quarter',
};
