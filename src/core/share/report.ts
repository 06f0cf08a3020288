/**
 * The printable one-page report as a self-contained HTML string: inline CSS and SVG, no
 * scripts, no external resources, every piece of workbook text escaped. `@page` and print
 * rules keep the sample workbook's report to one A4 and one Letter page; long lists are cut
 * (the counts say how many more and where they are listed) so a bigger workbook still prints
 * on one page. Sentences are never cut: a message or fix is printed whole or not at all.
 */
import { ALIGNMENT_METHOD, type Finding } from '../alignment';
import { formatSerialLong } from '../dates';
import type { KpiFact, ShareFacts } from './facts';
import { sparklineSvg } from './sparkline';
import { clip, escapeHtml as e, statusColour } from './html';
import { SHARE_TEXT } from './messages';
import { strategyPictureSvg } from './picture';
import {
  findingHeight,
  findingsInOrder,
  pageBudget,
  REPORT_LIMITS,
  SWOT_ITEM_CHARS,
  type PageBudget,
} from './reportBudget';

export { REPORT_LIMITS } from './reportBudget';

const SEVERITY: Readonly<Record<string, string>> = { error: 'Error', warning: 'Warning', info: 'Suggestion' };

const CSS = `
@page { margin: 9mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2933; margin: 0 auto; max-width: 190mm; font-size: 10.5px; line-height: 1.3; }
h1 { font-size: 17px; margin: 0; }
h2 { font-size: 12px; margin: 6px 0 3px; text-transform: uppercase; letter-spacing: .04em; color: #3e4c59; }
header { display: flex; justify-content: space-between; align-items: center; border-bottom: 2px solid #1f4e79; padding-bottom: 4px; }
.score { text-align: center; border: 2px solid #1f4e79; border-radius: 8px; padding: 2px 10px; white-space: nowrap; margin-left: 8px; }
.score b { font-size: 22px; display: block; color: #1f4e79; }
.muted { color: #52606d; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 1px 4px; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
th { font-size: 9.5px; color: #52606d; }
.pill { display: inline-block; border-radius: 8px; padding: 0 6px; font-size: 9.5px; white-space: nowrap; }
.bar { width: 70px; height: 8px; background: #e4e7eb; border-radius: 4px; display: inline-block; vertical-align: middle; overflow: hidden; }
.bar span { display: block; height: 100%; background: #1f4e79; }
.swot { display: grid; grid-template-columns: 1fr 1fr; gap: 4px; }
.swot div { border: 1px solid #cbd2d9; border-radius: 4px; padding: 3px 6px; }
.swot h3 { font-size: 10.5px; margin: 0 0 2px; }
.swot ul, .findings { margin: 0; padding-left: 14px; }
.findings li { margin-bottom: 1px; }
footer { margin-top: 6px; font-size: 9px; color: #52606d; border-top: 1px solid #cbd2d9; padding-top: 3px; }
@media print { body { max-width: none; } section, table, .swot { break-inside: avoid; } }
`;

function statusPill(status: string | null): string {
  const c = statusColour(status);
  return `<span class="pill" style="background:${c.fill};color:${c.text}">${e(status ?? 'No data')}</span>`;
}

function progressCell(progress: number | null): string {
  if (progress === null) return '<span class="muted">n/a</span>';
  const pct = Math.round(progress * 100);
  const width = Math.max(0, Math.min(100, pct));
  return `<span class="bar" role="img" aria-label="${pct}%"><span style="width:${width}%"></span></span> ${pct}%`;
}

/** The height of a "… and n more" line, which a cut list always keeps room for. */
const MORE_LINE = 24;

const more = (n: number, what: string): string =>
  n > 0 ? `<p class="muted">… and ${n} more ${what} in the workbook.</p>` : '';

