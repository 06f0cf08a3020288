import { F, F2 } from './compile';
import type { Scan } from './scan';
import type { PreparedText, Token } from './text';

/**
 * The goal's opening action and object ("increase" + "repeat customers"), read so tips can reuse
 * the user's own words only where a template fits them: a template that adds "from [today] to
 * [target]" needs a verb with an object, never a bare verb ("grow from…") or a noun phrase.
 */
export interface GoalCore {
  /** The opening words as written, verb and object ("increase repeat customers"); '' when the goal opens with a number or symbol. */
  readonly text: string;
  /** The first word, when it is a verb the lexicon knows; '' otherwise (a noun phrase such as "repeat customers"). */
  readonly verb: string;
  /** Whether the verb is a broad one ("improve", "be", "grow"). */
  readonly vague: boolean;
  /** Which way the verb moves its object: "increase" up, "cut" down, "keep" hold; null for other verbs. */
  readonly change: 'up' | 'down' | 'hold' | null;
  /** Whether words follow the verb. */
  readonly hasObject: boolean;
  /** Whether the object names something you could count ("repeat customers", "sales"), not just "things" or "better". */
  readonly countable: boolean;
}

/** Opening words kept at most; tips quote them, and a tip must stay short. */
const MAX_CORE_WORDS = 7;
const MAX_CORE_CHARS = 60;

/** Words that end the opening phrase: time, amounts, recurrence and connecting words. */
const STOPS_CORE = F.deadline | F.span | F.from | F.every | F.relative | F.vagueTime;
/** Words that carry no thing of their own. */
const EMPTY = F.stop | F.generic | F.comparative | F.light | F.vague | F.numberWord;

const NONE: GoalCore = { text: '', verb: '', vague: false, change: null, hasObject: false, countable: false };

/** "sign-ups", "on-time", "e-commerce": a hyphen between two words joins them. */
function isJoiner(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t.kind === 'sym' &&
    (t.text === '-' || t.text === '/' || t.text === '&') &&
    i > 0 &&
    tokens[i - 1].kind === 'word' &&
    i + 1 < tokens.length &&
    tokens[i + 1].kind === 'word'
  );
}

/** Whether the word at i ends the opening phrase. */
function endsCore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // "hire two bakers", "open 3 new stores": a count before a noun belongs to the object.
  if (t.kind === 'num')
    return (
      t.suffix !== '' ||
      i + 1 >= tokens.length ||
      tokens[i + 1].kind !== 'word' ||
      (tokens[i + 1].flags & (F.stop | F.percent | F.period)) !== 0
    );
  if (
    t.kind !== 'word' ||
    (t.flags & STOPS_CORE) !== 0 ||
    (t.flags2 & F2.same) !== 0 ||
    t.text === 'by' ||
    t.text === 'to'
  )
    return true;
  if ((t.flags & F.frequencyAdverb) === 0) return false;
  // "have weekly team meetings": a frequency word before a noun describes it and stays in.
  const next = tokens[i + 1];
  return next === undefined || next.kind !== 'word' || (next.flags & (F.stop | STOPS_CORE)) !== 0;
}

export function goalCore(scan: Scan, prepared: PreparedText): GoalCore {
  const { tokens, used } = scan;
  let i = 0;
  // "We will open…", "To increase…", "I want to grow…": the action starts after the subject.
  for (;;) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word') break;
    if ((t.flags & F.light) !== 0 && i + 1 < tokens.length && tokens[i + 1].text === 'to') i += 2;
    else if ((t.flags & F.stop) !== 0 && (t.flags2 & F2.verb) === 0) i++;
    else break;
  }
  const first = tokens[i];
  if (first === undefined || first.kind !== 'word' || used[i]) return NONE;
  let text = first.text;
  let words = 1;
  let lastContent = text.length;
  let countable = false;
  let j = i + 1;
  for (; j < tokens.length && words < MAX_CORE_WORDS; j++) {
    const t = tokens[j];
    if (used[j]) break;
    if (t.kind === 'sym' && isJoiner(tokens, j)) {
      text += t.text;
      continue;
    }
    if (endsCore(tokens, j)) break;
    const glued = tokens[j - 1].kind === 'sym';
    if (!glued && text.length + 1 + t.text.length > MAX_CORE_CHARS) break;
    text += glued ? t.text : ` ${t.text}`;
    words++;
    if ((t.flags & F.stop) === 0) lastContent = text.length;
    if ((t.flags & EMPTY) === 0 || (t.flags2 & F2.outcome) !== 0) countable = true;
  }
  // Never end on "of the", "at our": cut back to the last word that means something.
  text = asWritten(text.slice(0, lastContent), prepared);
  const isVerb = (first.flags2 & F2.verb) !== 0;
  const f = first.flags;
  return {
    text,
    verb: isVerb ? first.text : '',
    vague: isVerb && (f & F.vague) !== 0,
    change: (f & F.increase) !== 0 ? 'up' : (f & F.decrease) !== 0 ? 'down' : (f & F.maintain) !== 0 ? 'hold' : null,
    hasObject: text.length > first.text.length,
    countable,
  };
}

/**
 * The phrase with the user's own capitals ("post on Instagram"), found in the text as written;
 * its first letter is lowered so it reads inside a sentence, unless the word is an acronym.
 */
function asWritten(lower: string, prepared: PreparedText): string {
  const { original } = prepared;
  // Lower-casing can change the length of a few letters; then positions do not match and the lower case stays.
  const at = original.length === prepared.text.length ? prepared.text.indexOf(lower) : -1;
  if (at < 0) return lower;
  const written = original.slice(at, at + lower.length);
  const second = written.charAt(1);
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()
    ? written
    : written.charAt(0).toLowerCase() + written.slice(1);
}
