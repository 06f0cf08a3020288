/**
 * How much of the KPI table and the findings fits the one printed page once the picture and the SWOT
 * are laid out. Heights are CSS pixels as the report's styles draw them, measured in Chromium and
 * rounded up; the page is Letter's (279.4 mm less two 9 mm margins), the shorter of Letter and A4,
 * with room to spare for fonts that run wider.
 */
import type { Finding } from '../alignment';
import type { ShareFacts } from './facts';
import { layoutPicture, PICTURE_WIDTH } from './pictureLayout';

/** Printable height of a Letter page (988 px), less a margin of safety. */
const PAGE = 960;
/** The picture is drawn 700 units wide and scaled to the printed width (Letter's, less the margins). */
const PRINTED_WIDTH = 750;
/** Title and score, four section headings, the footer on the method. */
const FIXED = 58 + 4 * 24 + 62;
const LINE = 14;
const KPI_HEAD = 18;
const KPI_ROW = 17;
/** A "… and n more" line under a list. */
const MORE = 24;
/** Characters on one printed line of a finding, and those a half-width SWOT box holds. */
const FINDING_CHARS_PER_LINE = 100;
const SWOT_CHARS_PER_LINE = 55;
/** A finding's severity and cell, and "Fix:", beside its message and fix. */
const FINDING_EXTRA_CHARS = 30;
/** SWOT items are cut to this many characters. */
export const SWOT_ITEM_CHARS = 70;
/** KPI rows the SWOT makes room for before it shows fewer items per quadrant. */
const MIN_KPI_ROWS = 6;
/** The longest first finding the page makes room for: a longer one gives way to the count alone. */
const FIRST_FINDING_MAX = 5 * LINE;

/** The most a list shows on the page; a tall page shows fewer (see `pageBudget`). */
export const REPORT_LIMITS = { kpis: 12, findings: 6, swotPerQuadrant: 4 } as const;

export interface PageBudget {
  readonly kpis: number;
  readonly swotPerQuadrant: number;
  /** Pixels left for the findings, their "more" line included. */
  readonly findings: number;
}

/** Printed lines of one SWOT box: each item shown (it may wrap) and its "+ n more" line. */
function swotBoxLines(items: readonly string[], perQuadrant: number): number {
  if (items.length === 0) return 1;
  const shown = items.slice(0, perQuadrant);
  const lines = shown.reduce((n, t) => n + Math.ceil(Math.min(t.length, SWOT_ITEM_CHARS) / SWOT_CHARS_PER_LINE), 0);
  return lines + (items.length > shown.length ? 1 : 0);
}

function swotHeight(facts: ShareFacts, perQuadrant: number): number {
  const row = (a: readonly string[], b: readonly string[]): number =>
    LINE + LINE * Math.max(swotBoxLines(a, perQuadrant), swotBoxLines(b, perQuadrant)) + 12;
  return row(facts.swot.strength, facts.swot.weakness) + row(facts.swot.opportunity, facts.swot.threat);
}

/** Printed height of one finding: its words wrap at about a hundred characters a line. */
export function findingHeight(message: string, fix: string): number {
  return LINE * Math.ceil((message.length + fix.length + FINDING_EXTRA_CHARS) / FINDING_CHARS_PER_LINE);
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The findings, most serious first, as the report lists them. */
export function findingsInOrder(facts: ShareFacts): Finding[] {
  return [...facts.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function firstFinding(facts: ShareFacts): Finding | undefined {
  return findingsInOrder(facts)[0];
}

/**
 * The picture first (it has its own limit), then the SWOT with as many items per quadrant as leave
 * room for a few KPI rows, then the KPI table, then the findings in what is left.
 */
export function pageBudget(facts: ShareFacts): PageBudget {
  const picture = layoutPicture(facts.graph).height * (PRINTED_WIDTH / PICTURE_WIDTH);
  const base = PAGE - FIXED - picture;
  const total = facts.kpis.length;
  // No table at all when no row fits: only the line saying how many KPIs the workbook has.
  const kpiHeight = (rows: number): number => (rows > 0 ? KPI_HEAD + rows * KPI_ROW : 0) + (rows < total ? MORE : 0);
  const fewest = kpiHeight(Math.min(MIN_KPI_ROWS, total));
  // Room for the most serious finding, printed whole, and the count of the rest.
  const first = firstFinding(facts);
  const findingsReserve =
    first === undefined ? LINE : Math.min(FIRST_FINDING_MAX, findingHeight(first.message, first.fix)) + MORE;
  let perQuadrant: number = REPORT_LIMITS.swotPerQuadrant;
  while (perQuadrant > 1 && base - swotHeight(facts, perQuadrant) - fewest - findingsReserve < 0) perQuadrant--;
  const left = base - swotHeight(facts, perQuadrant);
  let kpis = Math.min(REPORT_LIMITS.kpis, total);
  while (kpis > 0 && kpiHeight(kpis) > left - findingsReserve) kpis--;
  return { kpis, swotPerQuadrant: perQuadrant, findings: left - kpiHeight(kpis) };
}
