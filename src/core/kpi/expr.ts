/**
 * A small typed expression language: just enough to state the KPI rules once and both run
 * them in JavaScript (compile.ts) and write them as a native Excel formula (formula.ts).
 * Every operator here has an exact Excel counterpart; nothing here exists only in JS.
 */

/** The inputs of the definition, after parsing: numbers (dates as serials) or blank. */
export type Param =
  | 'actual'
  | 'target'
  | 'targetHigh'
  | 'direction'
  | 'baseline'
  | 'start'
  | 'due'
  | 'asOf'
  | 'onTrack'
  | 'atRisk'
  | 'tolerance';

export const PARAMS: readonly Param[] = [
  'actual',
  'target',
  'targetHigh',
  'direction',
  'baseline',
  'start',
  'due',
  'asOf',
  'onTrack',
  'atRisk',
  'tolerance',
];

/** A value as the definition sees it. `null` is a blank (Excel: an empty cell or ""). */
export type Value = number | string | boolean | null;

export type CompareOp = '<' | '<=' | '>' | '>=' | '=';
export type ArithOp = '+' | '-' | '*' | '/';

export type Node =
  | { readonly op: 'num'; readonly value: number }
  | { readonly op: 'text'; readonly value: string }
  | { readonly op: 'bool'; readonly value: boolean }
  | { readonly op: 'blank' }
  | { readonly op: 'param'; readonly name: Param }
  | { readonly op: 'var'; readonly name: string }
  | { readonly op: 'isBlank'; readonly arg: Node }
  | { readonly op: 'if'; readonly test: Node; readonly then: Node; readonly else: Node }
  | { readonly op: 'and' | 'or'; readonly args: readonly Node[] }
  | { readonly op: 'not'; readonly arg: Node }
  | { readonly op: 'compare'; readonly cmp: CompareOp; readonly left: Node; readonly right: Node }
  | { readonly op: 'arith'; readonly fn: ArithOp; readonly left: Node; readonly right: Node }
  | { readonly op: 'abs'; readonly arg: Node }
  | { readonly op: 'min' | 'max'; readonly args: readonly Node[] };

/**
 * A node with the type of what it yields, so the definition cannot add a boolean to a number
 * or do arithmetic on a value that may be blank (Excel would give #VALUE!, JS would give 0).
 */
declare const yields: unique symbol;
export interface Ex<T> {
  readonly node: Node;
  readonly [yields]?: T;
}
export type Num = Ex<number>;
export type MaybeNum = Ex<number | null>;
export type Bool = Ex<boolean>;

const ex = <T>(node: Node): Ex<T> => ({ node });

export const num = (value: number): Num => ex({ op: 'num', value });
export const text = (value: string): Ex<string> => ex({ op: 'text', value });
export const blank: Ex<null> = ex({ op: 'blank' });
export const param = (name: Param): MaybeNum => ex({ op: 'param', name });
export const isBlank = (arg: Ex<unknown>): Bool => ex({ op: 'isBlank', arg: arg.node });
/** Asserts a maybe-blank number is known here, because a guard above ruled the blank out. */
export const known = (e: MaybeNum): Num => ex(e.node);
export const iff = <T>(test: Bool, then: Ex<T>, otherwise: Ex<T>): Ex<T> =>
  ex({ op: 'if', test: test.node, then: then.node, else: otherwise.node });
// Excel evaluates every argument of AND/OR, so they hold only comparisons that cannot fail;
// anything that could divide by zero goes under IF, which is lazy in both targets.
export const and = (...args: Bool[]): Bool => ex({ op: 'and', args: args.map((a) => a.node) });
export const or = (...args: Bool[]): Bool => ex({ op: 'or', args: args.map((a) => a.node) });
export const not = (arg: Bool): Bool => ex({ op: 'not', arg: arg.node });
const compare =
  (cmp: CompareOp) =>
  (left: Num, right: Num): Bool =>
    ex({ op: 'compare', cmp, left: left.node, right: right.node });
export const lt = compare('<');
export const le = compare('<=');
export const gt = compare('>');
export const ge = compare('>=');
export const eq = compare('=');
const arith =
  (fn: ArithOp) =>
  (left: Num, right: Num): Num =>
    ex({ op: 'arith', fn, left: left.node, right: right.node });
export const add = arith('+');
export const sub = arith('-');
export const mul = arith('*');
export const div = arith('/');
export const abs = (arg: Num): Num => ex({ op: 'abs', arg: arg.node });
export const min = (...args: Num[]): Num => ex({ op: 'min', args: args.map((a) => a.node) });
export const max = (...args: Num[]): Num => ex({ op: 'max', args: args.map((a) => a.node) });

/** Named bindings in order (each may use the earlier ones), like Excel's LET. */
export interface Binding {
  readonly name: string;
  readonly value: Node;
}

/** Collects bindings while a definition is written; `bind` returns a reference to the name. */
export class Bindings {
  private readonly list: Binding[] = [];

  bind<T>(name: string, value: Ex<T>): Ex<T> {
    if (!/^[a-z][a-zA-Z]*$/.test(name)) throw new Error(`binding name "${name}" must be letters only`);
    if (this.list.some((b) => b.name === name)) throw new Error(`binding "${name}" is defined twice`);
    this.list.push({ name, value: value.node });
    return ex({ op: 'var', name });
  }

  all(): readonly Binding[] {
    return this.list;
  }
}
