import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { crc32, inflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import { detachRows } from './bulkSheetRows';
import { dataOffset, zipEntries } from './zipParts';
import { XlsxFilePort } from './index';

const ROWS = 40;

/** A sheet of every kind of cell the rows written apart hold, styled the way Structure styles its tables. */
function plainSheet(ws: ExcelJS.Worksheet): void {
  ws.addRow(['ID', 'Goal', 'Due', 'Score', 'Tips', 'Done', 'Check', 'Blank']);
  for (let i = 0; i < ROWS; i++) {
    const row = ws.addRow([
      `G-${i}`,
      i === 3 ? `  Cakes & <pies> "fresh" it's\u0001 ` : `Sell ${i} more loaves`,
      new Date(Date.UTC(2027, i % 12, 28)),
      { formula: `LEN(B${i + 2})`, result: i },
      i % 5 === 0
        ? { formula: `IF(D${i + 2}>0,"ok","")`, result: { error: '#N/A' } }
        : { formula: `IF(D${i + 2}>0,"ok","")`, result: i % 2 === 0 ? 'ok' : true },
      i % 2 === 0,
      i % 7 === 0 ? { error: '#VALUE!' } : i * 1.5,
      null,
    ]);
    row.getCell(3).numFmt = 'yyyy-mm-dd';
    row.getCell(4).numFmt = '0';
    row.getCell(8).numFmt = '0.00%';
  }
  ws.getCell('D5').value = { formula: 'NOW()' };
}

function sheetXml(bytes: Uint8Array, part: string): string {
  const entry = zipEntries(bytes).find((e) => e.name === part);
  if (entry === undefined) throw new Error(`no ${part}`);
  const start = dataOffset(bytes, entry);
  return inflateRawSync(bytes.subarray(start, start + entry.compressedSize)).toString('utf8');
}

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell of every sheet as ExcelJS reads it back: value, formula, saved result and number format. */
function cells(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of workbook.worksheets) {
    out.push(`${ws.name} ${ws.dimensions.range}`);
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) =>
        out.push(`${ws.name}!${cell.address} ${cell.type} ${JSON.stringify(cell.value)} ${cell.numFmt ?? ''}`),
      ),
    );
  }
  return out;
}

