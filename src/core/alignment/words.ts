/** The words of KPI names and goal texts, as the rules that compare wording read them. */
import { foldAccents } from '../dates';
import { contentToken, normText, type StrategyModel } from '../model';
import { GOAL_DIRECTION_STEMS } from './lexicons';

/**
 * A text's words as `normText` spells them ("Waste %" → waste, percent), and for each word whether a bracket,
 * colon or bar comes before it ("Waste (kg per week)", "Tickets: dismissed"), where a name's first phrase ends.
 */
export interface Wording {
  readonly words: readonly string[];
  readonly afterBreak: readonly boolean[];
}

/** A word (letters and digits), a percent sign, or one of the characters that end a name's first phrase. */
const WORD_OR_BREAK = /[a-z0-9]+|%|[([:|]/g;
const BREAKS: ReadonlySet<string> = new Set(['(', '[', ':', '|']);

/** Calls `visit` with each word of the text and whether a bracket, colon or bar comes before it. */
function eachWord(text: string, visit: (word: string, afterBreak: boolean) => void): void {
  let broken = false;
  for (const token of foldAccents(text.toLowerCase()).match(WORD_OR_BREAK) ?? []) {
    if (BREAKS.has(token)) {
      broken = true;
      continue;
    }
    visit(token === '%' ? 'percent' : token, broken);
    broken = false;
  }
}

export function wordingOf(text: string): Wording {
  const words: string[] = [];
  const afterBreak: boolean[] = [];
  eachWord(text, (word, broken) => {
    words.push(word);
    afterBreak.push(broken);
  });
  return { words, afterBreak };
}

/** Which way a goal's word wants a number to go. */
export type Sense = 'lower' | 'higher';

/** A number ("2027", "15k", "q3") is never a verb or a framing word; names and goals are full of them. */
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
export const isNumberLike = (word: string): boolean => isDigit(word[0]) || isDigit(word[word.length - 1]);

/**
 * The way a word pulls ("reduce" → lower) when it is a verb or noun of direction: it starts with one of the
 * direction stems and is at most 4 letters longer ("reduc" → reduce, reducing, reduction).
 */
export function senseOf(word: string): Sense | null {
  if (isNumberLike(word)) return null;
  for (const sense of ['lower', 'higher'] as const) {
    for (const stem of GOAL_DIRECTION_STEMS[sense])
      if (word.startsWith(stem) && word.length <= stem.length + 4) return sense;
  }
  return null;
}

/** A word of a goal or KPI name with what the wording rules ask of it. */
export interface Word {
  readonly text: string;
  /** Its content stem (`contentToken`), or null for a stop word. */
  readonly stem: string | null;
  /** Which way it pulls, when it is a verb or noun of direction. */
  readonly sense: Sense | null;
}

/** A text as the wording rules read it: its words, where its first phrase may end, and its distinct stems. */
export interface ReadText {
  readonly words: readonly Word[];
  readonly afterBreak: readonly boolean[];
  /**
   * The distinct content stems in alphabetical order: the words `contentTokens` gives for the same text, without
   * repeats or order, so two names that measure the same thing have equal lists.
   */
  readonly stems: readonly string[];
}

/**
 * Reads texts into words, working each distinct word out once: names and goals repeat the same few hundred
 * words thousands of times. One per run (see `planWording`), so nothing outlives it.
 */
export class WordBook {
  private readonly known = new Map<string, Word>();

  word(text: string): Word {
    let word = this.known.get(text);
    if (word === undefined) {
      word = { text, stem: contentToken(text), sense: senseOf(text) };
      this.known.set(text, word);
    }
    return word;
  }

  read(text: string): ReadText {
    const words: Word[] = [];
    const afterBreak: boolean[] = [];
    const stems: string[] = [];
    eachWord(text, (w, broken) => {
      const word = this.word(w);
      words.push(word);
      afterBreak.push(broken);
      if (word.stem !== null) addSorted(stems, word.stem);
    });
    return { words, afterBreak, stems };
  }
}

/** Adds a word to a list of distinct words in alphabetical order, unless it is there already. */
function addSorted(list: string[], word: string): void {
  let at = list.length;
  while (at > 0 && list[at - 1] > word) at--;
  if (list[at - 1] === word) return;
  list.push(word);
  for (let i = list.length - 1; i > at; i--) list[i] = list[i - 1];
  list[at] = word;
}

/** Every goal's text and KPI's name, read once per run for the rules that compare wording. */
export interface PlanWording {
  readonly goals: readonly ReadText[];
  readonly kpis: readonly ReadText[];
}

export function planWording(model: StrategyModel): PlanWording {
  const book = new WordBook();
  return { goals: model.goals.map((g) => book.read(g.text)), kpis: model.kpis.map((k) => book.read(k.name)) };
}

/** Each KPI's unit as a comparison key ("%" and "Percent" meet); a plan writes the same few units again and again. */
export function kpiUnitKeys(model: StrategyModel): readonly string[] {
  const keys = new Map<string, string>();
  return model.kpis.map((kpi) => {
    let key = keys.get(kpi.unit);
    if (key === undefined) {
      key = normText(kpi.unit);
      keys.set(kpi.unit, key);
    }
    return key;
  });
}
