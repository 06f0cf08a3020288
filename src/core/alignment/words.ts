/**
 * The words of KPI names and goal texts, numbered once per model. Several rules compare wording, and at
 * 100,000 rows normalising and stemming the same text again in each rule, word by word as strings, was most
 * of an audit. Here each text is split once into word numbers, and what a rule asks of a word (its stem, its
 * sense) is worked out once per distinct word.
 */
import { foldAccents } from '../dates';
import { isStopWord, normText, stem, type Goal, type Kpi, type StrategyModel } from '../model';
import { keepShape } from '../keepShape';
import { HASH_SEED, hashText, IntList, isDigitCode, lowerCode, mixHash, TextSet } from './hashTables';
import { perModel } from './memo';

/** One list of word numbers per text: text `i` holds `ids[start[i]]` up to (not including) `ids[start[i + 1]]`. */
export interface WordLists {
  readonly ids: Int32Array;
  readonly start: Int32Array;
  /**
   * Where lists were made with breaks: 1 for a word that follows a bracket, colon or bar in its text ("Waste
   * (kg per week)", "Tickets: dismissed"), where a name's first phrase ends; else 0. Same places as `ids`.
   */
  readonly breaks?: Uint8Array;
}

/** Where `addWords` puts word numbers: a plain array, or the growable typed list the word lists are built in. */
export interface WordSink {
  push(id: number): unknown;
}

const NO_CONTENT = -1;
const CODE_A = 97;
const CODE_Z = 122;
const CODE_PERCENT = 37;
/** ( [ : | : what ends a name's first phrase, as "(kg per week)" does in "Waste (kg per week)". */
const isBreakCode = (code: number): boolean => code === 40 || code === 91 || code === 58 || code === 124;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Distinct words (as `normText` makes them), numbered in order of first use. A word's stem (see
 * `contentToken`) is numbered as a word too, so one number space serves both: most words are their own stem.
 *
 * Words are found by a hash of their characters, computed while the text is scanned (see `TextSet`): a word
 * already known is recognised without cutting it out of its text as a new string, which at 100,000 rows (most
 * words seen many times) was most of the cost of reading the wording.
 */
export class Vocabulary {
  private readonly known = new TextSet(1024);
  /** Word number → the number of its stem, or -1 for a stop word. */
  private readonly stemOf = new IntList(1024);

  /** How many distinct words (and stems) it has numbered. */
  get size(): number {
    return this.known.size;
  }

  /** Word number `id` as `normText` spells it. */
  word(id: number): string {
    return this.known.text(id);
  }

  /** Does word `id` start with a digit (a number, a year)? Answered without making the word's string. */
  startsWithDigit(id: number): boolean {
    return isDigitCode(this.known.codeAt(id, 0));
  }

  /** Does word `id` end with a digit ("17", "q3", "g001")? */
  endsWithDigit(id: number): boolean {
    return isDigitCode(this.known.codeAt(id, this.known.lengthOf(id) - 1));
  }

  /** The number of a word already seen, or undefined. */
  idOf(word: string): number | undefined {
    const id = this.known.indexOf(word);
    return id < 0 ? undefined : id;
  }

  /** The number of word `id`'s stem (a word number), or -1 for a stop word (see `contentToken`). */
  stem(id: number): number {
    return this.stemOf.ids[id];
  }

  /**
   * The number of the word `text[from..to)` (read lowered; `hash` over the lowered codes), added if new.
   * `digits` says the word is digits only.
   */
  private intern(text: string, from: number, to: number, hash: number, digits = false): number {
    const known = this.known.indexOfLowered(text, from, to, hash);
    if (known >= 0) return known;
    // A number is no stop word and stems to itself. Numbers are most new words (a table numbers its rows in
    // their names), so they are kept as runs of the text that holds them, which the model keeps: no string is
    // made for a word no message shows (see `TextSet.addSpan`).
    if (digits) {
      const id = this.known.addSpan(text, from, to, hash);
      this.stemOf.push(id);
      return id;
    }
    const word = text.slice(from, to).toLowerCase();
    const id = this.known.add(word, hash);
    this.stemOf.push(id);
    // Each distinct word is stemmed once here, so the shared stem cache would only be a second copy. A word
    // ending in a digit (an ID, "q3") is no stop word and stems to itself, as a number does.
    if (isDigitCode(word.charCodeAt(word.length - 1))) return id;
    if (isStopWord(word)) this.stemOf.ids[id] = NO_CONTENT;
    else {
      const stemmed = stem(word);
      if (stemmed !== word) this.stemOf.ids[id] = this.internWord(stemmed);
    }
    return id;
  }

