import { F, F2 } from './compile';
import type { GoalFacts } from './facts';
import { symAt } from './scan';
import type { Token } from './text';

/**
 * What the learned SMART model reads in a goal: each feature is something a person can point to
 * in the text ("it opens with a broad verb", "it names an amount", "it has a date"). Values are
 * 0 or 1, or a small count scaled to 0..1, so a weight reads as "how much this sign counts".
 * The order is the order of the weights in `weights.json`.
 */
export const FEATURES = [
  'concreteWords',
  'noConcreteWord',
  'vagueLead',
  'vagueLater',
  'genericWords',
  'aspirationalWords',
  'actionLead',
  'deliverableLead',
  'deliverableVerb',
  'deliverableNoun',
  'deliverableObject',
  'deliverableDone',
  'changeVerb',
  'comparative',
  'outcomeWord',
  'activityWord',
  'shortGoal',
  'longGoal',
  'amount',
  'bareNumber',
  'fromTo',
  'digits',
  'frequency',
  'duration',
  'dayOrTimeSlot',
  'deadlineDate',
  'deadlineRelative',
  'deadlineEvent',
  'deadlineAfterTimeWord',
  'perOccurrenceWindow',
  'vagueTime',
  'confidence',
  'abstractWords',
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** The feature values in `FEATURES` order, plus the words behind the ones a tip may name. */
export interface GoalFeatures {
  readonly values: readonly number[];
  /** Words that make the goal vague: broad verbs first, then umbrella words ("improve", "growth"). */
  readonly vagueWords: readonly string[];
  /** Words that name concrete things, for the reason shown when the goal is specific. */
  readonly concreteWords: readonly string[];
  /** The deliverable verb near the start ("launch", "hire"), or ''. */
  readonly deliverable: string;
}

/** Kinds of quantity that state an amount to reach, as opposed to a bare number or a duration. */
export const AMOUNT_KINDS: ReadonlySet<string> = new Set([
  'percentage',
  'money',
  'count',
  'range',
  'multiplier',
  'metric',
  'fraction',
]);

/** Classes that make a word count for nothing concrete: direction, time, amount and confidence words. */
const NOT_CONCRETE =
  F.light |
  F.comparative |
  F.increase |
  F.decrease |
  F.maintain |
  F.milestone |
  F.period |
  F.slot |
  F.frequencyAdverb |
  F.confidence |
  F.deadline |
  F.relative |
  F.vagueTime |
  F.end |
  F.duration |
  F.percent |
  F.currencyWord |
  F.times;

/** Concrete words counted at most: past four, more detail says nothing new. */
const MAX_CONCRETE = 4;
const MAX_GENERIC = 3;
/** Content words a deliverable verb may sit behind ("We will launch", "Q3: hire"). */
const LEAD_WORDS = 3;
/** Content words before a deliverable noun for it to be the goal's object: the verb and two describing words. */
const OBJECT_WORDS = 3;
const SHORT_WORDS = 3;
const LONG_WORDS = 16;
/** Words kept for tips and reasons. */
const MAX_SHOWN = 6;

/** Reads the goal's features from what `readFacts` found: one pass over its words, no new rules. */
export function goalFeatures(facts: GoalFacts): GoalFeatures {
  const { tokens, used, lex } = facts.scan;
  const vagueWords: string[] = [];
  const concreteWords: string[] = [];
  const stems = new Set<string>();
  let content = 0;
  let words = 0;
  let vagueLead = 0;
  let vagueLater = 0;
  let generic = 0;
  let aspirational = 0;
  let actionLead = 0;
  let deliverable = '';
  let deliverableVerb = 0;
  let deliverableNoun = 0;
  let deliverableObject = 0;
  let deliverableDone = 0;
  let leadVerb = '';
  let changeVerb = 0;
  let comparative = 0;
  let outcome = 0;
  let activity = 0;
  let digits = 0;
  let abstract = 0;
  let last: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'num') {
      if (!t.spelled) digits = 1;
      continue;
    }
    if (t.kind !== 'word') continue;
    words++;
    const f = t.flags;
    const f2 = t.flags2;
    if ((f & (F.increase | F.decrease | F.maintain)) !== 0) changeVerb = 1;
    if ((f & F.comparative) !== 0) comparative = 1;
    if ((f2 & F2.outcome) !== 0) outcome = 1;
    if ((f2 & F2.activity) !== 0) activity = 1;
    if ((f2 & F2.deliverable) !== 0) {
      deliverableNoun = 1;
      // "Develop a plan", "Create an Advisory Council": the goal's object is a thing delivered once.
      if (content <= OBJECT_WORDS) deliverableObject = 1;
    }
    // "is published", "hired and started": a deliverable verb in any form states something done.
    if ((f & F.milestone) !== 0) deliverableVerb = 1;
    else if (t.stem !== t.text && (lex.milestone.has(t.stem) || lex.milestone.has(`${t.stem}e`))) deliverableDone = 1;
    if ((f2 & F2.abstract) !== 0) {
      abstract++;
      if (vagueWords.length < MAX_SHOWN) vagueWords.push(t.text);
    }
    if ((f2 & F2.aspirational) !== 0) {
      aspirational++;
      if (vagueWords.length < MAX_SHOWN) vagueWords.push(t.text);
    }
    if ((f & F.stop) !== 0 || used[i]) continue;
    const lead = content === 0;
    // "sign-ups", "set-up fee": the first half of a compound noun is no deliverable.
    if (deliverable === '' && content < LEAD_WORDS && (f & F.milestone) !== 0 && symAt(tokens, i + 1) !== '-')
      deliverable = t.text;
    content++;
    last = t;
    if (lead && (f2 & F2.verb) !== 0) leadVerb = t.text;
    if ((f & F.vague) !== 0) {
      if (lead) vagueLead = 1;
      else vagueLater++;
      if (vagueWords.length < MAX_SHOWN) vagueWords.push(t.text);
      continue;
    }
    if (lead && (f2 & F2.verb) !== 0 && (f & F.light) === 0) actionLead = 1;
    // "sales", "revenue": a named business metric is an object, not an umbrella word.
    if ((f & F.generic) !== 0 && (f2 & F2.outcome) === 0) {
      generic++;
      if (vagueWords.length < MAX_SHOWN) vagueWords.push(t.text);
      continue;
    }
    if ((f & (NOT_CONCRETE | F.numberWord)) !== 0 || (f2 & (F2.aspirational | F2.abstract | F2.ordinal)) !== 0)
      continue;
    if (t.text.length < 3 || stems.has(t.stem)) continue;
    stems.add(t.stem);
    if (concreteWords.length < MAX_SHOWN) concreteWords.push(t.text);
  }
  // "Das Kundenerlebnis verbessern": where the infinitive closes the goal, the closing verb is its lead.
  if (
    lex.source.verbLast &&
    content > 1 &&
    last !== undefined &&
    (last.flags2 & F2.verb) !== 0 &&
    vagueLead + actionLead === 0
  ) {
    if ((last.flags & F.vague) !== 0) {
      vagueLead = 1;
      vagueLater--;
    } else if ((last.flags & F.light) === 0) actionLead = 1;
    if (deliverable === '' && (last.flags & F.milestone) !== 0) deliverable = last.text;
  }
  // "Develop a plan", "Establish an advisory council": a broad verb on a thing delivered once
  // is a deliverable, done or not done, not a vague intention.
  if (vagueLead === 1 && deliverableObject === 1) {
    vagueLead = 0;
    vagueWords.shift();
    if (deliverable === '') deliverable = leadVerb;
  }
  const { quantities, change } = facts.quantity;
  let amount = 0;
  let bareNumber = 0;
  let duration = 0;
  for (const q of quantities) {
    if (AMOUNT_KINDS.has(q.kind)) amount = 1;
    else if (q.kind === 'number') bareNumber = 1;
    else if (q.kind === 'duration') duration = 1;
  }
  const { time, frequency } = facts;
  const kind = time.deadlines.length > 0 ? time.kind : null;
  const concrete = Math.min(stems.size, MAX_CONCRETE);
  const values = [
    concrete / MAX_CONCRETE,
    concrete === 0 ? 1 : 0,
    vagueLead,
    Math.min(vagueLater, 2) / 2,
    Math.min(generic, MAX_GENERIC) / MAX_GENERIC,
    Math.min(aspirational, 2) / 2,
    actionLead,
    deliverable === '' ? 0 : 1,
    deliverableVerb,
    deliverableNoun,
    deliverableObject,
    deliverableDone,
    changeVerb,
    comparative,
    outcome,
    activity,
    words <= SHORT_WORDS ? 1 : 0,
    words >= LONG_WORDS ? 1 : 0,
    amount,
    bareNumber,
    change !== null ? 1 : 0,
    digits,
    frequency.frequencies.length > 0 ? 1 : 0,
    duration,
    frequency.slots.length > 0 ? 1 : 0,
    kind === 'date' ? 1 : 0,
    kind === 'relative' ? 1 : 0,
    kind === 'event' ? 1 : 0,
    time.led ? 1 : 0,
    time.windows.length > 0 ? 1 : 0,
    time.vague.length > 0 ? 1 : 0,
    facts.confidence !== null ? 1 : 0,
    Math.min(abstract, 2) / 2,
  ];
  return { values, vagueWords, concreteWords, deliverable };
}
