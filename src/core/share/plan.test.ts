import { serialFromYmd } from '../dates';
import { cellError, type CellValue } from '../grid/types';
import { BAD_INPUT_TEXT } from './badInputMessages';
import { SHARE_TEXT } from './messages';
import type { NativeForm } from './nativeRewrite';
import { countActions, planCell, type PlanContext, type ShareCell } from './plan';

const DAY = serialFromYmd(2027, 1, 15);

/** Arguments read as unknown; `compute` stands for Rudder's own functions. */
function context(compute: PlanContext['compute'] = () => undefined, form: NativeForm = 'let'): PlanContext {
  return { form, date: DAY, valueOf: () => () => undefined, compute };
}

const cell = (formula: string, cached?: CellValue): ShareCell => ({ sheet: 'KPIs', address: 'N2', formula, cached });

describe('what the advisor copy does with one Rudder cell', () => {
  it('ignores a cell without a Rudder call', () => {
    expect(planCell(cell('=SUM(A1:A3)'), context())).toBeNull();
  });

  it('writes a whole KPI call as its native formula, with a dated note saying so', () => {
    const plan = planCell(cell('=RUDDER.KPI_STATUS(B2,C2,"lower")'), context());
    expect(plan).toMatchObject({ action: 'native', functions: ['RUDDER.KPI_STATUS'] });
    expect(plan?.formula).toMatch(/^=LET\(/);
    expect(plan?.note).toBe(SHARE_TEXT.noteNative('KPI_STATUS', DAY));
  });

  it('rewrites a KPI call nested in the user formula natively and keeps the rest as written', () => {
    const plan = planCell(cell('=IF(RUDDER.KPI_STATUS(B2,C2)="Missed","Call Jon","")'), context());
    expect(plan?.action).toBe('partial');
    expect(plan?.formula).toMatch(/^=IF\(\(LET\(/);
    expect(plan?.formula?.endsWith(')="Missed","Call Jon","")')).toBe(true);
    expect(plan?.note).toBe(SHARE_TEXT.notePartial('RUDDER.KPI_STATUS', DAY));
  });

  it('puts the computed value in place of a nested SMART call, and the note says a value was kept', () => {
    const plan = planCell(
      cell('=IF(RUDDER.SMARTSCORE(A2)<60,"Rewrite","OK")'),
      context((_, call) => (call.name === 'SMARTSCORE' ? 40 : undefined)),
    );
    expect(plan).toMatchObject({ action: 'partial', formula: '=IF(40<60,"Rewrite","OK")' });
    expect(plan?.note).toContain('the value otherwise');
  });

  it('writes a whole call it cannot rewrite as the value Rudder computes, with the reason', () => {
    const plan = planCell(
      cell('=RUDDER.KPI_STATUS(B2:B3,C2:C3)'),
      context(() => 'On track'),
    );
    expect(plan).toMatchObject({ action: 'computed', value: 'On track', reason: SHARE_TEXT.whyNotNative.range });
    expect(plan?.note).toBe(SHARE_TEXT.noteComputed('RUDDER.KPI_STATUS', DAY));
  });

  it('falls back to the value Excel saved, and says so, when Rudder cannot compute the call', () => {
    const plan = planCell(cell('=RUDDER.SMARTSCORE(A2&B2)', 55), context());
    expect(plan).toMatchObject({ action: 'cached', value: 55, note: SHARE_TEXT.noteCached('RUDDER.SMARTSCORE', DAY) });
  });

  it('leaves the cell empty with a note when there is neither a saved value nor a way to compute one', () => {
    for (const cached of [undefined, cellError('#NAME?')]) {
      const plan = planCell(cell('=RUDDER.SMARTSCORE(A2&B2)', cached), context());
      expect(plan).toMatchObject({ action: 'missing', value: null });
      expect(plan?.note).toBe(SHARE_TEXT.noteMissing('RUDDER.SMARTSCORE', DAY));
    }
  });

  it('treats a Rudder call inside another Rudder call as a value (the outer one cannot be native)', () => {
    const plan = planCell(
      cell('=RUDDER.KPI_PROGRESS(RUDDER.KPI_PROGRESS(B2,C2),1)', 0.4),
      context(() => 0.9),
    );
    expect(plan).toMatchObject({ action: 'cached', value: 0.4 });
  });

  it('writes values only when asked for them, even where a native form exists', () => {
    const plan = planCell(
      cell('=RUDDER.KPI_STATUS(B2,C2)'),
      context(() => 'Achieved', 'values'),
    );
    expect(plan).toMatchObject({ action: 'computed', value: 'Achieved', reason: SHARE_TEXT.whyNotNative.values });
  });

  it('counts the cells per path for the summary line', () => {
    const plans = [
      planCell(cell('=RUDDER.KPI_STATUS(B2,C2)'), context()),
      planCell(cell('=RUDDER.SMARTSCORE(A2)', 70), context()),
      planCell(cell('=RUDDER.SMARTSCORE(A2)'), context()),
    ].filter((p) => p !== null);
    expect(countActions(plans)).toEqual({ native: 1, partial: 0, computed: 0, cached: 1, missing: 1 });
  });
});

describe("Excel's 8,192-character limit in the advisor copy", () => {
  it('keeps values where several KPI calls in one cell would make the formula too long', () => {
    const ref = (c: string): string => `'Quarterly KPI tracker 2027'!$${c}$1000`;
    const call = `RUDDER.KPI_STATUS(${['B', 'C', 'D', 'E', 'F', 'G', 'H'].map(ref).join(',')})`;
    const plan = planCell(
      cell(`=IF(${call}="Missed",${call},${call})`, 'On track'),
      context(() => 'Missed'),
    );
    expect(plan).toMatchObject({
      action: 'partial',
      formula: '=IF("Missed"="Missed","Missed","Missed")',
      reason: BAD_INPUT_TEXT.tooLong(8192),
    });
  });

  it('still writes one KPI call with long references as a plain formula', () => {
    const ref = (c: string): string => `'Quarterly KPI tracker 2027'!$${c}$1000`;
    const plan = planCell(cell(`=RUDDER.KPI_STATUS(${['B', 'C', 'D'].map(ref).join(',')})`), context());
    expect(plan?.action).toBe('native');
    expect((plan?.formula ?? '').length).toBeLessThanOrEqual(8192);
  });
});