  private internWord(word: string): number {
    return this.intern(word, 0, word.length, hashText(word));
  }

  /**
   * Appends the words of `text` to `out`: the same words as `normText(text).split(' ')`, without building
   * the normalised text. Plain ASCII (nearly every cell) is scanned by character code; other text is folded
   * first, as `normText` does.
   */
  addWords(text: string, out: WordSink, breaks?: WordSink): void {
    // Plain ASCII is read in place, each letter lowered as it is read: no lower-case copy of the text is made.
    const plain = NON_ASCII.test(text) ? foldAccents(text.toLowerCase()) : text;
    let from = -1;
    let hash = HASH_SEED;
    let digits = true;
    let broken = 0;
    for (let i = 0; i <= plain.length; i++) {
      const code = i < plain.length ? lowerCode(plain.charCodeAt(i)) : 0;
      if ((code >= CODE_A && code <= CODE_Z) || isDigitCode(code)) {
        if (from < 0) {
          from = i;
          hash = HASH_SEED;
          digits = true;
        }
        hash = mixHash(hash, code);
        digits &&= isDigitCode(code);
        continue;
      }
      if (from >= 0) {
        out.push(this.intern(plain, from, i, hash, digits));
        breaks?.push(broken);
        broken = 0;
        from = -1;
      }
      if (code === CODE_PERCENT) {
        out.push(this.internWord('percent'));
        breaks?.push(broken);
        broken = 0;
      } else if (isBreakCode(code)) broken = 1;
    }
  }

  /** Word lists of many texts, numbered into this vocabulary; `withBreaks` also marks where phrases break. */
  lists(texts: readonly string[], withBreaks = false): WordLists {
    const count = texts.length;
    // About one word in six characters of text; a sample of the texts sets the first size.
    let sampled = 0;
    const sample = Math.min(count, 64);
    for (let i = 0; i < sample; i++) sampled += texts[i].length;
    const ids = new IntList(sample === 0 ? 0 : Math.ceil(((sampled / sample) * count) / 4));
    const start = new Int32Array(count + 1);
    const breaks = withBreaks ? new IntList(ids.ids.length) : undefined;
    for (let i = 0; i < count; i++) {
      this.addWords(texts[i], ids, breaks);
      start[i + 1] = ids.length;
    }
    if (!breaks) return { ids: ids.ids, start };
    return { ids: ids.ids, start, breaks: Uint8Array.from(breaks.ids.subarray(0, breaks.length)) };
  }
}

keepShape(new Vocabulary());

/** The model's vocabulary, filled as the word lists below are asked for. */
export const vocabulary = perModel((): Vocabulary => new Vocabulary());

/** Each KPI's name as word numbers ("Waste %" → waste, percent), with where its phrases break. */
const kpiName = (kpi: Kpi): string => kpi.name;
const goalText = (goal: Goal): string => goal.text;

export const kpiNameWords = perModel((model: StrategyModel): WordLists =>
  vocabulary(model).lists(model.kpis.map(kpiName), true),
);

/** Each goal's text as word numbers. */
export const goalTextWords = perModel((model: StrategyModel): WordLists =>
  vocabulary(model).lists(model.goals.map(goalText)),
);

/** Each KPI's unit as a comparison key; a table holds few distinct units, so each is normalised once. */
export const kpiUnitKeys = perModel((model: StrategyModel): readonly string[] => {
  const seen = new Map<string, string>();
  const keys = new Array<string>(model.kpis.length);
  for (let i = 0; i < keys.length; i++) {
    const unit = model.kpis[i].unit;
    let key = seen.get(unit);
    if (key === undefined) seen.set(unit, (key = normText(unit)));
    keys[i] = key;
  }
  return keys;
});
