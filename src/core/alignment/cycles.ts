/**
 * Circles in a graph given as lists of neighbours (`next[i]` holds the nodes `i` points at): each group of two
 * or more nodes that can all reach one another, in order of their first node. Tarjan's algorithm, with its own
 * stack instead of recursion, so a chain of thousands of goals cannot overflow the call stack.
 */
export function circles(next: readonly (readonly number[])[]): number[][] {
  const n = next.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const out: number[][] = [];
  // The walk: each entry is a node and how many of its neighbours have been looked at.
  const walkNode: number[] = [];
  const walkEdge: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] >= 0) continue;
    walkNode.push(root);
    walkEdge.push(0);
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (walkNode.length > 0) {
      const top = walkNode.length - 1;
      const v = walkNode[top];
      const edge = walkEdge[top];
      if (edge < next[v].length) {
        walkEdge[top] = edge + 1;
        const w = next[v][edge];
        if (order[w] < 0) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          walkNode.push(w);
          walkEdge.push(0);
        } else if (onStack[w]) low[v] = Math.min(low[v], order[w]);
        continue;
      }
      walkNode.pop();
      walkEdge.pop();
      if (walkNode.length > 0) {
        const parent = walkNode[walkNode.length - 1];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] !== order[v]) continue;
      const group: number[] = [];
      let w: number;
      do {
        w = stack.pop() as number;
        onStack[w] = false;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort((a, b) => a - b));
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}
