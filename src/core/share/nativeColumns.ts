/**
 * "KPI status as plain Excel formulas": the Status and Progress columns of RudderKPIs written
 * as native formulas over the table's own columns, for Structure to offer as an option. They
 * compute what RUDDER.KPI_STATUS and RUDDER.KPI_PROGRESS compute (proven on the case grid in
 * test/interop/nativeFormulas.test.ts), and work where the add-in is not installed.
 */
import { kpiProgressFormula, kpiStatusFormula, type KpiFormulaRefs } from '../kpi/formula';

/** Excel refuses a formula longer than this many characters (Excel specifications and limits). */
export const EXCEL_FORMULA_LIMIT = 8192;

/** `let`: with LET (Excel 365 and 2021); `inline`: without it (HyperFormula, LibreOffice before 24.8). */
export type NativeKpiForm = 'let' | 'inline';

/** The same cells the RUDDER.* columns of RudderKPIs read (DESIGN §2), as structured references. */
export const KPI_TABLE_REFS: KpiFormulaRefs = {
  actual: '[@Actual]',
  target: '[@Target]',
  direction: '[@Direction]',
  baseline: '[@Baseline]',
  start: '[@Start]',
  due: '[@Due]',
  asOf: 'TODAY()',
};

export interface NativeKpiColumns {
  /** Header text to formula, for the table's formula columns. */
  readonly Status: string;
  readonly Progress: string;
}

/**
 * The native formula columns for RudderKPIs. `inline` writes them without LET, for LibreOffice
 * and other engines without it (Excel refuses the inline status formula: it passes 8,192 characters).
 * @default LET form
 */
export function nativeKpiColumns(options: { readonly inline?: boolean } = {}): NativeKpiColumns {
  const progressRefs: KpiFormulaRefs = {
    actual: KPI_TABLE_REFS.actual,
    target: KPI_TABLE_REFS.target,
    direction: KPI_TABLE_REFS.direction,
    baseline: KPI_TABLE_REFS.baseline,
  };
  return { Status: kpiStatusFormula(KPI_TABLE_REFS, options), Progress: kpiProgressFormula(progressRefs, options) };
}
