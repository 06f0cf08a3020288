/**
 * Where each node of the strategy picture goes: plain geometry, no React, so it is tested alone.
 * The picture reads top to bottom (mission and values, goals, KPIs), because a 320-pixel pane is
 * tall and narrow; each layer wraps into rows of chips and shows at most `maxPerLevel` of them.
 */
import type { GraphEdge, GraphNode, StrategyGraph } from '../../core/alignment';

export const MAP_WIDTH = 300;
const PAD = 6;
const CHIP_W = 66;
const CHIP_H = 24;
const GAP = 6;
const FRAME_H = 30;
const LABEL_H = 18;
const LEVEL_GAP = 14;

export type Tone = 'good' | 'risk' | 'bad' | 'none';

/** Status words (the KPI engine's) to a colour family; anything else, or none, is neutral. */
export function toneOf(status: string | null): Tone {
  switch (status) {
    case 'Achieved':
    case 'On track':
      return 'good';
    case 'At risk':
      return 'risk';
    case 'Off track':
    case 'Missed':
      return 'bad';
    default:
      return 'none';
  }
}

export interface PlacedNode {
  readonly node: GraphNode;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** Short text drawn in the node: the ID, else the start of its text. */
  readonly label: string;
}

export interface PlacedBand {
  readonly title: string;
  readonly y: number;
  /** Nodes of this layer left out of the picture (too many to draw legibly). */
  readonly hidden: number;
  readonly moreY: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly bands: readonly PlacedBand[];
  readonly edges: readonly { readonly edge: GraphEdge; readonly from: PlacedNode; readonly to: PlacedNode }[];
}

const BAND_TITLES = ['Mission and vision', 'Values, pillars and SWOT', 'Goals', 'KPIs'] as const;

export function clipText(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

export function layoutStrategyMap(graph: StrategyGraph, options: { readonly maxPerLevel?: number } = {}): MapLayout {
  const maxPerLevel = options.maxPerLevel ?? 48;
  const perRow = Math.floor((MAP_WIDTH - 2 * PAD + GAP) / (CHIP_W + GAP));
  const nodes: PlacedNode[] = [];
  const bands: PlacedBand[] = [];
  let y = PAD;
  for (const level of [0, 1, 2, 3] as const) {
    const all = graph.nodes.filter((n) => n.level === level);
    if (all.length === 0) continue;
    const titleY = y;
    y += LABEL_H;
    // Orphans first, so the nodes that need attention are never the ones cut off.
    const ordered = [...all.filter((n) => n.orphan), ...all.filter((n) => !n.orphan)];
    const shown = ordered.slice(0, level === 0 ? 4 : maxPerLevel);
    if (level === 0) {
      for (const node of shown) {
        const prefix = node.kind === 'vision' ? 'Vision' : 'Mission';
        nodes.push({
          node,
          x: PAD,
          y,
          w: MAP_WIDTH - 2 * PAD,
          h: FRAME_H,
          label: clipText(`${prefix}: ${node.text}`, 44),
        });
        y += FRAME_H + GAP;
      }
    } else {
      shown.forEach((node, i) => {
        const col = i % perRow;
        const row = Math.floor(i / perRow);
        const label = node.id !== '' ? node.id : clipText(node.text, 9);
        nodes.push({ node, x: PAD + col * (CHIP_W + GAP), y: y + row * (CHIP_H + GAP), w: CHIP_W, h: CHIP_H, label });
      });
      y += Math.ceil(shown.length / perRow) * (CHIP_H + GAP);
    }
    const hidden = all.length - shown.length;
    bands.push({ title: BAND_TITLES[level], y: titleY, hidden, moreY: y + 10 });
    if (hidden > 0) y += 16;
    y += LEVEL_GAP;
  }
  const byKey = new Map(nodes.map((p) => [p.node.key, p]));
  const edges: MapLayout['edges'][number][] = [];
  for (const edge of graph.edges) {
    const from = byKey.get(edge.from);
    const to = byKey.get(edge.to);
    // Edges inside one layer (a goal's parent goal) would run across the chips: the finding list covers them.
    if (from && to && from.node.level < to.node.level) edges.push({ edge, from, to });
  }
  return { width: MAP_WIDTH, height: y, nodes, bands, edges };
}
