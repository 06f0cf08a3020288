import ExcelJS from 'exceljs';
import { cellError } from '../../core/grid/types';
import { WorkbookError } from '../errors';
import { openXlsxBytes } from '.';
import { readNoteOf } from './cellsOnly';
import { dataOffset, zipEntries } from './zipParts';

// A stored (uncompressed) zip writer, so the test can build the broken package it needs.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function storedZip(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = new TextEncoder().encode(name);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc32(data), true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(16, crc32(data), true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals]) {
    out.set(part, at);
    at += part.length;
  }
  const v = new DataView(out.buffer);
  v.setUint32(at, 0x06054b50, true);
  v.setUint16(at + 8, parts.size, true);
  v.setUint16(at + 10, parts.size, true);
  v.setUint32(at + 12, centralSize, true);
  v.setUint32(at + 16, offset, true);
  return out;
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array>();
  for (const entry of zipEntries(bytes)) {
    if (entry.name.endsWith('/')) continue;
    const start = dataOffset(bytes, entry);
    const raw = bytes.subarray(start, start + entry.compressedSize);
    const stream = new Blob([new Uint8Array(raw)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    parts.set(entry.name, entry.method === 0 ? raw : new Uint8Array(await new Response(stream).arrayBuffer()));
  }
  return parts;
}

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><r><t>Good </t></r><r><t>bread &amp; cakes</t></r></is></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>4.5</v></c><c r="D2" t="b"><v>1</v></c></row>
<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="e"><v>#DIV/0!</v></c><c r="C3"><f>C2*2</f><v>9</v></c><c r="D3" t="str"><f>A1&amp;"!"</f><v>Strengths!</v></c><c r="E3" s="1"><v>46112</v></c></row>
<row r="4"><c r="A4" t="s"><v>6</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A4:B4"/></mergeCells><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;

async function brokenWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('SWOT');
  ws.addTable({
    name: 'Items',
    ref: 'A1',
    columns: [{ name: 'Strengths' }, { name: 'Threats' }],
    rows: [
      ['Good bread', 'Chain store'],
      ['Loyal regulars', 'Rents'],
      ['Merged note', 'x'],
    ],
  });
  ws.getCell('E3').numFmt = 'yyyy-mm-dd';
  ws.getCell('E3').value = new Date(Date.UTC(2026, 2, 31));
  const parts = await partsOf(new Uint8Array(await wb.xlsx.writeBuffer()));
  parts.set('xl/worksheets/sheet1.xml', new TextEncoder().encode(SHEET));
  // A table part cut off in the middle: ExcelJS cannot parse the workbook at all.
  parts.set('xl/tables/table1.xml', new TextEncoder().encode('<table ref="A1:B3"><autoFilter'));
  return storedZip(parts);
}

describe('a workbook whose table part ExcelJS cannot parse', () => {
  it('is one ExcelJS alone refuses', async () => {
    const bytes = await brokenWorkbook();
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow();
  });

  it('still opens: its cells are read from the sheet XML, and one plain line says what was skipped', async () => {
    const port = await openXlsxBytes(await brokenWorkbook(), 'plan.xlsx');
    expect(readNoteOf(port.workbook)).toBe(
      'plan.xlsx: some parts could not be read, so Rudder read the cells, formulas and merged cells directly and skipped the Excel tables.',
    );
    expect(port.readNote).toBe(readNoteOf(port.workbook));
    const snapshot = await port.readSheet('SWOT');
    expect(snapshot.values).toEqual([
      ['Strengths', 'Threats', null, null, null],
      ['Good bread & cakes', 'Chain store', 4.5, true, null],
      ['Loyal regulars', cellError('#DIV/0!'), 9, 'Strengths!', 46112],
      ['Merged note', null, null, null, null],
    ]);
    expect(snapshot.formulas?.[2]).toEqual([null, null, '=C2*2', '=A1&"!"', null]);
    expect(snapshot.numberFormats?.[2]?.[4]).toBe('yyyy-mm-dd');
    expect(port.workbook.getWorksheet('SWOT')?.getCell('B4').isMerged).toBe(true);
  });

  it('is still refused when a guard says so', async () => {
    await expect(openXlsxBytes(await brokenWorkbook(), 'plan.xlsx', { maxRows: 2 })).rejects.toThrow(WorkbookError);
  });

  it('gives a plain error when even its sheet list cannot be read', async () => {
    const parts = await partsOf(await brokenWorkbook());
    parts.set('xl/workbook.xml', new TextEncoder().encode('<workbook'));
    await expect(openXlsxBytes(storedZip(parts), 'plan.xlsx')).rejects.toThrow(
      /plan\.xlsx could not be read as an \.xlsx workbook/,
    );
  });

  it('has no note when ExcelJS reads it whole', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('SWOT').getCell('A1').value = 'Strengths';
    const port = await openXlsxBytes(new Uint8Array(await wb.xlsx.writeBuffer()), 'plan.xlsx');
    expect(port.readNote).toBeNull();
  });
});
