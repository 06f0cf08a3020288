import { findRudderCalls } from './formulaScan';
import { SHARE_TEXT } from './messages';
import { argumentShape, nativeForCall, rewriteToNative } from './nativeRewrite';

const callOf = (formula: string) => findRudderCalls(formula)[0];

describe('rewriting KPI calls as plain Excel formulas', () => {
  it('keeps the argument text as written: absolute cells, other sheets, structured references', () => {
    const native = nativeForCall(callOf("=RUDDER.KPI_STATUS($B$2,'Q3 plan'!C2,[@Direction])"), 'let');
    if (!native.ok) throw new Error(native.reason);
    expect(native.text).toContain('$B$2');
    expect(native.text).toContain("'Q3 plan'!C2");
    expect(native.text).toContain('[@Direction]');
    expect(native.text).not.toMatch(/RUDDER/i);
  });

  it('writes a blank "as of" as today, as the custom function reads it', () => {
    const native = nativeForCall(callOf('=RUDDER.KPI_STATUS(B2,C2,,,E2,F2,G2)'), 'inline');
    if (!native.ok) throw new Error(native.reason);
    expect(native.text).toContain('IF(G2="",TODAY(),G2)');
  });

  it('wraps a nested call in brackets so the formula around it keeps its meaning', () => {
    const out = rewriteToNative('=IF(RUDDER.KPI_PROGRESS(B2,C2)>0.5,"half way","")', 'let');
    expect(out).toMatch(/^=IF\(\(LET\(/);
    expect(out?.endsWith(')>0.5,"half way","")')).toBe(true);
  });

  it('says why when there is no safe native form', () => {
    expect(nativeForCall(callOf('=RUDDER.KPI_STATUS(B2:B9,C2)'), 'let')).toEqual({
      ok: false,
      reason: SHARE_TEXT.whyNotNative.range,
    });
    expect(nativeForCall(callOf('=RUDDER.KPI_STATUS(B2*2,C2)'), 'let')).toEqual({
      ok: false,
      reason: SHARE_TEXT.whyNotNative.expression,
    });
    expect(nativeForCall(callOf('=RUDDER.KPI_STATUS(B2,C2)'), 'let', () => '$1,200')).toEqual({
      ok: false,
      reason: SHARE_TEXT.whyNotNative.textInput('actual', '$1,200'),
    });
    expect(nativeForCall(callOf('=RUDDER.KPI_STATUS(B2,C2,,,,,,"high")'), 'let')).toEqual({
      ok: false,
      reason: SHARE_TEXT.whyNotNative.thresholds,
    });
    expect(nativeForCall(callOf('=RUDDER.KPI_STATUS(B2,C2)'), 'values')).toEqual({
      ok: false,
      reason: SHARE_TEXT.whyNotNative.values,
    });
  });

  it('has no native form for SMART functions, and leaves the whole formula to the value path', () => {
    expect(nativeForCall(callOf('=RUDDER.SMARTSCORE(A2)'), 'let').ok).toBe(false);
    expect(rewriteToNative('=RUDDER.SMARTSCORE(A2)+RUDDER.KPI_PROGRESS(B2,C2)')).toBeNull();
    expect(rewriteToNative('=RUDDER.KPI_PROGRESS(RUDDER.KPI_PROGRESS(B2,C2),1)')).toBeNull();
  });

  it('tells single cells and literals from ranges and expressions', () => {
    expect(['B2', '$B$2', 'Sheet2!B2', '[@Actual]', 'T[[#This Row],[Actual]]'].map(argumentShape)).toEqual([
      'cell',
      'cell',
      'cell',
      'cell',
      'cell',
    ]);
    expect(['', '12.5', '"lower"', 'TODAY()', 'B2:B9', 'T[Actual]', 'B2+1'].map(argumentShape)).toEqual([
      'blank',
      'number',
      'string',
      'today',
      'range',
      'range',
      'expression',
    ]);
  });
});
