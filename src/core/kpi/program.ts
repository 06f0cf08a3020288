/**
 * A definition as a program: named bindings and the outputs that use them. Inlining bindings is what both the
 * evaluator (compile.ts) and the native formula writer (formula.ts) need; partial evaluation (specialize.ts)
 * only the writer, so the two live apart and the custom functions carry only this part.
 */
import type { Binding, Node } from './expr';

export interface Program<O extends string> {
  readonly bindings: readonly Binding[];
  readonly outputs: { readonly [K in O]: Node };
}

/** Counts, into `into`, how many times each binding is referenced in `node`. */
export function varsIn(node: Node, into: Map<string, number>): void {
  switch (node.op) {
    case 'var':
      into.set(node.name, (into.get(node.name) ?? 0) + 1);
      return;
    case 'isBlank':
    case 'not':
    case 'abs':
      varsIn(node.arg, into);
      return;
    case 'if':
      varsIn(node.test, into);
      varsIn(node.then, into);
      varsIn(node.else, into);
      return;
    case 'and':
    case 'or':
    case 'min':
    case 'max':
      node.args.forEach((a) => varsIn(a, into));
      return;
    case 'compare':
    case 'arith':
      varsIn(node.left, into);
      varsIn(node.right, into);
      return;
    default:
      return;
  }
}

/** How many times each binding is referenced (by outputs and by later bindings). */
export function countUses<O extends string>(program: Program<O>): ReadonlyMap<string, number> {
  const uses = new Map<string, number>();
  for (const key of Object.keys(program.outputs) as O[]) varsIn(program.outputs[key], uses);
  for (const b of program.bindings) varsIn(b.value, uses);
  return uses;
}

function substitute(node: Node, with_: ReadonlyMap<string, Node>): Node {
  const s = (n: Node): Node => substitute(n, with_);
  switch (node.op) {
    case 'var':
      return with_.get(node.name) ?? node;
    case 'isBlank':
    case 'not':
    case 'abs':
      return { ...node, arg: s(node.arg) };
    case 'if':
      return { op: 'if', test: s(node.test), then: s(node.then), else: s(node.else) };
    case 'and':
    case 'or':
    case 'min':
    case 'max':
      return { ...node, args: node.args.map(s) };
    case 'compare':
    case 'arith':
      return { ...node, left: s(node.left), right: s(node.right) };
    default:
      return node;
  }
}

/**
 * Replaces bindings by their values at the places they are used: all of them (`limit`
 * Infinity, for an engine without LET) or those used at most `limit` times.
 */
export function inlineBindings<O extends string>(program: Program<O>, limit: number): Program<O> {
  const uses = countUses(program);
  const inlined = new Map<string, Node>();
  const kept: Binding[] = [];
  for (const b of program.bindings) {
    const value = substitute(b.value, inlined);
    if ((uses.get(b.name) ?? 0) <= limit) inlined.set(b.name, value);
    else kept.push({ name: b.name, value });
  }
  const outputs = {} as { [K in O]: Node };
  for (const key of Object.keys(program.outputs) as O[]) outputs[key] = substitute(program.outputs[key], inlined);
  return { bindings: kept, outputs };
}
