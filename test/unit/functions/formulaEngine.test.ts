/**
 * Rudder's functions evaluated by a real spreadsheet engine (HyperFormula), so arguments arrive
 * as a spreadsheet passes them: cell references, ranges, blanks, DATE() serials, spills.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { serialFromYmd } from '../../../src/core/dates/serial';
import { createRudderFunctions } from '../../../src/functions/registry';
import { buildEngine } from '../../../src/host/memory/engine';

const TODAY = serialFromYmd(2027, 1, 15);

function sheet(rows: (string | number | null)[][]): { hf: HyperFormula; value: (a1: string) => unknown } {
  const hf = buildEngine({ functions: createRudderFunctions(() => TODAY), maxRows: 1000 });
  const name = hf.addSheet('Goals');
  const id = hf.getSheetId(name) ?? 0;
  hf.setSheetContent(id, rows);
  return {
    hf,
    value: (a1) => {
      const address = hf.simpleCellAddressFromString(a1, id);
      if (!address) throw new Error(a1);
      return hf.getCellValue(address);
    },
  };
}

describe('RUDDER functions in a spreadsheet engine', () => {
  it('scores the goal in the cell a formula points at', () => {
    const { value } = sheet([
      ['Increase sales of our new product line by 15% in the next quarter', '=RUDDER.SMARTSCORE(A1)'],
      ['Increase sales', '=RUDDER.SMARTSCORE(A2)'],
    ]);
    expect(value('B1')).toBeGreaterThanOrEqual(90);
    expect(value('B2')).toBeLessThanOrEqual(30);
  });

  it('spills one score per goal from a single formula over a column', () => {
    const { value } = sheet([
      ['Increase sales', '=RUDDER.SMARTSCORE(A1:A3)'],
      ['Cut flour waste from 8% to 5% by 30 June 2027', null],
      ['Grow', null],
    ]);
    expect(typeof value('B1')).toBe('number');
    expect(typeof value('B2')).toBe('number');
    expect(typeof value('B3')).toBe('number');
    expect(value('B2') as number).toBeGreaterThan(value('B1') as number);
  });

  it('spills a SMARTPROFILE row of five scores', () => {
    const { value } = sheet([
      ['Reduce customer complaints from 40 to 10 a month by 30 June 2027', '=RUDDER.SMARTPROFILE(A1)'],
    ]);
    for (const col of ['B', 'C', 'D', 'E', 'F']) expect(value(`${col}1`)).toEqual(expect.any(Number));
  });

  it('reads dates made by DATE() and blanks in optional arguments', () => {
    const { value } = sheet([
      [
        230,
        260,
        'higher',
        200,
        '=DATE(2027,1,1)',
        '=DATE(2027,12,31)',
        '=DATE(2027,7,2)',
        '=RUDDER.KPI_STATUS(A1,B1,C1,D1,E1,F1,G1)',
      ],
      [80, 100, 'lower', null, null, null, null, '=RUDDER.KPI_STATUS(A2,B2,C2,D2,E2,F2,G2)'],
      [null, 100, null, null, null, null, null, '=RUDDER.KPI_STATUS(A3,B3)'],
      [25, 10, 'lower', 40, null, null, null, '=RUDDER.KPI_PROGRESS(A4,B4,C4,D4)'],
    ]);
    expect(value('H1')).toBe('On track');
    expect(value('H2')).toBe('Achieved');
    expect(value('H3')).toBe('No data');
    expect(value('H4')).toBeCloseTo(0.5);
  });

  it('shows #VALUE! with the message for an unknown direction word', () => {
    const { value } = sheet([[5, 10, 'sideways', '=RUDDER.KPI_STATUS(A1,B1,C1)']]);
    const cell = value('D1');
    expect(cell).toBeInstanceOf(DetailedCellError);
    expect((cell as DetailedCellError).value).toBe('#VALUE!');
    expect((cell as DetailedCellError).message).toMatch(/^direction: /);
  });

  it('lets native formulas use Rudder results', () => {
    const { value } = sheet([[120, 100, 'lower', '=IF(RUDDER.KPI_STATUS(A1,B1,C1)="Achieved","ok","act now")']]);
    expect(value('D1')).toBe('act now');
  });

  describe('forecast functions over ranges of history', () => {
    const history = (): ReturnType<typeof sheet> =>
      sheet([
        [
          '=DATE(2026,1,31)',
          '=DATE(2026,2,28)',
          '=DATE(2026,3,31)',
          '=DATE(2026,4,30)',
          '=DATE(2026,5,31)',
          '=DATE(2026,6,30)',
        ],
        [120, 131, 128, 142, 150, 149],
        [
          '=RUDDER.KPI_FORECAST(A2:F2,A1:F1,DATE(2026,9,30),"linear")',
          '=AVERAGE(A2:F2)+SLOPE(A2:F2,A1:F1)*(DATE(2026,9,30)-AVERAGE(A1:F1))',
        ],
        [
          '=RUDDER.KPI_TREND(A2:F2,A1:F1)',
          '=RUDDER.KPI_OUTLOOK(A2:F2,A1:F1,140,"higher",DATE(2026,9,30))',
          'right of outlook',
        ],
        [
          '=RUDDER.KPI_CHANCE(A2:F2,A1:F1,140,"higher",DATE(2026,9,30))',
          '=RUDDER.KPI_FORECAST(A2:F2,A1:F1,DATE(2026,9,30))',
        ],
        ['=RUDDER.KPI_FORECAST(A2:F2,A1:E1,DATE(2026,9,30))', null],
      ]);

    // HyperFormula has no FORECAST: its SLOPE and the means give FORECAST.LINEAR's definition.
    it('gives FORECAST.LINEAR\'s value for method "linear" (within 1e-9)', () => {
      const { value } = history();
      expect(typeof value('A3')).toBe('number');
      expect(Math.abs((value('A3') as number) - (value('B3') as number))).toBeLessThan(1e-9);
    });

    it('answers one cell per formula, without spilling over its neighbours', () => {
      const { value } = history();
      expect(value('A4')).toBe('Improving');
      expect(value('B4')).toBe('Achieved');
      expect(value('C4')).toBe('right of outlook');
      expect(value('A5') as number).toBeGreaterThan(0.5);
      expect(value('B5') as number).toBeGreaterThan(140);
      expect(value('A6')).toBeInstanceOf(DetailedCellError);
      expect((value('A6') as DetailedCellError).message).toMatch(/^dates has 5 cells but values has 6/);
    });
  });
});
