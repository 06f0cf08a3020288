import type { GraphEdge, GraphNode, StrategyGraph } from '../alignment';
import { layoutPicture, PICTURE_MAX_PER_COLUMN } from './pictureLayout';

function node(key: string, kind: GraphNode['kind'], text = key): GraphNode {
  const level = kind === 'mission' || kind === 'vision' ? 0 : kind === 'goal' ? 2 : kind === 'kpi' ? 3 : 1;
  return { key, kind, id: key.toUpperCase(), text, level, status: null, orphan: false, sheet: 'S', cell: 'A1' };
}
const edge = (from: string, to: string, kind: GraphEdge['kind']): GraphEdge => ({ from, to, kind });

describe('the report picture layout', () => {
  const graph: StrategyGraph = {
    nodes: [
      node('m', 'mission'),
      node('p1', 'pillar'),
      node('p2', 'pillar'),
      node('g1', 'goal'),
      node('g2', 'goal'),
      node('g3', 'goal'),
      node('k1', 'kpi'),
    ],
    edges: [
      edge('m', 'p1', 'frames'),
      edge('m', 'p2', 'frames'),
      // g1 hangs from the second pillar, g2 from the first, g3 from nothing (not tied to strategy).
      edge('p2', 'g1', 'supports'),
      edge('p1', 'g2', 'supports'),
      edge('g1', 'k1', 'measures'),
      edge('g1', 'g2', 'parent'),
    ],
  };

  it('draws exactly the links the workbook has: no goal is joined to the mission unless a link says so', () => {
    const layout = layoutPicture(graph);
    const drawn = layout.lines.map((l) => `${l.edge.from}>${l.edge.to}`).sort();
    expect(drawn).toEqual(['g1>k1', 'm>p1', 'm>p2', 'p1>g2', 'p2>g1']);
    // The goal under its parent goal sits in the same column: counted, not drawn across the boxes.
    expect(layout.undrawn).toBe(1);
  });

  it('orders each column by where its links come from, so lines cross less; unlinked boxes go last', () => {
    const layout = layoutPicture(graph);
    const goals = layout.boxes.filter((b) => b.column === 2).sort((a, b) => a.y - b.y);
    expect(goals.map((b) => b.node.key)).toEqual(['g2', 'g1', 'g3']);
  });

  it('shows every box of a column up to its limit and says how many more and where they are listed', () => {
    const many: StrategyGraph = {
      nodes: Array.from({ length: PICTURE_MAX_PER_COLUMN + 3 }, (_, i) => node(`g${i}`, 'goal', `Goal ${i}`)),
      edges: [],
    };
    const layout = layoutPicture(many);
    expect(layout.boxes).toHaveLength(PICTURE_MAX_PER_COLUMN);
    const goals = layout.columns[2];
    expect(goals.hidden).toBe(3);
    expect(goals.listedIn).toMatch(/Goals table/);
    expect(goals.moreY).toBeLessThanOrEqual(layout.height);
  });
});
