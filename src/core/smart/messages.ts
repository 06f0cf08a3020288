/**
 * Every reason and tip the SMART engine shows, in one place, so wording is reviewed together
 * and tests compare against these instead of copying sentences.
 */

const quote = (s: string): string => `'${s}'`;
const orSomething = (core: string, fallback: string): string => (core.trim() === '' ? fallback : core.trim());

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
  vagueVerb: (verb: string): string => `${quote(verb)} is a broad verb: it does not say what exactly will be done.`,
  noObject: 'It does not name what exactly will change (which product, customers, channel or process).',
  tipVague: (verb: string, core: string): string =>
    `Replace ${quote(verb)} with a concrete action and name what it applies to, e.g. ${quote(`${orSomething(core, verb)} of [which product or service] for [which customers]`)}.`,
  tipObject: (core: string): string =>
    `Say exactly what and for whom, e.g. ${quote(`${orSomething(core, 'increase sales')} of [which product or service] to [which customers]`)}.`,
};

export const MEASURABLE = {
  target: (value: string): string => `Has a target value (${value}).`,
  amount: (what: string): string => `States an amount: ${what}.`,
  frequency: (what: string): string => `States how often: ${what}.`,
  duration: (what: string): string => `States how long: ${what}.`,
  number: (what: string): string => `Has a number (${what}) but not what it counts.`,
  milestone: (verb: string): string => `A one-off deliverable (${verb}): done or not done by the deadline is the measure.`,
  milestoneNoDate: (verb: string): string => `A one-off deliverable (${verb}), but with no date it cannot be checked.`,
  directionOnly: 'Says which way to move but not how much.',
  none: 'No number, amount or frequency to check progress against.',
  tip: (core: string, from: string, to: string): string =>
    `Say how much: e.g. ${quote(`${orSomething(core, 'increase repeat customers')} from ${from} to ${to}`)}.`,
  tipWithDate: (verb: string): string => `Say what done looks like for ${quote(verb)}, e.g. a number or a date to check it by.`,
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
  tipSpan: (change: string): string => `Add a time frame so the pace of ${quote(change)} can be judged, e.g. 'within 6 months'.`,
  tipStretch: (suggested: string): string =>
    `Give it more time or aim lower: about ${suggested} would be a pace most small businesses can keep.`,
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
  tipContext: (snippet: string): string => `Link it to your strategy: say which part of ${quote(snippet)} it serves, using its words.`,
  tipActivity: (core: string): string =>
    `Say what it does for the business, e.g. ${quote(`${orSomething(core, 'do more marketing')} to win 20 new customers`)}.`,
  tipOutcome: 'Say which result it moves: customers, sales, costs, quality, your team or the community.',
};

export const TIME_BOUND = {
  due: (date: string): string => `Has a deadline (${date}).`,
  date: (text: string): string => `Has a date in the text (${text}).`,
  relative: (text: string): string => `Has a relative time frame (${text}).`,
  event: (text: string): string => `Is due at an event (${text}) rather than on a date.`,
  recurring: (text: string): string => `Repeats on a cycle (${text}) but has no end date.`,
  slots: (text: string): string => `Mentions when (${text}) but sets no deadline.`,
  vague: (word: string): string => `${quote(word)} is not a date.`,
  passed: (date: string): string => `The deadline (${date}) is already past.`,
  none: 'No deadline or time frame.',
  tipNone: (example: string): string => `Add a deadline, e.g. ${quote(`by ${example}`)}.`,
  tipVague: (word: string, example: string): string => `Replace ${quote(word)} with a date, e.g. ${quote(`by ${example}`)}.`,
  tipEvent: (text: string): string => `Put a date on ${quote(text)} so anyone reading the sheet knows when it is due.`,
  tipRecurring: (example: string): string => `Add an end date for the goal as a whole, e.g. ${quote(`until ${example}`)}.`,
  tipPassed: 'Set a new deadline in the future.',
  exampleWithoutToday: 'the end of next quarter',
};
