import { circles } from './cycles';

describe('circles', () => {
  it('finds each group of nodes that reach one another, smallest node first, and nothing in a chain', () => {
    // 0 → 1 → 2 → 0, 3 → 4 → 3, 5 → 0 (leads into a circle without being in it), 6 alone.
    expect(circles([[1], [2], [0], [4], [3], [0], []])).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(circles([[1], [2], [3], []])).toEqual([]);
    expect(circles([])).toEqual([]);
  });

  it('leaves out a node pointing at itself and keeps the circles around nodes that are in none', () => {
    // 2 → 2 alone; 4 → 6 → 4 joins the circle 3 → 4 → 5 → 3; 7 hangs off 1 and is in no circle.
    expect(circles([[1, 7], [0], [2], [4], [5, 6], [3], [4], []])).toEqual([
      [0, 1],
      [3, 4, 5, 6],
    ]);
  });

  it('walks a chain of 100,000 nodes closing on itself without overflowing the call stack', () => {
    const n = 100_000;
    const next = Array.from({ length: n }, (_, i) => [(i + 1) % n]);
    const [circle, ...rest] = circles(next);
    expect(rest).toEqual([]);
    expect(circle).toHaveLength(n);
  });
});
