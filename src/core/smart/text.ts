import { type CompiledLexicon, type WordInfo, F, F2 } from './compile';

/**
 * Only the start of a very long text is read: goals are sentences, and a cap keeps every
 * call linear and fast whatever is pasted into a cell.
 */
export const MAX_ANALYSED_CHARS = 2000;

export type TokenKind = 'word' | 'num' | 'sym';

export interface Token {
  readonly kind: TokenKind;
  /** Lower-case word, the number as written, or one symbol character. */
  readonly text: string;
  /** The value of a number (scaled by "k", "thousand"...); 0 for words and symbols. */
  readonly value: number;
  /** Letters glued to a number ("am" in "10am", "x" in "10x"); '' otherwise. */
  readonly suffix: string;
  /** Whether the number was written in words ("three"). */
  readonly spelled: boolean;
  /** Whether the number held a decimal point. */
  readonly decimal: boolean;
  /** The stem of a word ("customers" -> "customer"); '' for numbers and symbols. */
  readonly stem: string;
  /** The word's lexicon classes (`F` bits); 0 for numbers and symbols. */
  readonly flags: number;
  /** More classes (`F2` bits). */
  readonly flags2: number;
}

export interface PreparedText {
  /** The analysed text, lower case. */
  readonly text: string;
  /** The same text as written, so tips can quote the user's words with their capitals. */
  readonly original: string;
  readonly tokens: readonly Token[];
  /** Length of the original text when it was cut, else 0. */
  readonly truncatedFrom: number;
}

function word(info: WordInfo): Token {
  return {
    kind: 'word',
    text: info.word,
    value: 0,
    suffix: '',
    spelled: false,
    decimal: false,
    stem: info.stem,
    flags: info.flags,
    flags2: info.flags2,
  };
}

function num(text: string, value: number, suffix: string, spelled: boolean, decimal: boolean): Token {
  return { kind: 'num', text, value, suffix, spelled, decimal, stem: '', flags: 0, flags2: 0 };
}

const CH_DIGIT = 1;
const CH_LETTER = 2;
const CH_SPACE = 3;
const CH_OTHER = 4;

/** Character class of one UTF-16 code unit; letters beyond ASCII are those with a case or in CJK-like ranges. */
function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return CH_DIGIT;
  if (c >= 97 && c <= 122) return CH_LETTER;
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12 || c === 11) return CH_SPACE;
  if (c < 128) return CH_OTHER;
  if (c >= 0xd800 && c <= 0xdfff) return CH_OTHER;
  const ch = text[i];
  if (ch.toLowerCase() !== ch.toUpperCase()) return CH_LETTER;
  if (c === 0x2019) return CH_OTHER;
  return /\s/.test(ch) ? CH_SPACE : c >= 0x3040 ? CH_LETTER : CH_OTHER;
}

/** One piece of a goal as written, before any language's words are known: a word, a number, or one sign. */
export interface Piece {
  readonly kind: TokenKind;
  /** The word, the number's digits, or the sign. */
  readonly text: string;
  /** Letters glued to a number ("am" in "10am"); '' otherwise. */
  readonly glued: string;
}

