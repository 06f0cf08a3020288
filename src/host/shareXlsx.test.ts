import ExcelJS from 'exceljs';
import { KPI_COLUMNS } from '../core/structure/columns';
import { advisorCopyBytes, advisorCopyFileBytes, prepareShareCopy } from './shareXlsx';
import { openXlsxBytes } from './xlsx';

jest.setTimeout(60_000);

const TODAY = 46402;
const ROWS = 30;

/** A RudderKPIs table whose Status and Progress are Rudder formulas with saved values, as Excel saves them. */
async function kpiBook(noteOn?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const r = i + 2;
    return [
      `K-${i + 1}`,
      `KPI number ${i + 1}`,
      'G-001',
      i % 3 === 0 ? 'lower' : 'higher',
      'count',
      100,
      i % 3 === 0 ? 60 : 160,
      i === 5 ? null : 90 + i,
      TODAY,
      46300,
      46600,
      'Monthly',
      `Owner ${i % 4}`,
      { formula: `RUDDER.KPI_STATUS(H${r},G${r},D${r},F${r},J${r},K${r},TODAY())`, result: 'On track' },
      { formula: `RUDDER.KPI_PROGRESS(H${r},G${r},D${r},F${r})`, result: 0.5 },
    ];
  });
  ws.addTable({ name: 'RudderKPIs', ref: 'A1', columns: KPI_COLUMNS.map((c) => ({ name: c.header })), rows });
  if (noteOn !== undefined) ws.getCell(noteOn).note = 'Checked by the accountant';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every cell of every sheet as ExcelJS reads it back: formula (moved to the cell), saved value and note. */
async function readBack(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.formula ? JSON.stringify(cell.result ?? null) : JSON.stringify(cell.value);
        const note = typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note ?? null);
        out.push(`${ws.name}!${cell.address} ${cell.formula ?? ''} ${value} ${note}`);
      }),
    ),
  );
  return out;
}

async function bothCopies(book: Uint8Array): Promise<{ file: Uint8Array; plain: Uint8Array; rowsLeft: number }> {
  const filePort = await openXlsxBytes(book);
  const fileOutcome = await prepareShareCopy(filePort, { today: TODAY, title: 'Test' });
  const file = await advisorCopyFileBytes(filePort, fileOutcome);
  const plainPort = await openXlsxBytes(book);
  const plain = await advisorCopyBytes(
    plainPort.workbook,
    await prepareShareCopy(plainPort, { today: TODAY, title: 'Test' }),
  );
  return { file, plain, rowsLeft: filePort.workbook.getWorksheet('KPIs')?.rowCount ?? -1 };
}

describe('the advisor copy of a file', () => {
  it('writes the KPI rows apart from ExcelJS and reads back as the copy ExcelJS writes whole, notes on their cells', async () => {
    const { file, plain, rowsLeft } = await bothCopies(await kpiBook());
    expect(rowsLeft).toBe(2);
    const cells = await readBack(file);
    expect(cells).toEqual(await readBack(plain));
    expect(cells.filter((c) => c.includes('Rudder:')).length).toBe(ROWS * 2);
    expect(cells.find((c) => c.startsWith(`KPIs!N${ROWS + 1} `))).toMatch(new RegExp(`\\bH${ROWS + 1}\\b`));
  });

  it("keeps a user's note lower down on its cell, with ExcelJS writing that sheet whole", async () => {
    const { file, plain, rowsLeft } = await bothCopies(await kpiBook('B20'));
    expect(rowsLeft).toBe(ROWS + 1);
    const cells = await readBack(file);
    expect(cells).toEqual(await readBack(plain));
    expect(cells.find((c) => c.startsWith('KPIs!B20 '))).toMatch(/Checked by the accountant$/);
  });
});
