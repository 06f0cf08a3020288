/**
 * Compiles a definition once into a tree of closures (no eval, no new Function, which the
 * add-in's Content-Security-Policy forbids anyway). Blank is `null`; arithmetic never meets a
 * blank on a path whose result is used, because the definition tests blanks first.
 *
 * An evaluation works in one frame of registers that the caller makes: the parameters first (in
 * PARAMS order), then one register per binding. The closures allocate nothing: they read
 * registers, compute and return, so a call costs its frame and its result only.
 */
import type { ArithOp, CompareOp, Node, Value } from './expr';
import { PARAMS } from './expr';
import { inlineBindings, type Program } from './program';

/** Registers: the parameters first (in PARAMS order), then one per binding. */
export type Frame = Value[];
type Fn = (frame: Frame) => Value;

export interface CompiledProgram<O extends string> {
  /** Fills the binding registers of a frame that holds the parameters, in order (like Excel's LET). */
  bind(frame: Frame): void;
  /** Each output, read from a frame that `bind` has filled. */
  readonly outputs: { readonly [K in O]: Fn };
}

/** Where a node's value can be read without a call: a register, a constant, or neither. */
type Operand = { kind: 'slot'; at: number } | { kind: 'const'; value: Value } | { kind: 'fn'; fn: Fn };

type Binary = (x: number, y: number) => boolean | number;

const COMPARE: Readonly<Record<CompareOp, Binary>> = {
  '<': (x, y) => x < y,
  '<=': (x, y) => x <= y,
  '>': (x, y) => x > y,
  '>=': (x, y) => x >= y,
  '=': (x, y) => x === y,
};

const ARITH: Readonly<Record<ArithOp, Binary>> = {
  '+': (x, y) => x + y,
  '-': (x, y) => x - y,
  '*': (x, y) => x * y,
  '/': (x, y) => x / y,
};

function toFn(o: Operand): Fn {
  if (o.kind === 'fn') return o.fn;
  if (o.kind === 'const') {
    const v = o.value;
    return () => v;
  }
  const i = o.at;
  return (f) => f[i];
}

/** One closure per operand shape, so a register or a constant is read without a call. */
function binary(op: Binary, l: Operand, r: Operand): Fn {
  if (l.kind === 'slot' && r.kind === 'slot') {
    const i = l.at;
    const j = r.at;
    return (f) => op(f[i] as number, f[j] as number);
  }
  if (l.kind === 'slot' && r.kind === 'const') {
    const i = l.at;
    const v = r.value as number;
    return (f) => op(f[i] as number, v);
  }
  if (l.kind === 'const' && r.kind === 'slot') {
    const v = l.value as number;
    const j = r.at;
    return (f) => op(v, f[j] as number);
  }
  if (l.kind === 'fn' && r.kind === 'const') {
    const g = l.fn;
    const v = r.value as number;
    return (f) => op(g(f) as number, v);
  }
  const g = toFn(l);
  const h = toFn(r);
  return (f) => op(g(f) as number, h(f) as number);
}

/** Compiles nodes that read the given binding registers (a binding's register is known once it is bound). */
function compiler(slots: ReadonlyMap<string, number>): (node: Node) => Fn {
  function operand(node: Node): Operand {
    switch (node.op) {
      case 'num':
      case 'text':
      case 'bool':
        return { kind: 'const', value: node.value };
      case 'blank':
        return { kind: 'const', value: null };
      case 'param':
        return { kind: 'slot', at: PARAMS.indexOf(node.name) };
      case 'var': {
        const at = slots.get(node.name);
        if (at === undefined) throw new Error(`"${node.name}" is used before it is bound`);
        return { kind: 'slot', at };
      }
      default:
        return { kind: 'fn', fn: compound(node) };
    }
  }

  const compile = (node: Node): Fn => toFn(operand(node));

  function compound(node: Exclude<Node, { op: 'num' | 'text' | 'bool' | 'blank' | 'param' | 'var' }>): Fn {
    switch (node.op) {
      case 'isBlank': {
        const arg = operand(node.arg);
        if (arg.kind === 'slot') {
          const i = arg.at;
          return (f) => f[i] === null;
        }
        const g = toFn(arg);
        return (f) => g(f) === null;
      }
      case 'if': {
        // Lazy in both branches; a test kept in a register (most are) is read without a call.
        const yes = compile(node.then);
        const no = compile(node.else);
        const test = operand(node.test);
        if (test.kind === 'slot') {
          const i = test.at;
          return (f) => (f[i] ? yes(f) : no(f));
        }
        const check = toFn(test);
        return (f) => (check(f) ? yes(f) : no(f));
      }
      case 'and':
      case 'or': {
        // Their arguments are comparisons that cannot fail, so stopping at the first that decides gives Excel's answer.
        const args = node.args.map(compile);
        const decides = node.op === 'or';
        return (f) => {
          for (const g of args) if ((g(f) === true) === decides) return decides;
          return !decides;
        };
      }
      case 'not': {
        const g = compile(node.arg);
        return (f) => !g(f);
      }
      case 'compare':
        return binary(COMPARE[node.cmp], operand(node.left), operand(node.right));
      case 'arith':
        return binary(ARITH[node.fn], operand(node.left), operand(node.right));
      case 'abs': {
        const g = compile(node.arg);
        return (f) => Math.abs(g(f) as number);
      }
      case 'min':
      case 'max': {
        // Nested pairs: max(a, b, c) is max(max(a, b), c), with no array made per call.
        const pick = node.op === 'min' ? Math.min : Math.max;
        let acc = operand(node.args[0]);
        for (const arg of node.args.slice(1)) acc = { kind: 'fn', fn: binary(pick, acc, operand(arg)) };
        return toFn(acc);
      }
    }
  }

  return compile;
}

/**
 * Bindings used once are written where they are used; the others get a register each and are
 * evaluated eagerly in order, like Excel's LET. Each is total (divisions sit under IF), so
 * evaluating one the result does not need is harmless.
 */
export function compileProgram<O extends string>(program: Program<O>): CompiledProgram<O> {
  const { bindings, outputs } = inlineBindings(program, 1);
  const slots = new Map<string, number>();
  const compile = compiler(slots);
  const first = PARAMS.length;
  const steps: Fn[] = [];
  for (const b of bindings) {
    steps.push(compile(b.value));
    slots.set(b.name, first + steps.length - 1);
  }
  const compiled = {} as { [K in O]: Fn };
  for (const name of Object.keys(outputs) as O[]) compiled[name] = compile(outputs[name]);
  return {
    bind(frame) {
      for (let k = 0; k < steps.length; k++) frame[first + k] = steps[k](frame);
    },
    outputs: compiled,
  };
}
