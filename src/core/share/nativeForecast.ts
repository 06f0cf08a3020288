/**
 * RUDDER.KPI_FORECAST(values, dates, at, "linear") is Excel's FORECAST on date serials (the function promises
 * FORECAST.LINEAR, and the interop suite checks it against LibreOffice's FORECAST), so the advisor copy writes
 * FORECAST(at, values, dates), which Excel 2007 on and LibreOffice compute. The other methods have no native
 * equivalent: their cells keep the value with a note.
 */
import type { RudderCall } from './formulaScan';
import { SHARE_TEXT } from './messages';
import type { ArgumentShape, NativeResult } from './nativeRewrite';

const LINEAR = /^"linear"$/i;
const SERIES_SHAPES: readonly ArgumentShape[] = ['range', 'cell'];
const AT_SHAPES: readonly ArgumentShape[] = ['number', 'cell', 'today'];

export function nativeForecast(call: RudderCall, shapeOf: (arg: string) => ArgumentShape): NativeResult {
  const [values, dates, at, method] = call.args.map((a) => a.trim());
  if (call.args.length !== 4 || !LINEAR.test(method ?? ''))
    return { ok: false, reason: SHARE_TEXT.whyNotNative.forecastMethod };
  if (
    !SERIES_SHAPES.includes(shapeOf(values)) ||
    !SERIES_SHAPES.includes(shapeOf(dates)) ||
    !AT_SHAPES.includes(shapeOf(at))
  )
    return { ok: false, reason: SHARE_TEXT.whyNotNative.expression };
  const body = `FORECAST(${at},${values},${dates})`;
  return { ok: true, text: body };
}
