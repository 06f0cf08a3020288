/**
 * How a table lays out its records. A history kept one column per month, week or quarter (dates
 * or period names such as "Jan-17" or "Q1" across the header, or over a second header row of
 * "Target" and "Actual") is wide; a history kept one row per metric and period, with a single
 * period column beside the figures, is long; anything else is flat.
 */
import { isTemporal, textType } from './cells';
import type { RoledColumn } from './roles';
import type { KindResult } from './kind';
import type { TableLayout } from './types';

/** Fewer period columns than this are a comparison ("Q1", "Q2"), not yet a history. */
const MIN_WIDE_COLUMNS = 3;
const PERIOD_CONFIDENCE = 0.85;

const isPeriodLabel = (text: string): boolean => text !== '' && isTemporal(textType(text));

/** The period a column's header names, from its own cell or from the group cell above it. */
function periodOf(col: RoledColumn): string | undefined {
  if (isPeriodLabel(col.input.name)) return col.input.name;
  if (isPeriodLabel(col.input.group)) return col.input.group;
  return undefined;
}

/** Figures (or nothing yet, in a template) under the header: the cells a period column of a history holds. */
function holdsFigures(col: RoledColumn): boolean {
  const p = col.input.profile;
  return p.n === 0 || (p.numeric + p.types.error) / p.n >= 0.5;
}

function widePeriodColumns(cols: readonly RoledColumn[]): RoledColumn[] {
  const periodic = cols.filter((c) => periodOf(c) !== undefined && holdsFigures(c));
  const distinct = new Set(periodic.map(periodOf));
  return periodic.length >= MIN_WIDE_COLUMNS && distinct.size >= 2 ? periodic : [];
}

/** With no column named for the metric, the first column of plain distinct names holds it ("Table", "Finance"). */
function nameTheMetric(cols: RoledColumn[]): void {
  if (cols.some((c) => c.role === 'kpi' || c.role === 'goal')) return;
  const names = cols.find((c) => {
    const p = c.input.profile;
    return c.role === 'other' && c.headerStrength === 0 && p.n > 0 && p.types.text >= 0.7 * p.n;
  });
  if (names) {
    names.role = 'kpi';
    names.confidence = 0.5;
  }
}

const MEASURED: ReadonlySet<string> = new Set(['kpi', 'actual', 'target']);

const textShare = (c: RoledColumn): number =>
  c.input.profile.n === 0 ? 0 : c.input.profile.types.text / c.input.profile.n;
const figureShare = (c: RoledColumn): number =>
  c.input.profile.n === 0 ? 0 : c.input.profile.numeric / c.input.profile.n;

/**
 * A scorecard kept one row per person (or shop, or team) and one column per measure ("Name", "AHT",
 * "Adherence", "Quality"): every column but the names holds figures under a header that is not a
 * Rudder word, so each header is a KPI's name and the figures are its actuals. An order list or a
 * budget names its figure columns with everyday words (quantity, price, planned) and is left alone.
 */
function settleMeasureColumns(cols: RoledColumn[]): KindResult | undefined {
  // The names column is headed by a vague word ("Name", "Agent"), not by a category or a role.
  if (cols.length < 3 || textShare(cols[0]) < 0.7 || cols[0].headerStrength >= 0.5) return undefined;
  const measures = cols.slice(1);
  // Money down every column is a budget or a projection more often than a scorecard.
  const money = (c: RoledColumn): boolean => c.input.profile.types.money > c.input.profile.n / 2;
  const plain = measures.every(
    (c) =>
      c.headerStrength === 0 && c.input.name !== '' && figureShare(c) >= 0.7 && !money(c) && periodOf(c) === undefined,
  );
  if (!plain) return undefined;
  for (const col of measures) {
    col.role = 'actual';
    col.confidence = 0.5;
  }
  cols[0].role = 'owner';
  cols[0].confidence = 0.5;
  return { kind: 'kpis', confidence: 0.6 };
}

/**
 * Gives the period columns of a history their role and says which layout the table has; a wide
 * history of figures is a KPI table unless its rows are already known to be goals.
 */
export function settleLayout(cols: RoledColumn[], kind: KindResult): { layout: TableLayout; kind: KindResult } {
  if (kind.kind === 'swot' || kind.kind === 'strategy') return { layout: 'flat', kind };
  const wide = widePeriodColumns(cols);
  if (wide.length > 0) {
    for (const col of wide) {
      col.role = 'period';
      col.confidence = PERIOD_CONFIDENCE;
    }
    nameTheMetric(cols);
    const settled: KindResult = kind.kind === 'other' ? { kind: 'kpis', confidence: 0.7 } : kind;
    return { layout: 'wide', kind: settled };
  }
  if (kind.kind === 'other' || (kind.kind === 'goals' && cols[0]?.headerStrength < 0.6)) {
    const scorecard = settleMeasureColumns(cols);
    if (scorecard) return { layout: 'flat', kind: scorecard };
  }
  const periods = cols.filter((c) => c.role === 'period');
  if (periods.length > 0 && cols.some((c) => MEASURED.has(c.role))) {
    // A long history has one period column: the one whose cells are dates or periods; "Months left" is a figure.
    const temporal = (c: RoledColumn): number => {
      const p = c.input.profile;
      return p.n === 0 ? 0 : (p.types.date + p.types.period + p.serialLike) / p.n;
    };
    const kept = [...periods].sort((a, b) => temporal(b) - temporal(a))[0];
    for (const col of periods) {
      if (col === kept) continue;
      col.role = 'other';
      col.confidence = 0.4;
    }
    return { layout: 'long', kind };
  }
  return { layout: 'flat', kind };
}
