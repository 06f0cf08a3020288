/**
 * Finds RUDDER.* calls in formula text, including calls nested inside other formulas, and
 * splits their arguments, so a shared copy can replace each call on its own. A small scanner
 * rather than a full parser: it only needs to know where strings, quoted sheet names and
 * brackets begin and end, which is enough to find a call's closing parenthesis and its
 * top-level commas.
 */

/** One `RUDDER.NAME(...)` call in a formula. Offsets index the formula text. */
export interface RudderCall {
  /** Upper case, without the namespace: `KPI_STATUS`. */
  readonly name: string;
  /** Where the call starts (the `R` of RUDDER, or of its file form) and ends (after `)`). */
  readonly start: number;
  readonly end: number;
  /** Argument texts, trimmed; an omitted argument is "". */
  readonly args: readonly string[];
  /** The call is the whole formula (`=RUDDER.X(...)`), not part of a bigger one. */
  readonly whole: boolean;
}

// Excel writes custom functions in files as `_xldudf_RUDDER_NAME` when it cannot resolve them,
// and some tools add `_xll.`; all three spellings are the same call.
const CALL = /(?:_xll\.)?(?:RUDDER\.|_xldudf_RUDDER_)([A-Z_][A-Z0-9_]*)\s*\(/giy;

/** Index just past the string or quoted name starting at `i` (doubled quotes escape). */
function skipQuoted(text: string, i: number): number {
  const q = text[i];
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === q) {
      if (text[j + 1] === q) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** From just after an opening `(`: the index of its `)` and the top-level argument texts. */
function readArgs(text: string, from: number): { close: number; args: string[] } | null {
  const args: string[] = [];
  let depth = 0;
  let argStart = from;
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      i = skipQuoted(text, i);
      continue;
    }
    if (ch === '(' || ch === '{' || ch === '[') depth++;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === ')') {
      if (depth === 0) {
        args.push(text.slice(argStart, i).trim());
        // `F()` has no arguments rather than one empty one.
        return { close: i, args: args.length === 1 && args[0] === '' ? [] : args };
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(text.slice(argStart, i).trim());
      argStart = i + 1;
    }
    i++;
  }
  return null;
}

/** True when `text[i]` may start a function name (not the tail of another name or a sheet prefix). */
function startsName(text: string, i: number): boolean {
  return i === 0 || !/[A-Za-z0-9_.!$]/.test(text[i - 1]);
}

/** Every outermost RUDDER call in the formula, left to right (calls inside their arguments are in `args`). */
export function findRudderCalls(formula: string): RudderCall[] {
  const calls: RudderCall[] = [];
  const body = formula.replace(/^=/, '');
  const offset = formula.length - body.length;
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '"' || ch === "'") {
      i = skipQuoted(body, i);
      continue;
    }
    CALL.lastIndex = i;
    const m = startsName(body, i) ? CALL.exec(body) : null;
    if (m) {
      const parsed = readArgs(body, CALL.lastIndex);
      if (parsed) {
        const end = parsed.close + 1;
        calls.push({
          name: m[1].toUpperCase(),
          start: offset + i,
          end: offset + end,
          args: parsed.args,
          whole: i === 0 && body.slice(end).trim() === '',
        });
        i = end;
        continue;
      }
    }
    i++;
  }
  return calls;
}

/** Whether a formula calls any Rudder function (in any of its spellings). */
export function hasRudderCall(formula: string): boolean {
  return findRudderCalls(formula).length > 0;
}

/** The formula with each call replaced by the given text (calls from findRudderCalls, same formula). */
export function replaceCalls(formula: string, calls: readonly RudderCall[], texts: readonly string[]): string {
  let out = '';
  let at = 0;
  calls.forEach((c, k) => {
    out += formula.slice(at, c.start) + texts[k];
    at = c.end;
  });
  return out + formula.slice(at);
}
