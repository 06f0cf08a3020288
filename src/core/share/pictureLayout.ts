/**
 * Where each box of the report's strategy picture goes. The picture draws exactly the links the
 * model has (the alignment graph's edges), in four columns read left to right: mission, vision and
 * the SWOT items that led somewhere; values, pillars and TOWS strategies; goals; KPIs. Boxes in a
 * column are ordered by where their links come from (the mean position of their parents), so
 * lines cross as little as a plain two-sweep ordering allows. A column longer than the picture
 * can hold shows the first boxes and says how many more there are and where they are listed.
 */
import type { GraphEdge, GraphNode, StrategyGraph } from '../alignment';

export const PICTURE_WIDTH = 700;
/** Boxes a column shows before it says "+ n more": the sample after the SWOT wizard (12 goals) fits. */
export const PICTURE_MAX_PER_COLUMN = 14;
const ROW = 17;
const BOX_H = 14;
const TOP = 14;

interface Column {
  readonly x: number;
  readonly w: number;
  readonly title: string;
  /** Where a reader finds what the picture leaves out of this column. */
  readonly listedIn: string;
}

const COLUMNS: readonly Column[] = [
  { x: 0, w: 140, title: 'Mission and SWOT', listedIn: 'the SWOT section below' },
  { x: 165, w: 150, title: 'Values, pillars, strategies', listedIn: 'the Strategy table of the workbook' },
  { x: 340, w: 195, title: 'Goals', listedIn: 'the Goals table of the workbook' },
  { x: 560, w: 140, title: 'KPIs', listedIn: 'the KPI table below' },
];

export interface PictureBox {
  readonly node: GraphNode;
  readonly column: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PictureLine {
  readonly edge: GraphEdge;
  readonly from: PictureBox;
  readonly to: PictureBox;
}

export interface PictureColumn {
  readonly title: string;
  readonly x: number;
  readonly w: number;
  readonly hidden: number;
  readonly listedIn: string;
  /** Where the "+ n more" line goes. */
  readonly moreY: number;
}

export interface PictureLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly PictureBox[];
  readonly lines: readonly PictureLine[];
  readonly columns: readonly PictureColumn[];
  /** Links the picture cannot draw between two boxes it shows (a goal under a parent goal). */
  readonly undrawn: number;
}

function columnOf(node: GraphNode): number {
  switch (node.kind) {
    case 'mission':
    case 'vision':
    case 'swot':
      return 0;
    case 'goal':
      return 2;
    case 'kpi':
      return 3;
    default:
      return 1;
  }
}

/** Nodes ordered by the mean place of their parents in `placed`; nodes without placed parents keep their order, last. */
function byParents(
  nodes: readonly GraphNode[],
  parentsOf: ReadonlyMap<string, readonly string[]>,
  placed: ReadonlyMap<string, number>,
): GraphNode[] {
  const centre = (n: GraphNode): number | null => {
    const places = (parentsOf.get(n.key) ?? []).map((p) => placed.get(p)).filter((p): p is number => p !== undefined);
    return places.length === 0 ? null : places.reduce((a, b) => a + b, 0) / places.length;
  };
  return nodes
    .map((node, index) => ({ node, index, centre: centre(node) }))
    .sort((a, b) => {
      if (a.centre === null || b.centre === null)
        return a.centre === null ? (b.centre === null ? a.index - b.index : 1) : -1;
      return a.centre - b.centre || a.index - b.index;
    })
    .map((e) => e.node);
}

function positions(column: readonly GraphNode[]): Map<string, number> {
  return new Map(column.map((n, i) => [n.key, i]));
}

export function layoutPicture(graph: StrategyGraph): PictureLayout {
  const columns: GraphNode[][] = [[], [], [], []];
  for (const node of graph.nodes) columns[columnOf(node)].push(node);
  const parentsOf = new Map<string, string[]>();
  const childrenOf = new Map<string, string[]>();
  for (const e of graph.edges) {
    parentsOf.set(e.to, [...(parentsOf.get(e.to) ?? []), e.from]);
    childrenOf.set(e.from, [...(childrenOf.get(e.from) ?? []), e.to]);
  }
  // Down: each column follows the one before it; then the first two columns follow their goals back.
  const placed = new Map<string, number>();
  for (let c = 0; c < columns.length; c++) {
    if (c > 0) columns[c] = byParents(columns[c], parentsOf, placed);
    for (const [key, at] of positions(columns[c])) placed.set(key, at);
  }
  for (const c of [1, 0]) {
    const framing = columns[c].filter((n) => n.kind === 'mission' || n.kind === 'vision');
    const rest = byParents(
      columns[c].filter((n) => !framing.includes(n)),
      childrenOf,
      positions(columns[c + 1]),
    );
    columns[c] = [...framing, ...rest];
  }

  const shown = columns.map((column) => column.slice(0, PICTURE_MAX_PER_COLUMN));
  const rows = Math.max(1, ...shown.map((column, c) => column.length + (columns[c].length > column.length ? 1 : 0)));
  const height = TOP + rows * ROW + 2;
  const boxes: PictureBox[] = [];
  const layoutColumns: PictureColumn[] = COLUMNS.map((col, c) => {
    // A short column sits in the middle of the tall ones, so its lines fan out evenly.
    const offset = Math.floor((rows - shown[c].length - (columns[c].length > shown[c].length ? 1 : 0)) / 2);
    shown[c].forEach((node, i) =>
      boxes.push({ node, column: c, x: col.x, y: TOP + (offset + i) * ROW, w: col.w, h: BOX_H }),
    );
    return {
      title: col.title,
      x: col.x,
      w: col.w,
      hidden: columns[c].length - shown[c].length,
      listedIn: col.listedIn,
      moreY: TOP + (offset + shown[c].length) * ROW + BOX_H - 3,
    };
  });
  const boxOf = new Map(boxes.map((b) => [b.node.key, b]));
  const lines: PictureLine[] = [];
  let undrawn = 0;
  for (const edge of graph.edges) {
    const from = boxOf.get(edge.from);
    const to = boxOf.get(edge.to);
    if (!from || !to) continue;
    if (from.column < to.column) lines.push({ edge, from, to });
    else undrawn++;
  }
  return { width: PICTURE_WIDTH, height, boxes, lines, columns: layoutColumns, undrawn };
}
