import type { ExcelArg, ExcelResult, ExcelScalar, RudderFunction } from '../../functions/types';
import { MemoryWorkbook } from './memoryWorkbook';

function fn(name: string, params: number, evaluate: (args: readonly ExcelArg[]) => ExcelResult): RudderFunction {
  return {
    name,
    params: Array.from({ length: params }, (_, i) => ({ name: `p${i}`, optional: i > 0 })),
    evaluate,
  };
}

/** Doubles numbers, keeps the shape of what it is given. */
const DOUBLE = fn('DOUBLE', 1, ([x]) => {
  if (Array.isArray(x))
    return (x as readonly (readonly ExcelScalar[])[]).map((row) =>
      row.map((v) => (typeof v === 'number' ? v * 2 : { error: '#VALUE!', message: 'DOUBLE needs numbers' })),
    );
  return typeof x === 'number' ? x * 2 : { error: '#VALUE!', message: 'DOUBLE needs a number' };
});
/** Always a 1x3 row, like SMARTPROFILE. */
const TRIPLE = fn('TRIPLE', 1, ([x]) => [[x === null ? 'blank' : String(x), 2, 3]]);
/** Reports how it saw its arguments. */
const ECHO = fn('ECHO', 3, (args) =>
  args
    .map((a) =>
      a === null
        ? 'null'
        : Array.isArray(a)
          ? `range ${a.length}x${(a as readonly (readonly unknown[])[])[0]?.length ?? 0}`
          : typeof a,
    )
    .join(','),
);
const MISSING = fn('MISSING', 1, () => ({ error: '#N/A', message: 'No goal given' }));

async function workbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ functions: [DOUBLE, TRIPLE, ECHO, MISSING] });
  await wb.addSheet('S');
  return wb;
}

describe('Rudder functions in the memory workbook', () => {
  it('calls a function registered as RUDDER.<NAME> on a single cell', async () => {
    const wb = await workbook();
    await wb.writeBlock('S', 'A1', [[21, { formula: '=RUDDER.DOUBLE(A1)' }, { formula: '=rudder.double(4)' }]]);
    const snap = await wb.readRange('S', 'B1:C1');
    expect(snap.values).toEqual([[42, 8]]);
  });

  it('passes ranges as 2-D arrays, blanks and omitted arguments as null', async () => {
    const wb = await workbook();
    await wb.writeBlock('S', 'A1', [[1, 2], [3, 4], [{ formula: '=RUDDER.ECHO(A1:B2, C9)' }]]);
    expect((await wb.readRange('S', 'A3')).values).toEqual([['range 2x2,null,null']]);
  });

  it('spills a range result to the shape of its range argument', async () => {
    const wb = await workbook();
    await wb.writeBlock('S', 'A1', [[1], [2], [3]]);
    await wb.writeBlock('S', 'B1', [[{ formula: '=RUDDER.DOUBLE(A1:A3)' }]]);
    expect((await wb.readRange('S', 'B1:B3')).values).toEqual([[2], [4], [6]]);
  });

  it('spills a fixed-shape row from a single-cell argument', async () => {
    const wb = await workbook();
    await wb.writeBlock('S', 'A1', [['goal', { formula: '=RUDDER.TRIPLE(A1)' }]]);
    expect((await wb.readRange('S', 'B1:D1')).values).toEqual([['goal', 2, 3]]);
  });

  it('turns returned errors into error values with their message', async () => {
    const wb = await workbook();
    await wb.writeBlock('S', 'A1', [['text', { formula: '=RUDDER.DOUBLE(A1)' }, { formula: '=RUDDER.MISSING()' }]]);
    expect((await wb.readRange('S', 'B1:C1')).values).toEqual([
      [
        { kind: 'error', code: '#VALUE!' },
        { kind: 'error', code: '#N/A' },
      ],
    ]);
    expect(wb.getCellDisplay('S', 0, 1).errorMessage).toBe('DOUBLE needs a number');
    expect(wb.getCellDisplay('S', 0, 2).errorMessage).toBe('No goal given');
  });

  it('propagates an error argument without calling the function', async () => {
    const wb = await workbook();
    await wb.writeBlock('S', 'A1', [[{ formula: '=1/0' }, { formula: '=RUDDER.ECHO(A1)' }]]);
    expect((await wb.readRange('S', 'B1')).values).toEqual([[{ kind: 'error', code: '#DIV/0!' }]]);
  });

  it('does not know Rudder functions unless they were given', async () => {
    const wb = new MemoryWorkbook();
    await wb.addSheet('S');
    await wb.writeBlock('S', 'A1', [[{ formula: '=RUDDER.DOUBLE(2)' }]]);
    expect((await wb.readRange('S', 'A1')).values).toEqual([[{ kind: 'error', code: '#NAME?' }]]);
  });

  it('evaluates table formula columns with structured references per row, reporting the original text', async () => {
    const wb = await workbook();
    await wb.upsertTable({
      name: 'T',
      sheet: 'S',
      topLeft: 'A1',
      columns: [
        { header: 'Goal' },
        { header: 'As of' },
        { header: 'Out', formula: '=RUDDER.DOUBLE([@Goal])+[@[As of]]+SUM(T[Goal])' },
      ],
      rows: [
        [1, 10, null],
        [2, 20, null],
      ],
    });
    const snap = await wb.readRange('S', 'C2:C3');
    expect(snap.values).toEqual([[2 + 10 + 3], [4 + 20 + 3]]);
    expect(snap.formulas?.[0][0]).toBe('=RUDDER.DOUBLE([@Goal])+[@[As of]]+SUM(T[Goal])');
  });
});