// A hand-written scanner instead of a Unicode regex: one pass, no backtracking, and several times faster.
// Pieces: a number (thousands groups, decimals) with glued letters, a word (letters, apostrophes,
// glued digits as in "q3" or "fy2027"), or any other single character.
function piecesOf(text: string, words: string[]): Piece[] {
  const out: Piece[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = charClass(text, i);
    if (cls === CH_SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (cls === CH_DIGIT) {
      while (i < n && charClass(text, i) === CH_DIGIT) i++;
      // ",000" groups and one decimal part
      while (
        i + 3 < n &&
        text[i] === ',' &&
        isDigits(text, i + 1, 3) &&
        (i + 4 >= n || charClass(text, i + 4) !== CH_DIGIT)
      )
        i += 4;
      if (i + 1 < n && text[i] === '.' && charClass(text, i + 1) === CH_DIGIT) {
        i++;
        while (i < n && charClass(text, i) === CH_DIGIT) i++;
      }
      const digits = text.slice(start, i);
      const sufStart = i;
      while (i < n && charClass(text, i) === CH_LETTER) i++;
      out.push({ kind: 'num', text: digits, glued: text.slice(sufStart, i) });
      continue;
    }
    if (cls === CH_LETTER) {
      while (i < n) {
        const k = charClass(text, i);
        if (
          k === CH_LETTER ||
          ((text[i] === "'" || text[i] === '\u2019') && i + 1 < n && charClass(text, i + 1) === CH_LETTER)
        )
          i++;
        else break;
      }
      while (i < n && charClass(text, i) === CH_DIGIT) i++;
      const w = text.slice(start, i);
      words.push(w);
      out.push({ kind: 'word', text: w, glued: '' });
      continue;
    }
    const c = text.charCodeAt(i);
    // Keep surrogate pairs (emoji) together so no lone half is ever produced.
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    out.push({ kind: 'sym', text: text.slice(i, i + len), glued: '' });
    i += len;
  }
  return out;
}

/** The pieces read with one language's words: each word gets its classes and stem, numbers their value. */
function rawTokens(pieces: readonly Piece[], lex: CompiledLexicon): Token[] {
  const out: Token[] = [];
  for (const p of pieces) {
    if (p.kind === 'word') out.push(word(lex.words.get(p.text)));
    else if (p.kind === 'num') pushNumber(out, p.text, p.glued, lex);
    else
      out.push({
        kind: 'sym',
        text: p.text,
        value: 0,
        suffix: '',
        spelled: false,
        decimal: false,
        stem: '',
        flags: 0,
        flags2: 0,
      });
  }
  return out;
}

function isDigits(text: string, from: number, count: number): boolean {
  for (let k = from; k < from + count; k++) {
    const c = text.charCodeAt(k);
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
}

function pushNumber(out: Token[], digits: string, glued: string, lex: CompiledLexicon): void {
  let suffix = glued;
  let value = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  if (!Number.isFinite(value)) value = 0;
  const prev = out.length > 0 ? out[out.length - 1] : undefined;
  const afterCurrency = prev !== undefined && prev.kind === 'sym' && lex.currencySymbol.has(prev.text);
  const scale = lex.magnitude.get(suffix);
  // "5m" is more often metres or minutes than millions, unless money is being talked about.
  if (scale !== undefined && (suffix !== 'm' || afterCurrency)) {
    value *= scale;
    suffix = '';
  }
  out.push(num(digits + glued, value, suffix, false, digits.includes('.')));
}

/** Folds "twenty-five", "two hundred", "50 thousand" and "2.5 million" into single number tokens. */
function foldNumbers(tokens: Token[], lex: CompiledLexicon): Token[] {
  // Folds in place: a folded number is never longer than the tokens it replaces, so `w <= i`.
  let w = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let value: number | undefined;
    let spelled = false;
    if (t.kind === 'num' && t.suffix === '') value = t.value;
    else if ((t.flags & F.numberWord) !== 0) {
      value = lex.numberWords.get(t.text);
      spelled = value !== undefined;
    }
    if (value === undefined) {
      tokens[w++] = t;
      continue;
    }
    let j = i + 1;
    let text = t.text;
    if (spelled && value >= 20 && value % 10 === 0) {
      const k = j < tokens.length && tokens[j].text === '-' ? j + 1 : j;
      const unit =
        k < tokens.length && (tokens[k].flags & F.numberWord) !== 0 ? lex.numberWords.get(tokens[k].text) : undefined;
      if (unit !== undefined && unit >= 1 && unit < 10) {
        value += unit;
        text += ` ${tokens[k].text}`;
        j = k + 1;
      }
    }
    while (j < tokens.length && (tokens[j].flags2 & F2.scale) !== 0) {
      const scale = lex.scale.get(tokens[j].text);
      if (scale === undefined) break;
      value *= scale;
      text += ` ${tokens[j].text}`;
      j++;
    }
    if (j === i + 1 && !spelled) {
      tokens[w++] = t;
      continue;
    }
    tokens[w++] = num(text, value, '', spelled, t.decimal);
    i = j - 1;
  }
  tokens.length = w;
  return tokens;
}

/** A goal's text capped, lower-cased and cut into pieces once, before its language is known: the guess and the tokens read it. */
export interface GoalText {
  readonly original: string;
  readonly lower: string;
  readonly pieces: readonly Piece[];
  /** The words among the pieces, for the language guess. */
  readonly words: readonly string[];
  /** Length of the original text when it was cut, else 0. */
  readonly truncatedFrom: number;
}

/** Caps a goal at `MAX_ANALYSED_CHARS` (at a space where one is near), lower-cases it and cuts it into pieces. */
export function goalText(raw: string): GoalText {
  let text = raw;
  let truncatedFrom = 0;
  if (text.length > MAX_ANALYSED_CHARS) {
    truncatedFrom = text.length;
    const cut = text.slice(0, MAX_ANALYSED_CHARS);
    const lastSpace = cut.lastIndexOf(' ');
    text = lastSpace > MAX_ANALYSED_CHARS / 2 ? cut.slice(0, lastSpace) : cut;
  }
  const lower = text.toLowerCase();
  const words: string[] = [];
  return { original: text, lower, pieces: piecesOf(lower, words), words, truncatedFrom };
}

/** Tokenises a goal once with its language's words; every criterion reads the same tokens. */
export function tokenise(text: GoalText, lex: CompiledLexicon): PreparedText {
  const { original, lower, pieces, truncatedFrom } = text;
  return { text: lower, original, tokens: foldNumbers(rawTokens(pieces, lex), lex), truncatedFrom };
}

/** Caps, lower-cases and tokenises a goal in one step. */
export const prepareText = (raw: string, lex: CompiledLexicon): PreparedText => tokenise(goalText(raw), lex);
