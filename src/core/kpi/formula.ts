/**
 * Writes KPI_STATUS and KPI_PROGRESS as native Excel formulas, from the same definition
 * evaluateKpi runs, so a workbook shared with someone without the add-in computes the same
 * statuses. The default output uses LET (Excel 365 / 2021); `inline: true` writes the same
 * logic without LET (for engines that lack it, such as HyperFormula, and older Excel).
 *
 * What the native formula covers (and the custom function covers more):
 * - actual, target, baseline, start, due, as of: numbers or dates in cells; blank cells or
 *   "" mean no value. Text such as "$1,200", "95%" or "90-110" in a cell is the custom
 *   function's job: the native formula needs numbers (a percent-formatted cell is a number).
 * - direction: the words of the language packs (src/core/lang), any case, ordinary or non-breaking spaces
 *   anywhere; blank is higher. An unknown word gives #VALUE! (as the custom function does).
 * - range: the band runs from the target cell to the `targetHigh` cell (either order), the
 *   native counterpart of a 1x2 target range. Without `targetHigh` the band is [target, target].
 * - maintain: by its words (">=", "at least", "keep below", …); no extra cells needed.
 * - thresholds and tolerance: optional cells holding numbers (onTrack, atRisk, tolerance),
 *   blank or omitted meaning 0.95, 0.85 and 0.1. The text form "0.9,0.7" is not read.
 * - a blank target gives #N/A; a blank progress is "" (the custom function's null).
 */
import type { Output } from './definition';
import { KPI_PROGRAM } from './evaluate';
import { PARAMS, type Node, type Param } from './expr';
import type { Direction } from './types';
import { DIRECTION_CODE, DIRECTIONS, normalisedWordsOf } from './lexicon';
import { inlineBindings, type Program } from './program';
import { specialize, type Facts } from './specialize';

export interface KpiFormulaRefs {
  /** Cell or structured references, such as "B2" or "[@Actual]". */
  actual: string;
  target: string;
  direction?: string;
  baseline?: string;
  start?: string;
  due?: string;
  asOf?: string;
  /** The high end of a range target (the target cell holds the low end). */
  targetHigh?: string;
  onTrack?: string;
  atRisk?: string;
  tolerance?: string;
}

export interface KpiFormulaOptions {
  /** Write the bindings out where they are used instead of naming them with LET. @default false */
  inline?: boolean;
  /**
   * Inline form only: the direction the direction cell holds now. Only that direction's branch is
   * written, which keeps the formula far under Excel's 8,192-character limit (all branches pass
   * it); a word of another direction in the cell then gives #VALUE!. @default every direction
   */
  direction?: Direction;
}

const PREFIX = 'rd';
const DIRECTION_NAME = `${PREFIX}Dir`;
const WORD_NAME = `${PREFIX}Word`;

