/**
 * Partial evaluation of a definition under known facts about its parameters (which are blank,
 * which are present, which have a known value): the native formula drops what an omitted
 * argument makes dead.
 * Only booleans, IF and comparisons of constants fold: arithmetic is left to the target, so
 * the emitted numbers are exactly those written in the definition.
 */
import type { Binding, Node, Param } from './expr';
import { varsIn, type Program } from './program';

export type Fact = { kind: 'blank' } | { kind: 'present' } | { kind: 'value'; value: number };
export type Facts = Partial<Readonly<Record<Param, Fact>>>;

type Const =
  | { readonly op: 'num'; readonly value: number }
  | { readonly op: 'text'; readonly value: string }
  | { readonly op: 'bool'; readonly value: boolean }
  | { readonly op: 'blank' };

const TRUE: Node = { op: 'bool', value: true };
const FALSE: Node = { op: 'bool', value: false };
const bool = (v: boolean): Node => (v ? TRUE : FALSE);

function isConst(n: Node): n is Const {
  return n.op === 'num' || n.op === 'text' || n.op === 'bool' || n.op === 'blank';
}

/** Whether a node is certainly not blank (a number, text, boolean, present parameter or arithmetic). */
function neverBlank(n: Node, facts: Facts): boolean {
  switch (n.op) {
    case 'num':
    case 'text':
    case 'bool':
    case 'isBlank':
    case 'compare':
    case 'arith':
    case 'abs':
    case 'min':
    case 'max':
    case 'and':
    case 'or':
    case 'not':
      return true;
    case 'param': {
      const f = facts[n.name];
      return f !== undefined && f.kind !== 'blank';
    }
    case 'if':
      return neverBlank(n.then, facts) && neverBlank(n.else, facts);
    default:
      return false;
  }
}

function compareConst(cmp: string, a: number, b: number): boolean {
  switch (cmp) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return a === b;
  }
}

export function foldNode(node: Node, facts: Facts, consts: ReadonlyMap<string, Node>): Node {
  const f = (n: Node): Node => foldNode(n, facts, consts);
  switch (node.op) {
    case 'param': {
      const fact = facts[node.name];
      if (fact?.kind === 'blank') return { op: 'blank' };
      if (fact?.kind === 'value') return { op: 'num', value: fact.value };
      return node;
    }
    case 'var':
      return consts.get(node.name) ?? node;
    case 'isBlank': {
      const arg = f(node.arg);
      if (arg.op === 'blank') return TRUE;
      if (neverBlank(arg, facts)) return FALSE;
      return { op: 'isBlank', arg };
    }
    case 'if': {
      const test = f(node.test);
      if (test.op === 'bool') return f(test.value ? node.then : node.else);
      return { op: 'if', test, then: f(node.then), else: f(node.else) };
    }
    case 'and':
    case 'or': {
      const absorbing = node.op === 'or';
      const args: Node[] = [];
      for (const a of node.args.map(f)) {
        if (a.op === 'bool') {
          if (a.value === absorbing) return bool(absorbing);
          continue;
        }
        args.push(a);
      }
      if (args.length === 0) return bool(!absorbing);
      return args.length === 1 ? args[0] : { op: node.op, args };
    }
    case 'not': {
      const arg = f(node.arg);
      return arg.op === 'bool' ? bool(!arg.value) : { op: 'not', arg };
    }
    case 'compare': {
      const left = f(node.left);
      const right = f(node.right);
      if (left.op === 'num' && right.op === 'num') return bool(compareConst(node.cmp, left.value, right.value));
      return { op: 'compare', cmp: node.cmp, left, right };
    }
    case 'arith':
      return { op: 'arith', fn: node.fn, left: f(node.left), right: f(node.right) };
    case 'abs':
      return { op: 'abs', arg: f(node.arg) };
    case 'min':
    case 'max':
      return { op: node.op, args: node.args.map(f) };
    default:
      return node;
  }
}

/**
 * Folds every binding and output under the facts, inlines bindings that became constants and
 * drops bindings no output needs (walking back from the outputs, so order is kept).
 */
export function specialize<O extends string>(program: Program<O>, facts: Facts): Program<O> {
  const consts = new Map<string, Node>();
  const folded: Binding[] = [];
  for (const b of program.bindings) {
    const value = foldNode(b.value, facts, consts);
    // Constants and plain aliases of a parameter or another name cost nothing to repeat.
    if (isConst(value) || value.op === 'param' || value.op === 'var') consts.set(b.name, value);
    else folded.push({ name: b.name, value });
  }
  const outputs = {} as { [K in O]: Node };
  for (const key of Object.keys(program.outputs) as O[]) outputs[key] = foldNode(program.outputs[key], facts, consts);
  const uses = new Map<string, number>();
  for (const key of Object.keys(outputs) as O[]) varsIn(outputs[key], uses);
  const kept: Binding[] = [];
  for (let i = folded.length - 1; i >= 0; i--) {
    if (!uses.has(folded[i].name)) continue;
    kept.unshift(folded[i]);
    varsIn(folded[i].value, uses);
  }
  return { bindings: kept, outputs };
}
