import { findRudderCalls } from './formulaScan';
import { SHARE_TEXT } from './messages';
import { nativeForCall, rewriteToNative } from './nativeRewrite';

describe('KPI_FORECAST in the advisor copy', () => {
  it('becomes native FORECAST when the method is "linear"', () => {
    expect(rewriteToNative('=RUDDER.KPI_FORECAST(B2:M2,B1:M1,N1,"linear")')).toBe('=FORECAST(N1,B2:M2,B1:M1)');
    expect(rewriteToNative('=ROUND(RUDDER.KPI_FORECAST(History!C2:C13, History!B2:B13, TODAY(), "Linear"), 0)')).toBe(
      '=ROUND(FORECAST(TODAY(),History!C2:C13,History!B2:B13), 0)',
    );
  });

  it('keeps the value, with the reason, for any other method', () => {
    for (const formula of ['=RUDDER.KPI_FORECAST(B2:M2,B1:M1,N1)', '=RUDDER.KPI_FORECAST(B2:M2,B1:M1,N1,"damped")']) {
      expect(rewriteToNative(formula)).toBeNull();
      expect(nativeForCall(findRudderCalls(formula)[0], 'let')).toEqual({
        ok: false,
        reason: SHARE_TEXT.whyNotNative.forecastMethod,
      });
    }
  });

  it('keeps the value when the date argument is text only the add-in reads', () => {
    expect(rewriteToNative('=RUDDER.KPI_FORECAST(B2:M2,B1:M1,"2027-06-30","linear")')).toBeNull();
  });

  it('leaves KPI_OUTLOOK and KPI_CHANCE to the value path', () => {
    expect(rewriteToNative('=RUDDER.KPI_OUTLOOK(B2:M2,B1:M1,150)')).toBeNull();
  });
});
