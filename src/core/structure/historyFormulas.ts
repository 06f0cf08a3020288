/**
 * RudderKPIs's Actual and As of for a KPI with history: live formulas over RudderHistory in plain Excel
 * functions, so they compute without Rudder, in Excel 2016 and in LibreOffice. No MAXIFS (Excel 2019), no
 * XLOOKUP or LET: SUMPRODUCT evaluates its arrays without Ctrl+Shift+Enter, and LOOKUP(2,1/(…)) finds the last
 * row whose conditions all hold.
 */
import { HISTORY_TABLE_NAME } from '../model/history';

const H = HISTORY_TABLE_NAME;

/** Rows of this KPI's history that hold a number in Actual, as 1s and 0s. */
const HAS_VALUE = `(${H}[KPI]=[@ID])*ISNUMBER(${H}[Actual])`;

export const HISTORY_FORMULAS = {
  /** The latest period with an actual; blank while the KPI has none. */
  asOf: `=IF(SUMPRODUCT(${HAS_VALUE})=0,"",SUMPRODUCT(MAX(${HAS_VALUE}*${H}[Period])))`,
  /** The actual of that period (the last such row when a period was entered twice). */
  actual: `=IF([@[As of]]="","",LOOKUP(2,1/(${HAS_VALUE}*(${H}[Period]=[@[As of]])),${H}[Actual]))`,
} as const;

/** Whether a cell's formula is one of these (a re-run keeps them, and a check-in relies on them). */
export function isHistoryFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(`${H}[`);
}
