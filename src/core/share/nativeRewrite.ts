/**
 * Rewrites RUDDER.KPI_STATUS and RUDDER.KPI_PROGRESS calls as the native formulas of
 * core/kpi/formula.ts (one definition, never a second hand-kept copy), where that is safe:
 * every argument a single cell or a literal, and no text where the native formula needs a
 * number. Anything else is left for the value path, with the reason in plain words.
 */
import type { CellValue } from '../grid/types';
import { parseDirection } from '../kpi/direction';
import { KpiFormulaWriter, type KpiFormulaRefs } from '../kpi/formula';
import type { Direction } from '../kpi/types';
import { findRudderCalls, replaceCalls, type RudderCall } from './formulaScan';
import { ARGUMENT_WORDS, SHARE_TEXT } from './messages';
import { nativeForecast } from './nativeForecast';

/** `let`: LET form (Excel 365 and 2021); `inline`: no LET (LibreOffice, engines without LET); `values`: never native. */
export type NativeForm = 'let' | 'inline' | 'values';

/** The functions that have a native equivalent. */
export const NATIVE_FUNCTIONS: readonly string[] = ['KPI_STATUS', 'KPI_PROGRESS', 'KPI_FORECAST'];

/** What a cell reference in an argument holds, when the caller knows (`undefined`: unknown). */
export type ArgumentValue = (argText: string) => CellValue | undefined;

