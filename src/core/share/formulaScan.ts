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
export function skipQuoted(text: string, i: number): number {
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

/** Letters, digits and `_ . ! $`: what continues a name, a sheet prefix or a reference. */
function continuesName(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 46 ||
    code === 33 ||
    code === 36
  );
}

/** A letter, `_` or `\\`: what a name may start with. */
function mayStartName(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 92;
}

/**
 * True when `text[i]` may start a function name (not the tail of another name or a sheet prefix).
 * Character codes, not a regular expression: the share copy scans every character of 20,000
 * long formulas several times, and a test per character was most of its time.
 */
function startsName(text: string, i: number): boolean {
  return i === 0 || !continuesName(text.charCodeAt(i - 1));
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
    const m = mayStartName(body.charCodeAt(i)) && startsName(body, i) ? CALL.exec(body) : null;
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

const IDENTIFIER = /[A-Za-z_\\][A-Za-z0-9_.]*/y;
/** Where `letFileForm` has anything to do: LET right before its bracket, as the name reader requires. */
const LET_CALL = /LET\(/i;

/** Index just past the structured reference starting at `[` (nested brackets, `'` escapes). */
function skipBrackets(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    if (text[j] === "'") j++;
    else if (text[j] === '[') depth++;
    else if (text[j] === ']' && --depth === 0) return j + 1;
  }
  return text.length;
}

/** Calls `visit` for each name outside strings, quoted sheet names and structured references. */
function eachName(text: string, visit: (name: string, start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = skipQuoted(text, i);
    else if (ch === '[') i = skipBrackets(text, i);
    else {
      IDENTIFIER.lastIndex = i;
      const m = mayStartName(text.charCodeAt(i)) && startsName(text, i) ? IDENTIFIER.exec(text) : null;
      if (m) {
        visit(m[0], i, i + m[0].length);
        i += m[0].length;
      } else i++;
    }
  }
}

/**
 * The formula as an .xlsx file must hold it. LET is newer than the file format, so Excel reads
 * it only as `_xlfn.LET` with its names as `_xlpm.name`; without the prefixes the cell shows
 * #NAME? until someone edits it. Excel's editor and the add-in API take the plain form instead, so
 * only writers of files call this. Already prefixed text is left as it is.
 */
export function letFileForm(formula: string): string {
  // Most formulas hold no LET at all: one search instead of reading every name of a long rewrite.
  if (!LET_CALL.test(formula)) return formula;
  const names = new Set<string>();
  eachName(formula, (name, _start, end) => {
    if (name.toUpperCase() !== 'LET' || formula[end] !== '(') return;
    const parsed = readArgs(formula, end + 1);
    parsed?.args.forEach((arg, k) => {
      if (k % 2 === 0 && k < parsed.args.length - 1) names.add(arg.toLowerCase());
    });
  });
  if (names.size === 0) return formula;
  let out = '';
  let at = 0;
  eachName(formula, (name, start, end) => {
    const isLet = name.toUpperCase() === 'LET' && formula[end] === '(';
    const isParam = !isLet && names.has(name.toLowerCase()) && formula[end] !== '(' && formula[end] !== '!';
    if (!isLet && !isParam) return;
    out += formula.slice(at, start) + (isLet ? `_xlfn.${name}` : `_xlpm.${name}`);
    at = end;
  });
  return out + formula.slice(at);
}
