import { relativeForm, SharedFormulaIndex } from './sharedFormulas';

describe('relativeForm', () => {
  it('gives one formula moved down a row the same form', () => {
    expect(relativeForm('IF(H2="","No data",H2/G2)', 1, 13)).toBe(relativeForm('IF(H3="","No data",H3/G3)', 2, 13));
  });

  it('tells apart formulas that point at different cells', () => {
    expect(relativeForm('H2/G2', 1, 13)).not.toBe(relativeForm('H2/G3', 2, 13));
  });

  it('keeps absolute references fixed', () => {
    expect(relativeForm('H2/$G$1', 1, 13)).toBe(relativeForm('H3/$G$1', 2, 13));
    expect(relativeForm('H2/$G$1', 1, 13)).not.toBe(relativeForm('H3/$G$2', 2, 13));
  });

  it('moves references on other sheets and leaves function names and numbers alone', () => {
    expect(relativeForm("LOG10(Data!B2)+'My sheet'!C2*1E5", 1, 0)).toBe(
      relativeForm("LOG10(Data!B3)+'My sheet'!C3*1E5", 2, 0),
    );
  });

  it('reads names without digits past a colon as whole-column ranges, and long names with digits as names', () => {
    expect(relativeForm('SUM($A:$C)', 1, 0)).toBeNull();
    expect(relativeForm('ABCD1+LOG10(A2)', 1, 0)).toBe(relativeForm('ABCD1+LOG10(A3)', 2, 0));
  });

  it('refuses formulas it cannot move safely', () => {
    expect(relativeForm('SUM(2:2)', 1, 0)).toBeNull();
    expect(relativeForm('SUM(A:A)', 1, 0)).toBeNull();
    expect(relativeForm('RudderKPIs[@Actual]', 1, 0)).toBeNull();
    // A reader moving the formula might move "Q3" inside the string too.
    expect(relativeForm('IF(A2="Q3",1,0)', 1, 0)).toBeNull();
  });
});

describe('SharedFormulaIndex', () => {
  /** The group top each cell points to, cells placed in the order given (row by row). */
  const place = (cells: readonly [row: number, col: number, formula: string][]): (string | undefined)[] => {
    const index = new SharedFormulaIndex<string>();
    return cells.map(([row, col, formula]) => index.masterOf({ row, col, formula }, `${row}:${col}`));
  };

  it('points one formula moved down a column to its top cell', () => {
    expect(
      place([
        [1, 13, 'H2*2'],
        [2, 13, 'H3*2'],
        [3, 13, 'H4*2'],
      ]),
    ).toEqual([undefined, '1:13', '1:13']);
  });

  it('gives alternating forms a group each, spanning the rows between', () => {
    expect(
      place([
        [1, 0, 'B2+1'],
        [2, 0, 'B3-1'],
        [3, 0, 'B4+1'],
        [4, 0, 'B5-1'],
      ]),
    ).toEqual([undefined, undefined, '1:0', '2:0']);
  });

  it('leaves single formulas and other columns alone', () => {
    expect(
      place([
        [1, 0, 'B2+1'],
        [2, 1, 'C3+1'],
        [5, 0, 'Z1'],
      ]),
    ).toEqual([undefined, undefined, undefined]);
  });

  it('points each cell, as cells come row by row, to the top cell of its column whose formula it moves', () => {
    const index = new SharedFormulaIndex<string>();
    const placed = [
      index.masterOf({ row: 1, col: 13, formula: 'H2*2' }, 'N2'),
      index.masterOf({ row: 1, col: 14, formula: 'H2*2' }, 'O2'),
      index.masterOf({ row: 2, col: 13, formula: 'H3*2' }, 'N3'),
      index.masterOf({ row: 2, col: 14, formula: 'H3*3' }, 'O3'),
      index.masterOf({ row: 3, col: 13, formula: 'H4*2' }, 'N4'),
      index.masterOf({ row: 4, col: 13, formula: 'SUM(A:A)' }, 'N5'),
      index.masterOf({ row: 5, col: 13, formula: 'SUM(A:A)' }, 'N6'),
    ];
    expect(placed).toEqual([undefined, undefined, 'N2', undefined, 'N2', undefined, undefined]);
  });

  it('finds the group of a formula spelt otherwise, and starts a new one for a formula that did not move', () => {
    const index = new SharedFormulaIndex<string>();
    expect(index.masterOf({ row: 1, col: 13, formula: 'H2*$G$1' }, 'N2')).toBeUndefined();
    expect(index.masterOf({ row: 2, col: 13, formula: 'h3*$g$1' }, 'N3')).toBe('N2');
    expect(index.masterOf({ row: 3, col: 13, formula: 'H2*$G$1' }, 'N4')).toBeUndefined();
    expect(index.masterOf({ row: 4, col: 13, formula: 'H5*$G$1' }, 'N5')).toBe('N2');
    expect(index.masterOf({ row: 5, col: 13, formula: 'H6*$G$1+1' }, 'N6')).toBeUndefined();
  });
});