export type NativeResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const STRING = /^"(?:[^"]|"")*"$/;
const CELL = /^(?:(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?[A-Za-z]{1,3}\$?\d+$/;
// `[@Actual]`, `[@[As of]]`, `Table1[@Actual]`, `Table1[[#This Row],[Actual]]`: this row's cell.
const THIS_ROW = /^(?:[A-Za-z_][A-Za-z0-9_.]*)?\[(?:@(?:[^[\]]+|\[[^\]]+\])|\[#This Row\],\s*\[[^\]]+\])\]$/i;
const SAFE_FUNCTION = /^(TODAY|NOW)\(\)$/i;

export type ArgumentShape = 'blank' | 'number' | 'string' | 'cell' | 'range' | 'today' | 'expression';

/** What kind of argument text this is: a single cell, a literal, or something the rewrite will not touch. */
export function argumentShape(arg: string): ArgumentShape {
  const a = arg.trim();
  if (a === '') return 'blank';
  if (NUMBER.test(a)) return 'number';
  if (STRING.test(a)) return 'string';
  if (CELL.test(a) || THIS_ROW.test(a)) return 'cell';
  if (SAFE_FUNCTION.test(a)) return 'today';
  // A colon outside strings, or a whole-column structured reference: more than one cell.
  if (/:/.test(a.replace(/"(?:[^"]|"")*"/g, '')) || /\[[^@#[]/.test(a) || /\[#(?:All|Data)\]/i.test(a)) return 'range';
  return 'expression';
}

const unquote = (s: string): string => s.slice(1, -1).replace(/""/g, '"');

/** "0.9,0.7" written as a literal becomes the two threshold literals; anything else cannot be native. */
function thresholdRefs(arg: string): { onTrack: string; atRisk: string } | null | undefined {
  const shape = argumentShape(arg);
  if (shape === 'blank') return undefined;
  if (shape !== 'string') return null;
  const parts = unquote(arg.trim()).split(/[,;]\s*/);
  if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p.trim()))) return null;
  return { onTrack: parts[0].trim(), atRisk: parts[1].trim() };
}

/**
 * RUDDER.KPI_STATUS judges a blank or omitted as_of at today (the native formula reads a blank
 * as "no date"), so the rewrite passes today explicitly.
 */
export function asOfRef(ref: string | undefined): string {
  if (ref === undefined || ref === '') return 'TODAY()';
  return argumentShape(ref) === 'cell' ? `IF(${ref}="",TODAY(),${ref})` : ref;
}

const ORDER = ['actual', 'target', 'direction', 'baseline', 'start', 'due', 'asOf'] as const;

/**
 * The direction the call's direction argument holds now, when it can be read: the inline form then
 * writes that direction's branch only (all of them pass Excel's length limit).
 */
function directionNow(call: RudderCall, valueOf: ArgumentValue): Direction | undefined {
  const arg = call.args[2];
  if (arg === undefined) return undefined;
  const shape = argumentShape(arg);
  const value =
    shape === 'blank' ? null : shape === 'string' ? unquote(arg.trim()) : shape === 'cell' ? valueOf(arg) : undefined;
  if (value !== null && typeof value !== 'string') return undefined;
  const parsed = parseDirection(value);
  return parsed.ok ? parsed.value : undefined;
}

/** The native formula for one KPI call (without the leading `=`), or why there is none. */
export function nativeForCall(
  call: RudderCall,
  form: NativeForm,
  valueOf: ArgumentValue = () => undefined,
  formulas: KpiFormulaWriter = new KpiFormulaWriter(),
): NativeResult {
  if (!NATIVE_FUNCTIONS.includes(call.name)) return { ok: false, reason: '' };
  if (form === 'values') return { ok: false, reason: SHARE_TEXT.whyNotNative.values };
  if (call.name === 'KPI_FORECAST') return nativeForecast(call, argumentShape);
  const max = call.name === 'KPI_STATUS' ? 8 : 4;
  if (call.args.length < 2 || call.args.length > max) return { ok: false, reason: SHARE_TEXT.whyNotNative.expression };
  const refs: { -readonly [K in keyof KpiFormulaRefs]?: string } = {};
  for (let i = 0; i < Math.min(call.args.length, ORDER.length); i++) {
    const arg = call.args[i];
    const shape = argumentShape(arg);
    const param = ORDER[i];
    if (shape === 'range') return { ok: false, reason: SHARE_TEXT.whyNotNative.range };
    if (shape === 'expression') return { ok: false, reason: SHARE_TEXT.whyNotNative.expression };
    if (shape === 'blank') continue;
    if (param !== 'direction') {
      // Text where a number belongs ("$1,200", "90-110", "31/03/2027") is the add-in's reading, not Excel's.
      const value = shape === 'string' ? unquote(arg) : shape === 'cell' ? valueOf(arg) : undefined;
      if (typeof value === 'string' && value.trim() !== '') {
        return { ok: false, reason: SHARE_TEXT.whyNotNative.textInput(ARGUMENT_WORDS[param], value) };
      }
    }
    refs[param] = arg.trim();
  }
  if (call.args.length === 8) {
    const t = thresholdRefs(call.args[7]);
    if (t === null) return { ok: false, reason: SHARE_TEXT.whyNotNative.thresholds };
    if (t) Object.assign(refs, t);
  }
  if (call.name === 'KPI_STATUS') refs.asOf = asOfRef(refs.asOf);
  const full = refs as KpiFormulaRefs;
  const options = { inline: form === 'inline', direction: form === 'inline' ? directionNow(call, valueOf) : undefined };
  const formula = call.name === 'KPI_STATUS' ? formulas.status(full, options) : formulas.progress(full, options);
  const body = formula.slice(1);
  return { ok: true, text: call.whole ? body : `(${body})` };
}

/**
 * The formula with every KPI call rewritten natively, or null when some call cannot be (the
 * caller then keeps the value). Non-KPI calls make the whole formula non-native too.
 */
export function rewriteToNative(
  formula: string,
  form: Exclude<NativeForm, 'values'> = 'let',
  valueOf?: ArgumentValue,
): string | null {
  const calls = findRudderCalls(formula);
  if (calls.length === 0) return formula;
  const texts: string[] = [];
  for (const call of calls) {
    if (call.args.some((a) => findRudderCalls(a).length > 0)) return null;
    const native = nativeForCall(call, form, valueOf);
    if (!native.ok) return null;
    texts.push(native.text);
  }
  return replaceCalls(formula, calls, texts);
}
