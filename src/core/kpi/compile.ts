/**
 * Compiles a definition once into a tree of closures (no eval, no new Function, which the
 * add-in's Content-Security-Policy forbids anyway). Blank is `null`; arithmetic never meets a
 * blank on a path whose result is used, because the definition tests blanks first.
 */
import type { Node, Param, Value } from './expr';
import { inlineBindings, type Program } from './specialize';
import { PARAMS } from './expr';

/** Registers: the parameters first (in PARAMS order), then one slot per binding. */
type Frame = Value[];
type Fn = (frame: Frame) => Value;

export type ParamValues = { readonly [P in Param]: number | null };

export interface CompiledProgram<O extends string> {
  /** Output names, in the order `exec` returns them. */
  readonly names: readonly O[];
  /**
   * The program's registers: a caller in a hurry writes the parameters (PARAMS order) into
   * the first slots and calls `exec`, which reuses one output array (not re-entrant; nothing
   * here calls back into it).
   */
  readonly frame: Value[];
  exec(): readonly Value[];
  /** The convenient form: named parameters in, named outputs out. */
  run(params: ParamValues): { [K in O]: Value };
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
      return compileCompare(node.cmp, c(node.left), c(node.right));
    case 'arith':
      return compileArith(node.fn, c(node.left), c(node.right));
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

// One closure per operator, so V8 sees monomorphic code in each.
function compileCompare(cmp: '<' | '<=' | '>' | '>=' | '=', l: Fn, r: Fn): Fn {
  switch (cmp) {
    case '<':
      return (f) => (l(f) as number) < (r(f) as number);
    case '<=':
      return (f) => (l(f) as number) <= (r(f) as number);
    case '>':
      return (f) => (l(f) as number) > (r(f) as number);
    case '>=':
      return (f) => (l(f) as number) >= (r(f) as number);
    case '=':
      return (f) => l(f) === r(f);
  }
}

function compileArith(fn: '+' | '-' | '*' | '/', l: Fn, r: Fn): Fn {
  switch (fn) {
    case '+':
      return (f) => (l(f) as number) + (r(f) as number);
    case '-':
      return (f) => (l(f) as number) - (r(f) as number);
    case '*':
      return (f) => (l(f) as number) * (r(f) as number);
    case '/':
      return (f) => (l(f) as number) / (r(f) as number);
  }
}

/**
 * Bindings are evaluated eagerly in order, like Excel's LET; each is total (divisions sit
 * under IF), so evaluating one the result does not need is harmless.
 */
export function compileProgram<O extends string>(program: Program<O>): CompiledProgram<O> {
  const { bindings, outputs } = inlineBindings(program, 1);
  const slots = new Map<string, number>();
  const stepSlots: number[] = [];
  const stepFns: Fn[] = [];
  bindings.forEach((b, k) => {
    stepFns.push(compileNode(b.value, slots));
    stepSlots.push(PARAMS.length + k);
    slots.set(b.name, PARAMS.length + k);
  });
  const names = Object.keys(outputs) as O[];
  const outFns = names.map((name) => compileNode(outputs[name], slots));
  const frame: Frame = new Array<Value>(PARAMS.length + bindings.length).fill(null);
  const out: Value[] = names.map(() => null);
  const exec = (): readonly Value[] => {
    for (let i = 0; i < stepFns.length; i++) frame[stepSlots[i]] = stepFns[i](frame);
    for (let i = 0; i < outFns.length; i++) out[i] = outFns[i](frame);
    return out;
  };
  return {
    names,
    frame,
    exec,
    run(params) {
      for (let i = 0; i < PARAMS.length; i++) frame[i] = params[PARAMS[i]];
      const values = exec();
      const result = {} as { [K in O]: Value };
      names.forEach((name, i) => {
        result[name] = values[i];
      });
      return result;
    },
  };
}