describe('saving a workbook with its rows written apart from ExcelJS', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rudder-bulk-rows-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function saved(build: (wb: ExcelJS.Workbook) => void, lastUse = false) {
    const own = new ExcelJS.Workbook();
    build(own);
    const byExcelJs = new Uint8Array(await own.xlsx.writeBuffer());
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    const port = new XlsxFilePort(workbook);
    const out = join(dir, 'out.xlsx');
    await port.saveAs(out, { lastUse });
    return { port, bytes: new Uint8Array(readFileSync(out)), byExcelJs };
  }

  it('reads back cell for cell as the file ExcelJS writes on its own', async () => {
    const { bytes, byExcelJs } = await saved((wb) => plainSheet(wb.addWorksheet('Goals')));
    expect(sheetXml(bytes, 'xl/worksheets/sheet1.xml')).toContain('t="inlineStr"');
    expect(cells(await reopen(bytes))).toEqual(cells(await reopen(byExcelJs)));
  });

  it('keeps text with markup, quotes and surrounding spaces as it was, less what XML cannot hold', async () => {
    const { bytes } = await saved((wb) => plainSheet(wb.addWorksheet('Goals')));
    expect((await reopen(bytes)).worksheets[0].getCell('B5').value).toBe(`  Cakes & <pies> "fresh" it's `);
  });

  it('writes a package whose parts all match their checksums and sizes', async () => {
    const { bytes } = await saved((wb) => plainSheet(wb.addWorksheet('Goals')));
    const entries = zipEntries(bytes);
    expect(entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    for (const entry of entries) {
      const start = dataOffset(bytes, entry);
      const data = bytes.subarray(start, start + entry.compressedSize);
      const raw = entry.method === 8 ? inflateRawSync(data) : data;
      expect([entry.name, raw.length, crc32(raw)]).toEqual([entry.name, entry.uncompressedSize, readCrc(bytes, entry)]);
    }
  });

  it('leaves a sheet to ExcelJS whole when a row holds what only ExcelJS writes (rich text)', async () => {
    const { bytes, byExcelJs } = await saved((wb) => {
      plainSheet(wb.addWorksheet('Goals'));
      wb.worksheets[0].getCell('B30').value = {
        richText: [{ text: 'Bold ', font: { bold: true } }, { text: 'claim' }],
      };
    });
    expect(sheetXml(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('t="inlineStr"');
    expect(cells(await reopen(bytes))).toEqual(cells(await reopen(byExcelJs)));
  });

  it('leaves a sheet to ExcelJS whole when a cell has a style its first rows do not show', async () => {
    const { bytes } = await saved((wb) => {
      plainSheet(wb.addWorksheet('Goals'));
      wb.worksheets[0].getCell('A20').font = { bold: true };
    });
    expect(sheetXml(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('t="inlineStr"');
    expect((await reopen(bytes)).worksheets[0].getCell('A20').font?.bold).toBe(true);
  });

  it('gives a styled cell the style index ExcelJS gave the same style above it', async () => {
    const { bytes } = await saved((wb) => {
      const ws = wb.addWorksheet('Goals');
      plainSheet(ws);
      for (let r = 1; r <= ROWS + 1; r++) ws.getCell(r, 1).font = { italic: true };
    });
    const reread = (await reopen(bytes)).worksheets[0];
    expect(sheetXml(bytes, 'xl/worksheets/sheet1.xml')).toContain('t="inlineStr"');
    expect([reread.getCell('A2').font?.italic, reread.getCell(`A${ROWS + 1}`).font?.italic]).toEqual([true, true]);
    expect(reread.getCell(`C${ROWS + 1}`).numFmt).toBe('yyyy-mm-dd');
  });

  it('keeps the rows in the workbook for a later read, unless the save is its last use', async () => {
    const kept = await saved((wb) => plainSheet(wb.addWorksheet('Goals')));
    expect(await kept.port.readRange('Goals', `A${ROWS + 1}`)).toMatchObject({ values: [[`G-${ROWS - 1}`]] });
    const last = await saved((wb) => plainSheet(wb.addWorksheet('Goals')), true);
    expect(last.port.workbook.worksheets[0].rowCount).toBe(2);
    expect(cells(await reopen(last.bytes))).toEqual(cells(await reopen(kept.bytes)));
  });

  it('gives the sheet a dimension over every row, whether ExcelJS or this writer wrote it', async () => {
    const { bytes } = await saved((wb) => {
      const ws = wb.addWorksheet('Goals');
      plainSheet(ws);
      ws.getCell('K1').value = 'Wider than the rows below';
      ws.getCell(`B${ROWS + 5}`).value = 'Lower than the rest';
    });
    expect(sheetXml(bytes, 'xl/worksheets/sheet1.xml')).toContain(`<dimension ref="A1:K${ROWS + 5}"/>`);
  });

  /**
   * A KPI sheet as the advisor copy holds it: Status is one formula moved down (a shared formula whose master is
   * in a row ExcelJS writes), Progress alternates between two forms (masters in the rows written apart).
   */
  function sharedColumns(ws: ExcelJS.Worksheet): void {
    ws.addRow(['Actual', 'Target', 'Status', 'Progress']);
    for (let i = 0; i < ROWS; i++) {
      const r = i + 2;
      const status =
        i === 0
          ? { formula: `IF(A${r}>=B${r},"Achieved","Off track")`, result: 'Off track' }
          : { sharedFormula: 'C2', result: i % 3 === 0 ? 'Achieved' : i % 5 === 0 ? '' : 'Off track' };
      const form = i % 2 === 0 ? `A${r}/B${r}` : `(A${r}-1)/B${r}`;
      const progress =
        i < 4 ? { formula: form, result: i / 10 } : { sharedFormula: i % 2 === 0 ? 'D4' : 'D5', result: i / 10 };
      ws.addRow([i * 3, 60, status, i === 7 ? { formula: 'A9/B9', result: { error: '#DIV/0!' } } : progress]);
    }
  }

  /** Each cell's formula as ExcelJS reads it back (a shared one moved to the cell), with its saved value. */
  function formulasAndValues(workbook: ExcelJS.Workbook): string[] {
    const out: string[] = [];
    workbook.worksheets[0].eachRow((row) =>
      row.eachCell((cell) =>
        out.push(`${cell.address} ${cell.formula ?? ''} ${JSON.stringify(cell.result ?? cell.value)}`),
      ),
    );
    return out;
  }

  it('writes a shared formula column apart from ExcelJS, read back with the formulas and values of its own output', async () => {
    const { port, bytes, byExcelJs } = await saved((wb) => sharedColumns(wb.addWorksheet('KPIs')), true);
    expect(port.workbook.worksheets[0].rowCount).toBe(2);
    const xml = sheetXml(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain(`<c r="C${ROWS + 1}" t="str"><f t="shared" si="0"/>`);
    expect(xml).toMatch(new RegExp(`<c r="C2" t="str"><f t="shared" ref="C2:C${ROWS + 1}" si="0">`));
    expect(formulasAndValues(await reopen(bytes))).toEqual(formulasAndValues(await reopen(byExcelJs)));
    expect((await reopen(bytes)).worksheets[0].getCell(`D${ROWS + 1}`).formula).toBe(`(A${ROWS + 1}-1)/B${ROWS + 1}`);
  });

  it('numbers the shared formulas written apart past those ExcelJS numbers, each number used by one group', async () => {
    const { port, bytes } = await saved((wb) => sharedColumns(wb.addWorksheet('KPIs')));
    const xml = sheetXml(bytes, 'xl/worksheets/sheet1.xml');
    // Kept for a later read, the master is as it was: ExcelJS gives it its range again on the next save.
    expect(port.workbook.worksheets[0].getCell('C2').value).toEqual({
      formula: 'IF(A2>=B2,"Achieved","Off track")',
      result: 'Off track',
    });
    const masters = [...xml.matchAll(/<f t="shared" ref="([^"]+)" si="(\d+)"/g)].map((m) => [m[1], m[2]]);
    expect(masters).toEqual([
      [`C2:C${ROWS + 1}`, '0'],
      [`D4:D${ROWS}`, '1'],
      [`D5:D${ROWS + 1}`, '2'],
    ]);
  });

  it('keeps a shared formula read from a file shared, over the range the file gave it', async () => {
    const own = new ExcelJS.Workbook();
    sharedColumns(own.addWorksheet('KPIs'));
    const byExcelJs = new Uint8Array(await own.xlsx.writeBuffer());
    const port = new XlsxFilePort(await reopen(byExcelJs));
    const out = join(dir, 'reread.xlsx');
    await port.saveAs(out, { lastUse: true });
    const bytes = new Uint8Array(readFileSync(out));
    expect(port.workbook.worksheets[0].rowCount).toBe(2);
    expect(sheetXml(bytes, 'xl/worksheets/sheet1.xml')).toContain(`<f t="shared" ref="D5:D${ROWS + 1}" si="2">`);
    expect(formulasAndValues(await reopen(bytes))).toEqual(formulasAndValues(await reopen(byExcelJs)));
  });

  it('leaves a sheet to ExcelJS whole when a cell points to a master that holds no formula', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('KPIs');
    sharedColumns(ws);
    ws.getCell('D5').value = 7;
    expect(detachRows(ws, false)).toBeNull();
    expect(ws.rowCount).toBe(ROWS + 1);
  });

  it('writes the table over the rows with its header, filter and every row', async () => {
    const { bytes } = await saved((wb) => {
      const ws = wb.addWorksheet('Goals');
      ws.addTable({
        name: 'RudderGoals',
        ref: 'A1',
        headerRow: true,
        columns: [
          { name: 'ID', filterButton: true },
          { name: 'Goal', filterButton: true },
        ],
        rows: Array.from({ length: ROWS }, (_, i) => [`G-${i}`, `Sell ${i} more loaves`]),
      });
    });
    const table = sheetXml(bytes, 'xl/tables/table1.xml');
    expect(table).toContain(`ref="A1:B${ROWS + 1}"`);
    expect(table).toContain(`<autoFilter ref="A1:B${ROWS + 1}"`);
    expect(sheetXml(bytes, 'xl/worksheets/sheet1.xml')).toContain(`<dimension ref="A1:B${ROWS + 1}"/>`);
    const reread = (await reopen(bytes)).worksheets[0];
    expect(reread.getCell(`B${ROWS + 1}`).value).toBe(`Sell ${ROWS - 1} more loaves`);
  });
});

function readCrc(bytes: Uint8Array, entry: { centralOffset: number }): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(entry.centralOffset + 16, true);
}
