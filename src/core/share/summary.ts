/**
 * The "Advisor summary" sheet as rows of plain values: date, alignment score, KPI statuses,
 * goals with SMART scores, open findings, the method in plain words and how to get the add-in.
 * Text is written as text by the host (no formula injection from goal or KPI wording).
 */
import { ALIGNMENT_METHOD } from '../alignment';
import { formatSerialLong } from '../dates';
import type { ShareFacts } from './facts';
import { SHARE_TEXT } from './messages';

export type SummaryCell = string | number | null;

const SEVERITY: Readonly<Record<string, string>> = { error: 'Error', warning: 'Warning', info: 'Suggestion' };

/** Rows from A1 of the summary sheet; blank rows separate the sections. */
export function advisorSummaryRows(facts: ShareFacts): SummaryCell[][] {
  const rows: SummaryCell[][] = [
    [`${facts.title}: summary for advisors`],
    ['Prepared on', formatSerialLong(facts.date)],
    ['Alignment score (out of 100)', facts.alignment.score],
    ['Findings', facts.findings.length],
  ];
  if (facts.mission) rows.push(['Mission', facts.mission]);
  if (facts.isEmpty) rows.push([SHARE_TEXT.nothingToReport]);
  rows.push([], ['KPIs'], ['ID', 'KPI', 'Goal', 'Status', 'Progress', 'Actual', 'Target', 'Unit']);
  for (const k of facts.kpis) {
    rows.push([
      k.id,
      k.name,
      k.goal,
      k.status ?? '',
      k.progress === null || !Number.isFinite(k.progress * 100) ? null : Math.round(k.progress * 100) / 100,
      k.actual,
      k.target,
      k.unit,
    ]);
  }
  rows.push([], ['Goals'], ['ID', 'Goal', 'Owner', 'SMART score', 'Status']);
  for (const g of facts.goals) rows.push([g.id, g.text, g.owner, g.smart, g.status ?? '']);
  rows.push([], [`Open findings (${facts.findings.length})`], ['Severity', 'Where', 'Message', 'Fix']);
  for (const f of facts.findings)
    rows.push([SEVERITY[f.severity] ?? f.severity, `${f.sheet}!${f.cell}`, f.message, f.fix]);
  rows.push([], [SHARE_TEXT.methodIntro], [ALIGNMENT_METHOD], [], ['Live formulas'], [SHARE_TEXT.getAddin]);
  return rows;
}