function kpiTable(facts: ShareFacts, budget: PageBudget): string {
  const shown = facts.kpis.slice(0, budget.kpis);
  // The history columns only when some KPI has a history: a workbook without one reads as before.
  const withHistory = shown.some((k) => k.recent.length > 0 || k.outlook !== null);
  const historyCells = (k: KpiFact): string =>
    withHistory
      ? `<td>${sparklineSvg(k.recent, e(`${k.name}: the last ${k.recent.length} values`))}</td><td>${e(k.outlook ?? '')}</td>`
      : '';
  const rows = shown
    .map(
      (k) =>
        `<tr><td>${e(k.id)}</td><td>${e(clip(k.name, 60))}</td><td>${statusPill(k.status)}</td><td>${progressCell(k.progress)}</td><td>${e(k.actualWithUnit)}</td><td>${e(k.targetWithUnit)}</td>${historyCells(k)}</tr>`,
    )
    .join('');
  const historyHeads = withHistory ? '<th>Recent</th><th>Outlook</th>' : '';
  if (shown.length === 0 && facts.kpis.length > 0) return more(facts.kpis.length, 'KPIs');
  return `<table><thead><tr><th>ID</th><th>KPI</th><th>Status</th><th>Progress</th><th>Actual</th><th>Target</th>${historyHeads}</tr></thead><tbody>${rows}</tbody></table>${more(facts.kpis.length - shown.length, 'KPIs')}`;
}

function swotGrid(facts: ShareFacts, budget: PageBudget): string {
  const perQuadrant = budget.swotPerQuadrant;
  const quadrant = (title: string, items: readonly string[]): string => {
    const shown = items
      .slice(0, perQuadrant)
      .map((t) => `<li>${e(clip(t, SWOT_ITEM_CHARS))}</li>`)
      .join('');
    const extra = items.length > perQuadrant ? `<li class="muted">+ ${items.length - perQuadrant} more</li>` : '';
    return `<div><h3>${title}</h3>${items.length ? `<ul>${shown}${extra}</ul>` : '<span class="muted">None written yet.</span>'}</div>`;
  };
  return `<div class="swot">${quadrant('Strengths', facts.swot.strength)}${quadrant('Weaknesses', facts.swot.weakness)}${quadrant('Opportunities', facts.swot.opportunity)}${quadrant('Threats', facts.swot.threat)}</div>`;
}

/** Findings are printed whole, so they are limited by the height their words take, not only by their number. */
function findingsList(facts: ShareFacts, budget: PageBudget): string {
  if (facts.findings.length === 0) return '<p>No open findings: goals, KPIs and strategy line up.</p>';
  const sorted = findingsInOrder(facts);
  const shown: Finding[] = [];
  // Room kept for the "… and n more" line, in case some are left out.
  let room = budget.findings - MORE_LINE;
  for (const f of sorted.slice(0, REPORT_LIMITS.findings)) {
    const height = findingHeight(f.message, f.fix);
    if (height > room) break;
    room -= height;
    shown.push(f);
  }
  const items = shown
    .map(
      (f) =>
        `<li><b>${e(SEVERITY[f.severity] ?? f.severity)}</b> (${e(f.sheet)}!${e(f.cell)}): ${e(f.message)} <span class="muted">Fix: ${e(f.fix)}</span></li>`,
    )
    .join('');
  return `<ul class="findings">${items}</ul>${more(sorted.length - shown.length, 'findings')}`;
}

/** The whole page. `title` names the workbook (escaped like everything else). */
export function renderReportHtml(facts: ShareFacts): string {
  const budget = pageBudget(facts);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(facts.title)}: strategy report</title>
<style>${CSS}</style></head>
<body>
<header><div><h1>${e(facts.title)}</h1><div class="muted">Strategy report, ${e(formatSerialLong(facts.date))}${facts.mission ? ` · Mission: ${e(clip(facts.mission, 110))}` : ''}</div></div>
<div class="score" aria-label="Alignment score"><b>${facts.alignment.score}</b>alignment / 100</div></header>
${facts.isEmpty ? `<p>${e(SHARE_TEXT.nothingToReport)}</p>` : ''}
<section><h2>Strategy picture</h2>${strategyPictureSvg(facts)}</section>
<section><h2>KPIs</h2>${kpiTable(facts, budget)}</section>
<section><h2>SWOT</h2>${swotGrid(facts, budget)}</section>
<section><h2>Findings and fixes (${facts.findings.length})</h2>${findingsList(facts, budget)}</section>
<footer>${e(ALIGNMENT_METHOD)} ${e(SHARE_TEXT.getAddin)}</footer>
</body></html>
`;
}
