/**
 * What the advisor copy does with one cell that holds a Rudder formula: the native formula
 * where one exists, else the value (computed by Rudder's own functions where the call's
 * arguments can be read, else the value Excel saved), always with a note saying which and when.
 * Nested calls are replaced one by one, so the user's formula around them stays live.
 */
import { isCellError, type CellValue } from '../grid/types';
import { formatNumber, type KpiFormulaWriter } from '../kpi/formula';
import { BAD_INPUT_TEXT } from './badInputMessages';
import { findRudderCalls, letFileForm, replaceCalls, type RudderCall } from './formulaScan';
import { EXCEL_FORMULA_LIMIT } from './nativeColumns';
import { SHARE_TEXT } from './messages';
import { nativeForCall, type ArgumentValue, type NativeForm } from './nativeRewrite';

export interface ShareCell {
  readonly sheet: string;
  readonly address: string;
  /** With or without the leading `=`. */
  readonly formula: string;
  /** The value saved with the file; `undefined` when the file holds none. */
  readonly cached: CellValue | undefined;
}

export interface PlanContext {
  readonly form: NativeForm;
  /** Excel serial of the day the copy is made (the notes quote it). */
  readonly date: number;
  /** What a single-cell argument of a call in this cell holds. */
  valueOf(cell: ShareCell): ArgumentValue;
  /** The call's result computed by Rudder's functions, or undefined when its arguments cannot be read. */
  compute(cell: ShareCell, call: RudderCall): CellValue | undefined;
  /** Writes the native KPI formulas; one per copy, so each formula shape is generated once. */
  readonly formulas?: KpiFormulaWriter;
}

export type CellAction = 'native' | 'partial' | 'computed' | 'cached' | 'missing';

export interface CellPlan {
  readonly sheet: string;
  readonly address: string;
  readonly action: CellAction;
  /** For `native` and `partial`: the new formula, with `=`. */
  readonly formula?: string;
  /** `formula` as .xlsx files must hold it (`letFileForm`), worked out once for the length check and the writer. */
  readonly fileFormula?: string;
  /** For `computed`, `cached` and `missing` (null): the value written. */
  readonly value?: CellValue;
  /**
   * For `native` and `partial`: the value saved with the formula, so previews, viewers and programs
   * that do not calculate show it (Rudder's own result; for `partial` the value Excel saved).
   */
  readonly result?: CellValue;
  readonly note: string;
  /** `RUDDER.KPI_STATUS` …, as the note names them. */
  readonly functions: readonly string[];
  /** Why a KPI call could not stay a formula, when it could not. */
  readonly reason?: string;
}

/** A value as formula text, or null for what a literal cannot hold (errors, odd numbers). */
function literal(value: CellValue): string | null {
  if (value === null) return '""';
  if (typeof value === 'string') return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    try {
      return formatNumber(value);
    } catch {
      return null; // a number without an exact decimal form: keep the whole cell's value instead
    }
  }
  return null;
}

/** An error saved in the file because Excel lacked the add-in (#NAME?) is not a value worth keeping. */
const usable = (v: CellValue | undefined): v is CellValue =>
  v !== undefined && !(isCellError(v) && /^#NAME\?$/i.test(v.code));

const savedValue = (v: CellValue | undefined): { result?: CellValue } => (usable(v) ? { result: v } : {});

function names(calls: readonly RudderCall[]): string[] {
  return [...new Set(calls.map((c) => `RUDDER.${c.name}`))];
}

/** Plans one cell; null when the formula holds no Rudder call. */
export function planCell(cell: ShareCell, ctx: PlanContext): CellPlan | null {
  const formula = cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  const calls = findRudderCalls(formula);
  if (calls.length === 0) return null;
  const base = { sheet: cell.sheet, address: cell.address, functions: names(calls) };
  const fnText = base.functions.join(', ');
  const valueOf = ctx.valueOf(cell);

  const texts: string[] = [];
  const kinds: ('native' | 'value')[] = [];
  let reason: string | undefined;
  for (const call of calls) {
    const nested = call.args.some((a) => findRudderCalls(a).length > 0);
    const native = nested ? null : nativeForCall(call, ctx.form, valueOf, ctx.formulas);
    if (native?.ok) {
      texts.push(native.text);
      kinds.push('native');
      continue;
    }
    if (native && native.reason) reason = native.reason;
    const computed = nested ? undefined : ctx.compute(cell, call);
    const text = computed === undefined ? null : literal(computed);
    if (text === null) {
      texts.length = 0;
      break;
    }
    texts.push(call.whole ? '' : text);
    kinds.push('value');
    if (call.whole && computed !== undefined) {
      return { ...base, action: 'computed', value: computed, note: SHARE_TEXT.noteComputed(fnText, ctx.date), reason };
    }
  }
  if (texts.length === calls.length) {
    const rewritten = replaceCalls(formula, calls, texts);
    const fileFormula = letFileForm(rewritten);
    // A long direction list or several KPI calls in one cell can pass Excel's limit (in the spelling files use): values instead.
    if (ctx.form !== 'values' && kinds.includes('native') && fileFormula.length - 1 > EXCEL_FORMULA_LIMIT) {
      const asValues = planCell(cell, { ...ctx, form: 'values' });
      return asValues && { ...asValues, reason: BAD_INPUT_TEXT.tooLong(EXCEL_FORMULA_LIMIT) };
    }
    if (kinds.every((k) => k === 'native') && calls.length === 1 && calls[0].whole) {
      const note = SHARE_TEXT.noteNative(calls[0].name, ctx.date);
      const result = ctx.compute(cell, calls[0]);
      return { ...base, action: 'native', formula: rewritten, fileFormula, note, ...savedValue(result ?? cell.cached) };
    }
    const note = SHARE_TEXT.notePartial(fnText, ctx.date);
    return { ...base, action: 'partial', formula: rewritten, fileFormula, note, reason, ...savedValue(cell.cached) };
  }
  if (usable(cell.cached))
    return { ...base, action: 'cached', value: cell.cached, note: SHARE_TEXT.noteCached(fnText, ctx.date), reason };
  return { ...base, action: 'missing', value: null, note: SHARE_TEXT.noteMissing(fnText, ctx.date), reason };
}

/** How many cells took each path, for the pane's and the CLI's summary line. */
export function countActions(plans: readonly Pick<CellPlan, 'action'>[]): Record<CellAction, number> {
  const counts: Record<CellAction, number> = { native: 0, partial: 0, computed: 0, cached: 0, missing: 0 };
  for (const p of plans) counts[p.action]++;
  return counts;
}
