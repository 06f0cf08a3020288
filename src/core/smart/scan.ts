import type { CompiledLexicon } from './compile';
import type { Token } from './text';

/** Something found in the goal that a score rests on, shown to the user as evidence. */
export interface Evidence {
  readonly kind: string;
  readonly text: string;
}

/**
 * The tokens of one goal plus which of them an earlier reader has already explained,
 * so "80%" in "(80% confident)" is read as confidence and not again as a target.
 */
export interface Scan {
  readonly lex: CompiledLexicon;
  readonly tokens: readonly Token[];
  /** True where a token has been explained, one mark per token. */
  readonly used: boolean[];
}

export function markUsed(scan: Scan, from: number, to: number): void {
  for (let i = Math.max(0, from); i <= to && i < scan.tokens.length; i++) scan.used[i] = true;
}

/** The words of tokens `from..to` as the user would read them ("15%", "$50k", "from 200 to 260"). */
export function phrase(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) {
    const t = tokens[i];
    const glue =
      out === '' ||
      (t.kind === 'sym' && t.text !== '(' && t.text !== '→' && t.text !== '-') ||
      (i > 0 &&
        tokens[i - 1].kind === 'sym' &&
        tokens[i - 1].text !== ',' &&
        tokens[i - 1].text !== ')' &&
        tokens[i - 1].text !== '→');
    out += glue ? t.text : ` ${t.text}`;
  }
  return out;
}

export function wordAt(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' ? t.text : '';
}

/** The `F` classes of the word at i; 0 for numbers, symbols and past the end. */
export function flagsAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  return t === undefined ? 0 : t.flags;
}

/** The `F2` classes of the word at i. */
export function flags2At(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  return t === undefined ? 0 : t.flags2;
}

export function symAt(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return t !== undefined && t.kind === 'sym' ? t.text : '';
}

export function numAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  return t !== undefined && t.kind === 'num' ? t : undefined;
}
