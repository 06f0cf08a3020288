/**
 * The strategy picture as inline SVG for the printed report: the layout of pictureLayout.ts,
 * each box named in words (its ID and the start of its text, the whole text in a tooltip),
 * coloured by status, and lines only where the workbook links two things.
 */
import type { GraphNode } from '../alignment';
import type { ShareFacts } from './facts';
import { clip, escapeHtml, statusColour } from './html';
import { layoutPicture, type PictureBox } from './pictureLayout';

const FONT = 8.5;
const MORE_FONT = 8;
/** The mean width of one character of 8.5-pixel text, in pixels (measured on the report's fonts). */
const CHAR_WIDTH = 4.4;
const FRAME = { fill: '#e8eef8', text: '#1f3a5f' } as const;

const KIND_WORD: Partial<Record<GraphNode['kind'], string>> = {
  mission: 'Mission',
  vision: 'Vision',
  value: 'Value',
  pillar: 'Pillar',
  tows: 'Strategy',
  swot: 'SWOT',
};

function labelOf(node: GraphNode): string {
  const text = node.text.replace(/\s+/g, ' ').trim();
  if (node.id !== '') return `${node.id} ${text}`;
  return `${KIND_WORD[node.kind] ?? ''}${KIND_WORD[node.kind] ? ': ' : ''}${text}`;
}

function box(b: PictureBox): string {
  const framing = b.node.kind === 'mission' || b.node.kind === 'vision';
  const c = framing ? FRAME : statusColour(b.node.status);
  const label = labelOf(b.node);
  const status = b.node.status ? ` (${b.node.status})` : '';
  const chars = Math.floor((b.w - 8) / CHAR_WIDTH);
  return (
    `<g><title>${escapeHtml(label + status)}</title>` +
    `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="3" fill="${c.fill}" stroke="${c.text}" stroke-width="0.7"/>` +
    `<text x="${b.x + 4}" y="${b.y + b.h - 4}" font-size="${FONT}" fill="${c.text}">${escapeHtml(clip(label, chars))}</text></g>`
  );
}

export function strategyPictureSvg(facts: ShareFacts): string {
  const layout = layoutPicture(facts.graph);
  const parts: string[] = [];
  for (const col of layout.columns)
    parts.push(
      `<text x="${col.x}" y="9" font-size="8" font-weight="600" fill="#52606d">${escapeHtml(col.title)}</text>`,
    );
  for (const line of layout.lines) {
    const x1 = line.from.x + line.from.w;
    const y1 = line.from.y + line.from.h / 2;
    const x2 = line.to.x;
    const y2 = line.to.y + line.to.h / 2;
    const bend = (x2 - x1) / 2;
    parts.push(
      `<path d="M${x1} ${y1} C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}" fill="none" stroke="#9aa4b1" stroke-width="0.7"/>`,
    );
  }
  for (const b of layout.boxes) parts.push(box(b));
  for (const col of layout.columns) {
    if (col.hidden === 0) continue;
    const text = `+ ${col.hidden} more: see ${col.listedIn}`;
    // Never cut at the picture's edge: a note wider than its column is drawn narrower to fit it.
    const room = col.w - 4;
    const fit =
      text.length * CHAR_WIDTH * (MORE_FONT / FONT) > room
        ? ` textLength="${room}" lengthAdjust="spacingAndGlyphs"`
        : '';
    parts.push(
      `<text x="${col.x + 4}" y="${col.moreY}" font-size="${MORE_FONT}" fill="#52606d"${fit}>${escapeHtml(text)}</text>`,
    );
  }
  const empty =
    layout.boxes.length === 0 ? `<text x="4" y="24" font-size="9" fill="#52606d">Nothing to draw yet.</text>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="100%" role="img" ` +
    `aria-label="Strategy picture: mission and SWOT, values, pillars and strategies, goals and KPIs, linked as the workbook links them" ` +
    `font-family="Segoe UI, Helvetica, Arial, sans-serif">` +
    parts.join('') +
    empty +
    '</svg>'
  );
}
