/**
 * RudderKPIs's Actual and As of for a KPI with history: live formulas over RudderHistory in plain Excel
 * functions, so they compute without Rudder, in Excel 2016, in LibreOffice and in the playground's engine. No
 * MAXIFS (Excel 2019), no XLOOKUP or LET, no LOOKUP(2,1/(…)) (the playground's engine lacks LOOKUP): SUMPRODUCT
 * evaluates its arrays without Ctrl+Shift+Enter everywhere.
 */
import { HISTORY_TABLE_NAME } from '../model/history';

const H = HISTORY_TABLE_NAME;

/** Rows of this KPI's history that hold a number in Actual, as 1s and 0s. */
const HAS_VALUE = `(${H}[KPI]=[@ID])*ISNUMBER(${H}[Actual])`;
/** …of the period in As of. */
const OF_LATEST = `${HAS_VALUE}*(${H}[Period]=[@[As of]])`;

export const HISTORY_FORMULAS = {
  /** The latest period with an actual; blank while the KPI has none. */
  asOf: `=IF(SUMPRODUCT(${HAS_VALUE})=0,"",SUMPRODUCT(MAX(${HAS_VALUE}*${H}[Period])))`,
  /** The actual of that period (the mean, should a period have been entered twice). */
  actual: `=IF([@[As of]]="","",SUMPRODUCT(${OF_LATEST},${H}[Actual])/SUMPRODUCT(${OF_LATEST}))`,
  /**
   * The KPI's outlook from its history (RUDDER.KPI_OUTLOOK skips the blanks IF leaves for other KPIs' rows). This
   * one needs Rudder: an advisor copy keeps its value with a note, as for the other outlooks.
   */
  outlook: `=RUDDER.KPI_OUTLOOK(IF(${H}[KPI]=[@ID],${H}[Actual],""),IF(${H}[KPI]=[@ID],${H}[Period],""),[@Target],[@Direction],[@Due],TODAY(),[@Baseline])`,
} as const;

/** Whether a cell's formula is one of these (a re-run keeps them, and a check-in relies on them). */
export function isHistoryFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(`${H}[`);
}

/** A RudderHistory row as the formulas see it. */
export interface HistoryFormulaRow {
  readonly kpi: string;
  readonly period: number | null;
  readonly actual: number | null;
}

/** What the formulas show for one KPI: its latest period with an actual and that period's (mean) actual. */
export interface HistoryLatest {
  readonly asOf: number;
  readonly actual: number;
}

/**
 * What `HISTORY_FORMULAS` compute for each KPI ID, keyed by the ID in upper case (Excel compares text without
 * case), so a copy can save each formula with its result for readers that do not recalculate.
 */
export function latestByKpi(rows: readonly HistoryFormulaRow[]): Map<string, HistoryLatest> {
  const best = new Map<string, { asOf: number; sum: number; count: number }>();
  for (const row of rows) {
    if (row.actual === null || !Number.isFinite(row.actual)) continue;
    const key = row.kpi.trim().toUpperCase();
    const period = row.period ?? 0;
    const seen = best.get(key);
    if (seen === undefined || period > seen.asOf) best.set(key, { asOf: period, sum: row.actual, count: 1 });
    else if (period === seen.asOf) {
      seen.sum += row.actual;
      seen.count++;
    }
  }
  const latest = new Map<string, HistoryLatest>();
  for (const [key, b] of best) latest.set(key, { asOf: b.asOf, actual: b.sum / b.count });
  return latest;
}
