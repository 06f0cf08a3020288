/**
 * The strategy as a picture: SVG drawn by React (no innerHTML), each node a button that goes to its
 * row. The picture is one tab stop: the arrow keys move between its buttons (a roving tab index).
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { StrategyGraph } from '../../core/alignment';
import { isMapKey, nextBoxIndex } from './mapKeyboard';
import { layoutStrategyMap, toneOf, type PlacedNode, type Tone } from './mapLayout';
import { ALIGNMENT_TEXT, NODE_NOUN } from './text';

const TONE_FILL: Readonly<Record<Tone, string>> = {
  good: tokens.colorPaletteGreenBackground2,
  risk: tokens.colorPaletteYellowBackground2,
  bad: tokens.colorPaletteRedBackground2,
  none: tokens.colorNeutralBackground3,
};
const TONE_STROKE: Readonly<Record<Tone, string>> = {
  good: tokens.colorPaletteGreenBorder2,
  risk: tokens.colorPaletteYellowBorder2,
  bad: tokens.colorPaletteRedBorder2,
  none: tokens.colorNeutralStroke1,
};

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block' },
  node: {
    cursor: 'pointer',
    outlineStyle: 'none',
    ':focus-visible > rect': { strokeWidth: '3px', stroke: tokens.colorStrokeFocus2 },
    ':hover > rect': { strokeWidth: '2px' },
  },
  label: { fontSize: '11px', fill: tokens.colorNeutralForeground1, pointerEvents: 'none' },
  bandTitle: { fontSize: '11px', fontWeight: tokens.fontWeightSemibold, fill: tokens.colorNeutralForeground3 },
  more: { fontSize: '11px', fill: tokens.colorNeutralForeground3 },
  edge: { fill: 'none', stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  frameEdge: { fill: 'none', stroke: tokens.colorNeutralStroke2, strokeWidth: '1px', strokeDasharray: '2 3' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: '4px',
    borderRadius: '2px',
    verticalAlign: 'middle',
  },
});

function accessibleName(p: PlacedNode): string {
  const n = p.node;
  const parts = [`${NODE_NOUN[n.kind]}${n.id ? ` ${n.id}` : ''}: ${n.text}`];
  if (n.status) parts.push(`status ${n.status}`);
  if (n.orphan) parts.push(ALIGNMENT_TEXT.legend.orphan.toLowerCase());
  return parts.join('; ');
}

function Node({
  placed,
  index,
  current,
  onGo,
  onFocus,
}: {
  readonly placed: PlacedNode;
  readonly index: number;
  /** The one node in the tab order: the picture's single tab stop. */
  readonly current: boolean;
  readonly onGo: (sheet: string, cell: string) => void;
  readonly onFocus: (index: number) => void;
}): JSX.Element {
  const styles = useStyles();
  const { node } = placed;
  const tone = toneOf(node.status);
  const go = () => onGo(node.sheet, node.cell);
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      go();
    }
  };
  // The label is drawn beside the button, not inside it: its clipped words ("Bake hon…") are not
  // the button's name, and a name that does not contain a button's visible words misleads speech input.
  return (
    <>
      <g
        className={styles.node}
        role="button"
        tabIndex={current ? 0 : -1}
        aria-label={accessibleName(placed)}
        onClick={go}
        onKeyDown={onKeyDown}
        onFocus={() => onFocus(index)}
        data-node={node.key}
        data-index={index}
      >
        <title>{accessibleName(placed)}</title>
        <rect
          x={placed.x}
          y={placed.y}
          width={placed.w}
          height={placed.h}
          rx={4}
          style={{
            fill: TONE_FILL[tone],
            stroke: node.orphan ? tokens.colorPaletteRedForeground1 : TONE_STROKE[tone],
            strokeWidth: node.orphan ? 2 : 1,
            strokeDasharray: node.orphan ? '4 2' : undefined,
          }}
        />
      </g>
      <text className={styles.label} x={placed.x + 6} y={placed.y + placed.h / 2 + 4} aria-hidden>
        {placed.label}
      </text>
    </>
  );
}

function Swatch({ tone, label }: { readonly tone: Tone; readonly label: string }): JSX.Element {
  const styles = useStyles();
  return (
    <Caption1>
      <span
        className={styles.swatch}
        style={{ backgroundColor: TONE_FILL[tone], border: `1px solid ${TONE_STROKE[tone]}` }}
        aria-hidden
      />
      {label}
    </Caption1>
  );
}

export function StrategyMap({
  graph,
  onGo,
}: {
  readonly graph: StrategyGraph;
  readonly onGo: (sheet: string, cell: string) => void;
}): JSX.Element {
  const styles = useStyles();
  const layout = useMemo(() => layoutStrategyMap(graph), [graph]);
  const svg = useRef<SVGSVGElement>(null);
  const [focused, setFocused] = useState(0);
  if (layout.nodes.length === 0) return <Caption1>{ALIGNMENT_TEXT.mapEmpty}</Caption1>;
  const current = Math.min(focused, layout.nodes.length - 1);
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!isMapKey(e.key)) return;
    e.preventDefault();
    const next = nextBoxIndex(layout.nodes, current, e.key);
    setFocused(next);
    svg.current?.querySelector<SVGGElement>(`[data-index="${next}"]`)?.focus();
  };
  const { legend } = ALIGNMENT_TEXT;
  return (
    <>
      <svg
        ref={svg}
        className={styles.svg}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={ALIGNMENT_TEXT.mapLabel(layout.nodes.length)}
        onKeyDown={onKeyDown}
        data-testid="strategy-map"
      >
        {layout.edges.map(({ edge, from, to }) => {
          const x1 = from.x + from.w / 2;
          const y1 = from.y + from.h;
          const x2 = to.x + to.w / 2;
          const y2 = to.y;
          const mid = (y1 + y2) / 2;
          return (
            <path
              key={`${edge.from}>${edge.to}`}
              className={edge.kind === 'frames' ? styles.frameEdge : styles.edge}
              d={`M${x1},${y1} C${x1},${mid} ${x2},${mid} ${x2},${y2}`}
              aria-hidden
            />
          );
        })}
        {layout.bands.map((band) => (
          <g key={band.title} aria-hidden>
            <text className={styles.bandTitle} x={6} y={band.y + 12}>
              {band.title}
            </text>
            {band.hidden > 0 ? (
              <text className={styles.more} x={6} y={band.moreY}>
                {ALIGNMENT_TEXT.mapMore(band.hidden)}
              </text>
            ) : null}
          </g>
        ))}
        {layout.nodes.map((placed, i) => (
          <Node
            key={placed.node.key}
            placed={placed}
            index={i}
            current={i === current}
            onGo={onGo}
            onFocus={setFocused}
          />
        ))}
      </svg>
      <div className={styles.legend}>
        <Swatch tone="good" label={legend.good} />
        <Swatch tone="risk" label={legend.risk} />
        <Swatch tone="bad" label={legend.bad} />
        <Swatch tone="none" label={legend.none} />
        <Caption1>
          <span
            className={styles.swatch}
            style={{ border: `2px dashed ${tokens.colorPaletteRedForeground1}` }}
            aria-hidden
          />
          {legend.orphan}
        </Caption1>
      </div>
    </>
  );
}
