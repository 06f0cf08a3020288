import type { CompiledLexicon } from './compile';

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
}

export interface PreparedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Length of the original text when it was cut, else 0. */
  readonly truncatedFrom: number;
}

// One pass, no nested quantifiers: a number (thousands groups, decimals) with glued letters,
// a word (letters, apostrophes, glued digits as in "q3" or "fy2027"), or any other single character.
const TOKEN = /(\d+(?:,\d{3})*(?:\.\d+)?)(\p{L}+)?|(\p{L}[\p{L}'’]*\d*)|(\S)/gu;

function word(text: string): Token {
  return { kind: 'word', text, value: 0, suffix: '', spelled: false, decimal: false };
}

function num(text: string, value: number, suffix: string, spelled: boolean, decimal: boolean): Token {
  return { kind: 'num', text, value, suffix, spelled, decimal };
}

function rawTokens(text: string, lex: CompiledLexicon): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    if (m[1] !== undefined) {
      const digits = m[1];
      let suffix = m[2] ?? '';
      let value = Number(digits.replace(/,/g, ''));
      if (!Number.isFinite(value)) value = 0;
      const prev = out.length > 0 ? out[out.length - 1] : undefined;
      const afterCurrency = prev !== undefined && prev.kind === 'sym' && lex.currencySymbol.has(prev.text);
      const scale = lex.magnitude.get(suffix);
      // "5m" is more often metres or minutes than millions, unless money is being talked about.
      if (scale !== undefined && (suffix !== 'm' || afterCurrency)) {
        value *= scale;
        suffix = '';
      }
      out.push(num(suffix === '' ? digits : digits + suffix, value, suffix, false, digits.includes('.')));
    } else if (m[3] !== undefined) {
      out.push(word(m[3].replace(/’/g, "'")));
    } else {
      out.push({ kind: 'sym', text: m[4], value: 0, suffix: '', spelled: false, decimal: false });
    }
  }
  return out;
}

/** Folds "twenty-five", "two hundred", "50 thousand" and "2.5 million" into single number tokens. */
function foldNumbers(tokens: Token[], lex: CompiledLexicon): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value: number | undefined;
    let spelled = false;
    if (t.kind === 'num' && t.suffix === '') value = t.value;
    else if (t.kind === 'word') {
      value = lex.numberWords.get(t.text);
      spelled = value !== undefined;
    }
    if (value === undefined) {
      out.push(t);
      continue;
    }
    let j = i + 1;
    let text = t.text;
    if (spelled && value >= 20 && value % 10 === 0) {
      const k = j < tokens.length && tokens[j].text === '-' ? j + 1 : j;
      const unit = k < tokens.length && tokens[k].kind === 'word' ? lex.numberWords.get(tokens[k].text) : undefined;
      if (unit !== undefined && unit >= 1 && unit < 10) {
        value += unit;
        text += ` ${tokens[k].text}`;
        j = k + 1;
      }
    }
    while (j < tokens.length && tokens[j].kind === 'word') {
      const scale = lex.scale.get(tokens[j].text);
      if (scale === undefined) break;
      value *= scale;
      text += ` ${tokens[j].text}`;
      j++;
    }
    if (j === i + 1 && !spelled) {
      out.push(t);
      continue;
    }
    out.push(num(text, value, '', spelled, t.decimal));
    i = j - 1;
  }
  return out;
}

/** Lower-cases, caps and tokenises a goal once; every criterion reads the same tokens. */
export function prepareText(raw: string, lex: CompiledLexicon): PreparedText {
  let text = raw;
  let truncatedFrom = 0;
  if (text.length > MAX_ANALYSED_CHARS) {
    truncatedFrom = text.length;
    const cut = text.slice(0, MAX_ANALYSED_CHARS);
    const lastSpace = cut.lastIndexOf(' ');
    text = lastSpace > MAX_ANALYSED_CHARS / 2 ? cut.slice(0, lastSpace) : cut;
  }
  text = text.toLowerCase();
  return { text, tokens: foldNumbers(rawTokens(text, lex), lex), truncatedFrom };
}

export function isWord(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && t.kind === 'word' && set.has(t.text);
}

export function isSym(t: Token | undefined, ...symbols: string[]): boolean {
  return t !== undefined && t.kind === 'sym' && symbols.includes(t.text);
}

export function isNum(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'num';
}
