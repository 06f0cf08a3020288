/**
 * Compiles a definition once into a tree of closures (no eval, no new Function, which the
 * add-in's Content-Security-Policy forbids anyway). Blank is `null`; arithmetic never meets a
 * blank on a path whose result is used, because the definition tests blanks first.
 */
import type { ArithOp, CompareOp, Node, Param, Value } from './expr';
import { inlineBindings, type Program } from './program';
import { PARAMS } from './expr';

/** Registers: the parameters first (in PARAMS order), then one slot per binding. */
type Frame = Value[];
type Fn = (frame: Frame) => Value;

export type ParamValues = { readonly [P in Param]: number | null };

export interface CompiledProgram<O extends string> {
  /** Output names, in the order `run` returns their values. */
  readonly names: readonly O[];
  /** Named parameters in, the outputs' values out (in `names` order); each call works in registers of its own. */
  run(params: ParamValues): readonly Value[];
}

function slotOf(node: Node, slots: ReadonlyMap<string, number>): number | undefined {
  if (node.op === 'param') return PARAMS.indexOf(node.name);
  if (node.op === 'var') return slots.get(node.name);
  return undefined;
}

function operand(node: Node, slots: ReadonlyMap<string, number>): Operand {
  if (node.op === 'num') return { kind: 'const', value: node.value };
  const at = slotOf(node, slots);
  return at === undefined ? { kind: 'fn', fn: compileNode(node, slots) } : { kind: 'slot', at };
}

function compileNode(node: Node, slots: ReadonlyMap<string, number>): Fn {
  const c = (n: Node): Fn => compileNode(n, slots);
  switch (node.op) {
    case 'num':
    case 'text':
    case 'bool': {
      const v = node.value;
      return () => v;
    }
    case 'blank':
      return () => null;
    case 'param': {
      const i = PARAMS.indexOf(node.name);
      return (f) => f[i];
    }
    case 'var': {
      const i = slots.get(node.name);
      if (i === undefined) throw new Error(`"${node.name}" is used before it is bound`);
      return (f) => f[i];
    }
    case 'isBlank': {
      const arg = c(node.arg);
      return (f) => arg(f) === null;
    }
    case 'if': {
      const test = c(node.test);
      const then = c(node.then);
      const otherwise = c(node.else);
      return (f) => (test(f) ? then(f) : otherwise(f));
    }
    case 'and': {
      const args = node.args.map(c);
      return (f) => args.every((g) => g(f) === true);
    }
    case 'or': {
      const args = node.args.map(c);
      return (f) => args.some((g) => g(f) === true);
    }
    case 'not': {
      const arg = c(node.arg);
      return (f) => !arg(f);
    }
    case 'compare':
      return binary(OPERATORS[node.cmp](), operand(node.left, slots), operand(node.right, slots));
    case 'arith':
      return binary(OPERATORS[node.fn](), operand(node.left, slots), operand(node.right, slots));
    case 'abs': {
      const arg = c(node.arg);
      return (f) => Math.abs(arg(f) as number);
    }
    case 'min':
    case 'max': {
      const args = node.args.map(c);
      const pick = node.op === 'min' ? Math.min : Math.max;
      if (args.length === 2) {
        const [x, y] = args;
        return (f) => pick(x(f) as number, y(f) as number);
      }
      return (f) => pick(...args.map((g) => g(f) as number));
    }
  }
}

/**
 * Where an operand comes from. Reading a register or a constant directly, instead of through
 * one more closure, halves the calls per evaluation.
 */
type Operand = { kind: 'slot'; at: number } | { kind: 'const'; value: number } | { kind: 'fn'; fn: Fn };

type Binary = (x: number, y: number) => boolean | number;

/** One closure per operand shape, so a register or a constant is read without a call. */
function binary(op: Binary, l: Operand, r: Operand): Fn {
  if (l.kind === 'slot' && r.kind === 'slot') {
    const i = l.at;
    const j = r.at;
    return (f) => op(f[i] as number, f[j] as number);
  }
  if (l.kind === 'slot' && r.kind === 'const') {
    const i = l.at;
    const v = r.value;
    return (f) => op(f[i] as number, v);
  }
  if (l.kind === 'const' && r.kind === 'slot') {
    const v = l.value;
    const j = r.at;
    return (f) => op(v, f[j] as number);
  }
  if (l.kind === 'fn' && r.kind === 'const') {
    const g = l.fn;
    const v = r.value;
    return (f) => op(g(f) as number, v);
  }
  if (l.kind === 'fn' && r.kind === 'slot') {
    const g = l.fn;
    const j = r.at;
    return (f) => op(g(f) as number, f[j] as number);
  }
  if (l.kind === 'slot' && r.kind === 'fn') {
    const i = l.at;
    const h = r.fn;
    return (f) => op(f[i] as number, h(f) as number);
  }
  const g = asFn(l);
  const h = asFn(r);
  return (f) => op(g(f) as number, h(f) as number);
}

function asFn(o: Operand): Fn {
  if (o.kind === 'fn') return o.fn;
  if (o.kind === 'const') {
    const v = o.value;
    return () => v;
  }
  const i = o.at;
  return (f) => f[i];
}

// A fresh arrow per use, so each site keeps its own small function.
const OPERATORS: Readonly<Record<CompareOp | ArithOp, () => Binary>> = {
  '<': () => (x, y) => x < y,
  '<=': () => (x, y) => x <= y,
  '>': () => (x, y) => x > y,
  '>=': () => (x, y) => x >= y,
  '=': () => (x, y) => x === y,
  '+': () => (x, y) => x + y,
  '-': () => (x, y) => x - y,
  '*': () => (x, y) => x * y,
  '/': () => (x, y) => x / y,
};

/**
 * Bindings are evaluated eagerly in order, like Excel's LET; each is total (divisions sit
 * under IF), so evaluating one the result does not need is harmless.
 */
export function compileProgram<O extends string>(program: Program<O>): CompiledProgram<O> {
  const { bindings, outputs } = inlineBindings(program, 1);
  const slots = new Map<string, number>();
  const stepFns: Fn[] = [];
  bindings.forEach((b, k) => {
    stepFns.push(compileNode(b.value, slots));
    slots.set(b.name, PARAMS.length + k);
  });
  const names = Object.keys(outputs) as O[];
  const outFns = names.map((name) => compileNode(outputs[name], slots));
  return {
    names,
    run(params) {
      const frame: Frame = PARAMS.map((p) => params[p]);
      for (const step of stepFns) frame.push(step(frame));
      return outFns.map((output) => output(frame));
    },
  };
}