/** Decimal text Excel and HyperFormula both parse (no exponent), checked to round-trip exactly. */
export function formatNumber(value: number): string {
  let text = String(value);
  if (/e/i.test(text)) text = value.toFixed(20).replace(/\.?0+$/, '');
  if (Number(text) !== value) throw new Error(`${value} cannot be written exactly as a formula literal`);
  return value < 0 ? `(${text})` : text;
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The direction word as a code (DIRECTION_CODE; 0 for an unknown word). FIND over a list
 * keeps the formula short; words are lower-cased on both sides, so FIND's case sensitivity
 * and lack of wildcards are what we want.
 */
function directionWord(ref: string): string {
  return `SUBSTITUTE(SUBSTITUTE(LOWER(${ref})," ",""),CHAR(160),"")`;
}

function directionCode(word: string): string {
  let code = '0';
  for (const direction of [...DIRECTIONS].reverse()) {
    const words = normalisedWordsOf(direction);
    if (words.some((w) => w.includes('|') || w.includes('"'))) throw new Error('direction words may not hold | or "');
    const list = quote(`|${words.join('|')}|`);
    code = `IF(ISNUMBER(FIND("|"&${word}&"|",${list})),${DIRECTION_CODE[direction]},${code})`;
  }
  return `IF(${word}="",${DIRECTION_CODE.higher},${code})`;
}

/** Whether the normalised word is one of this direction's words (blank counts as higher, as in directionCode). */
function isDirection(word: string, direction: Direction): string {
  const list = quote(`|${normalisedWordsOf(direction).join('|')}|`);
  const listed = `ISNUMBER(FIND("|"&${word}&"|",${list}))`;
  return direction === 'higher' ? `OR(${word}="",${listed})` : listed;
}

interface Emitter {
  ref(param: Param): string;
  variable(name: string): string;
}

function emit(node: Node, e: Emitter): string {
  const r = (n: Node): string => emit(n, e);
  switch (node.op) {
    case 'num':
      return formatNumber(node.value);
    case 'text':
      return quote(node.value);
    case 'bool':
      return node.value ? 'TRUE()' : 'FALSE()';
    case 'blank':
      return '""';
    case 'param':
      return e.ref(node.name);
    case 'var':
      return e.variable(node.name);
    case 'isBlank':
      // ="" is true for an empty cell and for "" returned by a formula; ISBLANK misses the latter.
      return `(${r(node.arg)}="")`;
    case 'if':
      return `IF(${r(node.test)},${r(node.then)},${r(node.else)})`;
    case 'and':
      return `AND(${node.args.map(r).join(',')})`;
    case 'or':
      return `OR(${node.args.map(r).join(',')})`;
    case 'not':
      return `NOT(${r(node.arg)})`;
    case 'compare':
    case 'arith':
      return `(${r(node.left)}${node.op === 'compare' ? node.cmp : node.fn}${r(node.right)})`;
    case 'abs':
      return `ABS(${r(node.arg)})`;
    case 'min':
      return `MIN(${node.args.map(r).join(',')})`;
    case 'max':
      return `MAX(${node.args.map(r).join(',')})`;
  }
}

const refFor = (refs: KpiFormulaRefs, p: Param): string | undefined => (p === 'direction' ? refs.direction : refs[p]);

function factsFor(refs: KpiFormulaRefs): { -readonly [P in Param]?: Facts[P] } {
  const facts: { -readonly [P in Param]?: Facts[P] } = {};
  for (const p of PARAMS) {
    const ref = refFor(refs, p);
    if (ref === undefined || ref.trim() === '') facts[p] = { kind: 'blank' };
  }
  // The target is checked for blank up front (#N/A), and the direction is always a code.
  facts.target = { kind: 'present' };
  facts.direction =
    refs.direction === undefined ? { kind: 'value', value: DIRECTION_CODE.higher } : { kind: 'present' };
  return facts;
}

const variableName = (name: string): string => `${PREFIX}${name[0].toUpperCase()}${name.slice(1)}`;

/** LET form: the direction word and code are named once, then the definition's bindings. */
function letFormula(output: Output, refs: KpiFormulaRefs): string {
  const single: Program<'out'> = { bindings: KPI_PROGRAM.bindings, outputs: { out: KPI_PROGRAM.outputs[output] } };
  const program = specialize(single, factsFor(refs));
  const hasWord = refs.direction !== undefined;
  const emitter: Emitter = {
    ref: (p) => (p === 'direction' ? DIRECTION_NAME : (refFor(refs, p) as string)),
    variable: variableName,
  };
  const targetChecked = `IF(${refs.target}="",NA(),${emit(program.outputs.out, emitter)})`;
  const names: string[] = [];
  if (hasWord) names.push(WORD_NAME, directionWord(refs.direction as string), DIRECTION_NAME, directionCode(WORD_NAME));
  for (const b of program.bindings) names.push(emitter.variable(b.name), emit(b.value, emitter));
  const body = hasWord ? `IF(${DIRECTION_NAME}=0,#VALUE!,${targetChecked})` : targetChecked;
  return names.length === 0 ? `=${body}` : `=LET(${names.join(',')},${body})`;
}

/**
 * Inline form: without names, every use of a binding repeats its text, which would repeat
 * the direction logic hundreds of times. So the formula first dispatches on the direction and
 * each branch holds the definition specialised for that one direction (everything about
 * other directions folded away), inlined.
 */
function inlineFormula(output: Output, refs: KpiFormulaRefs, only?: Direction): string {
  const single: Program<'out'> = { bindings: KPI_PROGRAM.bindings, outputs: { out: KPI_PROGRAM.outputs[output] } };
  const emitter: Emitter = { ref: (p) => refFor(refs, p) as string, variable: variableName };
  const branch = (code: number): string => {
    const facts = { ...factsFor(refs), direction: { kind: 'value', value: code } as const };
    return `IF(${refs.target}="",NA(),${emit(inlineBindings(specialize(single, facts), Infinity).outputs.out, emitter)})`;
  };
  let body: string;
  if (refs.direction === undefined) body = branch(DIRECTION_CODE.higher);
  else if (only !== undefined)
    body = `IF(${isDirection(directionWord(refs.direction), only)},${branch(DIRECTION_CODE[only])},#VALUE!)`;
  else {
    const code = directionCode(directionWord(refs.direction));
    body = '#VALUE!';
    for (const direction of [...DIRECTIONS].reverse()) {
      body = `IF(${code}=${DIRECTION_CODE[direction]},${branch(DIRECTION_CODE[direction])},${body})`;
    }
  }
  return `=${body}`;
}

function generate(output: Output, refs: KpiFormulaRefs, options: KpiFormulaOptions): string {
  return options.inline ? inlineFormula(output, refs, options.direction) : letFormula(output, refs);
}

/** A formula shape: its text cut at each reference, `params[k]` going between `pieces[k]` and `pieces[k + 1]`. */
type Template = { readonly pieces: readonly string[]; readonly params: readonly Param[] };

const placeholder = (p: Param): string => `\u0000${p}\u0000`;

/** The generated text cut at its placeholders (which hold no NUL themselves), in the order they come. */
function cutAtPlaceholders(text: string): Template {
  const split = text.split('\u0000');
  const pieces: string[] = [];
  const params: Param[] = [];
  split.forEach((part, k) => (k % 2 === 0 ? pieces.push(part) : params.push(part as Param)));
  return { pieces, params };
}

/**
 * Writes the native KPI formulas for many cells. The formula's shape depends only on which
 * references are given and which are blank; the reference texts are copied in verbatim. So a writer
 * generates each shape once with placeholders and fills it in per cell: a shared copy of 10,000 KPI
 * rows no longer specialises the definition 20,000 times. One writer per run (a share, a test), so
 * nothing is kept between runs.
 */
export class KpiFormulaWriter {
  private readonly templates = new Map<string, Template>();

  /** `=RUDDER.KPI_STATUS(...)` as a native formula over the same cells. */
  status(refs: KpiFormulaRefs, options: KpiFormulaOptions = {}): string {
    return this.formulaFor('status', refs, options);
  }

  /** `=RUDDER.KPI_PROGRESS(...)` as a native formula over the same cells ("" where undefined). */
  progress(refs: KpiFormulaRefs, options: KpiFormulaOptions = {}): string {
    return this.formulaFor('progress', refs, options);
  }

  private formulaFor(output: Output, refs: KpiFormulaRefs, options: KpiFormulaOptions): string {
    const given = PARAMS.filter((p) => refFor(refs, p) !== undefined);
    // A blank reference folds its argument away: rare enough to generate directly.
    if (given.some((p) => refFor(refs, p)?.trim() === '')) return generate(output, refs, options);
    const form = options.inline === true ? `inline${options.direction ? `:${options.direction}` : ''}` : 'let';
    const key = `${output}|${form}|${given.join(',')}`;
    let template = this.templates.get(key);
    if (!template) {
      const placeholders: Record<string, string> = {};
      for (const p of given) placeholders[p] = placeholder(p);
      template = cutAtPlaceholders(generate(output, placeholders as unknown as KpiFormulaRefs, options));
      this.templates.set(key, template);
    }
    // One join per cell: filling the references in one after another copied the long text once per reference.
    const parts: string[] = [template.pieces[0]];
    template.params.forEach((p, k) => parts.push(refFor(refs, p) ?? '', template.pieces[k + 1]));
    return parts.join('');
  }
}

/** `=RUDDER.KPI_STATUS(...)` as a native formula over the same cells. */
export function kpiStatusFormula(refs: KpiFormulaRefs, options: KpiFormulaOptions = {}): string {
  return new KpiFormulaWriter().status(refs, options);
}

/** `=RUDDER.KPI_PROGRESS(...)` as a native formula over the same cells ("" where undefined). */
export function kpiProgressFormula(refs: KpiFormulaRefs, options: KpiFormulaOptions = {}): string {
  return new KpiFormulaWriter().progress(refs, options);
}
