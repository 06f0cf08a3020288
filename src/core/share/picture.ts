/**
 * The strategy picture as inline SVG: mission on the left, goals in the middle, KPIs on the
 * right, each box coloured by its status, lines where a KPI measures a goal. Fixed sizes so it
 * fits the printed page; long lists are cut with "+ n more" rather than shrinking the text.
 */
import type { ShareFacts } from './facts';
import { clip, escapeHtml, statusColour } from './html';

const W = 700;
const ROW = 26;
const BOX_H = 20;
const COLS = { mission: { x: 0, w: 170 }, goal: { x: 215, w: 230 }, kpi: { x: 490, w: 210 } } as const;
export const PICTURE_MAX_ROWS = 10;

function box(x: number, y: number, w: number, label: string, status: string | null, chars: number): string {
  const c = statusColour(status);
  return (
    `<g><rect x="${x}" y="${y}" width="${w}" height="${BOX_H}" rx="4" fill="${c.fill}" stroke="${c.text}" stroke-width="0.8"/>` +
    `<text x="${x + 6}" y="${y + 14}" font-size="10" fill="${c.text}">${escapeHtml(clip(label, chars))}</text></g>`
  );
}

export function strategyPictureSvg(facts: ShareFacts): string {
  const goals = facts.graph.nodes.filter((n) => n.kind === 'goal');
  const kpis = facts.graph.nodes.filter((n) => n.kind === 'kpi');
  const shownGoals = goals.slice(0, PICTURE_MAX_ROWS);
  const shownKpis = kpis.slice(0, PICTURE_MAX_ROWS);
  const rows = Math.max(
    1,
    shownGoals.length + (goals.length > shownGoals.length ? 1 : 0),
    shownKpis.length + (kpis.length > shownKpis.length ? 1 : 0),
  );
  const h = rows * ROW + 4;
  const y = (i: number): number => 2 + i * ROW;
  const parts: string[] = [];
  const goalY = new Map(shownGoals.map((g, i) => [g.key, y(i) + BOX_H / 2]));
  const kpiY = new Map(shownKpis.map((k, i) => [k.key, y(i) + BOX_H / 2]));
  const missionY = h / 2 - BOX_H / 2;
  for (const g of shownGoals) {
    parts.push(
      `<line x1="${COLS.mission.x + COLS.mission.w}" y1="${missionY + BOX_H / 2}" x2="${COLS.goal.x}" y2="${goalY.get(g.key)}" stroke="#9aa4b1" stroke-width="0.8"/>`,
    );
  }
  for (const e of facts.graph.edges) {
    if (e.kind !== 'measures' || !goalY.has(e.from) || !kpiY.has(e.to)) continue;
    parts.push(
      `<line x1="${COLS.goal.x + COLS.goal.w}" y1="${goalY.get(e.from)}" x2="${COLS.kpi.x}" y2="${kpiY.get(e.to)}" stroke="#9aa4b1" stroke-width="0.8"/>`,
    );
  }
  const mission = facts.mission ?? 'Mission (not written yet)';
  parts.push(
    box(COLS.mission.x, missionY, COLS.mission.w, mission, null, 30).replace(/fill="#f4f4f4"/, 'fill="#e8eef8"'),
  );
  shownGoals.forEach((g, i) =>
    parts.push(box(COLS.goal.x, y(i), COLS.goal.w, `${g.id ? `${g.id} ` : ''}${g.text}`, g.status, 40)),
  );
  shownKpis.forEach((k, i) =>
    parts.push(box(COLS.kpi.x, y(i), COLS.kpi.w, `${k.id ? `${k.id} ` : ''}${k.text}`, k.status, 36)),
  );
  const more = (x: number, n: number, at: number): string =>
    n > 0 ? `<text x="${x + 6}" y="${y(at) + 14}" font-size="10" fill="#555">+ ${n} more</text>` : '';
  parts.push(more(COLS.goal.x, goals.length - shownGoals.length, shownGoals.length));
  parts.push(more(COLS.kpi.x, kpis.length - shownKpis.length, shownKpis.length));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${h}" width="100%" role="img" aria-label="Strategy picture: mission, goals and KPIs coloured by status" font-family="Segoe UI, Helvetica, Arial, sans-serif">` +
    parts.join('') +
    '</svg>'
  );
}
