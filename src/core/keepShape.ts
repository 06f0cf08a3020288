/**
 * Keeps one object of a helper class alive for as long as the program runs.
 *
 * V8 (Chrome, Edge, Node) forgets an object layout once no object has it, at a full garbage collection, and
 * throws away the optimised code that relied on it. The audit makes its helpers (a row cursor, a word table,
 * a union-find) fresh for each run, and all of them are garbage by the next one: after a full collection,
 * each audit started again in unoptimised code, about a third slower (measured in `npm run bench`, which
 * collects in full before each step, as a long session in the task pane does now and then). One example kept
 * per class keeps its layout, and so its optimised code. It costs a few hundred bytes; other engines ignore it.
 *
 * The example must have the layout working objects have: a class whose constructor sets every field.
 */
const KEPT: unknown[] = [];

export function keepShape<T>(example: T): T {
  KEPT.push(example);
  return example;
}
