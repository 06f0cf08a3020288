import { inflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import { WorkbookError } from '../errors';
import { crc32 } from './zipRewrite';
import { canWriteNotesParts, withCellNotes } from './notesPackage';
import { CellNotes } from './notesParts';
import { dataOffset, withoutParts, zipEntries, type ZipEntry } from './zipParts';

async function written(workbook: ExcelJS.Workbook, notes: CellNotes): Promise<ExcelJS.Workbook> {
  const bytes = await withCellNotes(new Uint8Array(await workbook.xlsx.writeBuffer()), notes);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return back;
}

/** Every note of the sheet, by cell address. */
function notesOf(ws: ExcelJS.Worksheet | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws?.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.note !== undefined) out[cell.address] = cell.note;
    }),
  );
  return out;
}

describe('notes added to a written package', () => {
  it('puts every note on its cell, on each sheet, with text that needs escaping kept as written', async () => {
    const wb = new ExcelJS.Workbook();
    const kpis = wb.addWorksheet('KPIs');
    const goals = wb.addWorksheet('Goals');
    const notes = new CellNotes();
    const expected: Record<string, string> = {};
    for (let r = 1; r <= 300; r++) {
      const cell = kpis.getCell(r, 14);
      cell.value = r;
      const text = r % 2 ? 'Rudder: rewritten as a plain formula on 7 December 2026.' : 'Rudder: A < B & "C" > D';
      notes.attach(kpis, cell, text);
      expected[cell.address] = text;
    }
    goals.getCell('B2').value = 'x';
    notes.attach(goals, goals.getCell('B2'), 'first');
    goals.getCell('AA70').value = 'y';
    notes.attach(goals, goals.getCell('AA70'), 'second');
    expect(notes.countOn(kpis.id)).toBe(299);

    const back = await written(wb, notes);

    expect(notesOf(back.getWorksheet('KPIs'))).toEqual(expected);
    expect(notesOf(back.getWorksheet('Goals'))).toEqual({ B2: 'first', AA70: 'second' });
  });

  it("keeps the user's own notes on other cells and replaces the one on a cell it writes", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KPIs');
    ws.getCell('A1').value = 'owner';
    ws.getCell('A1').note = 'Ask Jon';
    ws.getCell('C3').value = 3;
    ws.getCell('C3').note = 'old note';
    const notes = new CellNotes();
    for (const address of ['B2', 'C3', 'D4']) {
      ws.getCell(address).value = 1;
      notes.attach(ws, ws.getCell(address), `Rudder: ${address}`);
    }

    const back = await written(wb, notes);

    expect(notesOf(back.getWorksheet('KPIs'))).toEqual({
      A1: 'Ask Jon',
      B2: 'Rudder: B2',
      C3: 'Rudder: C3',
      D4: 'Rudder: D4',
    });
  });

  it('gives every note box its own shape id and leaves a package without extra notes as it was', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KPIs');
    const notes = new CellNotes();
    ws.getCell('A1').value = 1;
    notes.attach(ws, ws.getCell('A1'), 'only');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await withCellNotes(bytes, notes)).toBe(bytes);

    for (const address of ['A2', 'A3']) {
      ws.getCell(address).value = 1;
      notes.attach(ws, ws.getCell(address), 'more');
    }
    const withMore = await withCellNotes(new Uint8Array(await wb.xlsx.writeBuffer()), notes);
    const vml = zipEntries(withMore).find((e) => e.name.endsWith('.vml')) as ZipEntry;
    const start = dataOffset(withMore, vml);
    const shapes = inflateRawSync(withMore.subarray(start, start + vml.compressedSize)).toString();
    const ids = [...shapes.matchAll(/<v:shape id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(withMore as unknown as ExcelJS.Buffer);
    expect(Object.keys(notesOf(back.getWorksheet('KPIs')))).toEqual(['A1', 'A2', 'A3']);
  });

  it('can hand every note to ExcelJS instead, for a platform without raw deflate streams', async () => {
    expect(canWriteNotesParts()).toBe(true);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KPIs');
    const notes = new CellNotes();
    for (const address of ['B2', 'B3', 'C9']) {
      ws.getCell(address).value = 1;
      notes.attach(ws, ws.getCell(address), `Rudder: ${address}`);
    }
    notes.handOver(wb);
    expect(notes.sheetIds()).toEqual([]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(notesOf(back.getWorksheet('KPIs'))).toEqual({ B2: 'Rudder: B2', B3: 'Rudder: B3', C9: 'Rudder: C9' });
  });

  it('knows a platform without raw deflate streams cannot write the notes parts', () => {
    const platform = globalThis as { CompressionStream?: typeof CompressionStream };
    const saved = platform.CompressionStream;
    delete platform.CompressionStream;
    try {
      expect(canWriteNotesParts()).toBe(false);
    } finally {
      platform.CompressionStream = saved;
    }
    expect(canWriteNotesParts()).toBe(true);
  });

  it('refuses plainly when the package lacks the parts the notes go into', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KPIs');
    const notes = new CellNotes();
    for (const address of ['A1', 'A2']) {
      ws.getCell(address).value = 1;
      notes.attach(ws, ws.getCell(address), 'note');
    }
    const bytes = withoutParts(new Uint8Array(await wb.xlsx.writeBuffer()), (n) => n.startsWith('xl/comments'));
    await expect(withCellNotes(bytes as Uint8Array, notes)).rejects.toBeInstanceOf(WorkbookError);
  });
});

describe('crc32', () => {
  it('gives the standard check value, in one piece or going on from the piece before', () => {
    const text = new TextEncoder().encode('123456789');
    expect(crc32(text)).toBe(0xcbf43926);
    expect(crc32(text.subarray(4), crc32(text.subarray(0, 4)))).toBe(0xcbf43926);
  });
});
