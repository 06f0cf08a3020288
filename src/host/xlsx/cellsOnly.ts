/**
 * The last way into a workbook ExcelJS cannot parse: its cells read straight from the sheet XML into a
 * fresh ExcelJS workbook, so every command works on it, with one plain line saying what was skipped.
 * The package's size guards have already run on the same bytes. No Node built-ins (the playground too).
 */
import ExcelJS from 'exceljs';
import { dataOffset, zipEntries, type ZipEntry } from './zipParts';
import { readCellFormats, readSharedStrings, readSheetCells, readSheetParts, type XmlCell } from './sheetXml';

/** Why each workbook read this way was read so, for the commands that show it. */
const NOTES = new WeakMap<ExcelJS.Workbook, string>();

/** The plain line saying what was skipped when the workbook was read from its cells only, else null. */
export function readNoteOf(workbook: ExcelJS.Workbook): string | null {
  return NOTES.get(workbook) ?? null;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function partText(bytes: Uint8Array, entry: ZipEntry): Promise<string | null> {
  const start = dataOffset(bytes, entry);
  if (start < 0) return null;
  const raw = bytes.subarray(start, start + entry.compressedSize);
  try {
    const data = entry.method === 0 ? raw : entry.method === 8 ? await inflate(raw) : null;
    return data === null ? null : new TextDecoder('utf-8').decode(data);
  } catch {
    return null;
  }
}

/** The kinds of parts a cells-only read leaves out, named as Excel names them. */
const SKIPPED_KINDS: readonly (readonly [RegExp, string])[] = [
  [/^xl\/tables\//, 'Excel tables'],
  [/^xl\/pivot(Tables|Cache)\//, 'pivot tables'],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, 'slicers'],
  [/^xl\/(drawings|charts)\//, 'charts and drawings'],
  [/^xl\/(comments|threadedComments)/, 'comments'],
];

function listed(kinds: readonly string[]): string {
  return kinds.length <= 1 ? kinds.join('') : `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}`;
}

function excelJsValue(cell: XmlCell): ExcelJS.CellValue {
  const value = cell.value;
  const plain: ExcelJS.CellValue =
    value !== null && typeof value === 'object' ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
  if (cell.formula === undefined) return plain;
  return { formula: cell.formula, result: plain ?? undefined };
}

/**
 * A workbook holding the package's cells, formulas (with their saved values), number formats and merged
 * cells; null when even its sheet list cannot be read.
 */
export async function readCellsOnly(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook | null> {
  const entries = zipEntries(bytes);
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const text = async (name: string): Promise<string | null> => {
    const entry = byName.get(name.toLowerCase());
    return entry ? partText(bytes, entry) : null;
  };
  const workbookXml = await text('xl/workbook.xml');
  const relsXml = await text('xl/_rels/workbook.xml.rels');
  if (workbookXml === null || relsXml === null) return null;
  const sheets = readSheetParts(workbookXml, relsXml);
  if (sheets.length === 0) return null;
  const shared = readSharedStrings((await text('xl/sharedStrings.xml')) ?? '');
  const formats = readCellFormats((await text('xl/styles.xml')) ?? '');
  const workbook = new ExcelJS.Workbook();
  for (const { name, part } of sheets) {
    const xml = await text(part);
    const sheet = readSheetCells(name, xml ?? '', shared, formats);
    const ws = workbook.addWorksheet(name);
    for (const cell of sheet.cells) {
      const target = ws.getCell(cell.address);
      target.value = excelJsValue(cell);
      if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
    }
    for (const range of sheet.merges) {
      try {
        ws.mergeCells(range);
      } catch {
        // An overlapping or malformed merge: the cells are read all the same.
      }
    }
  }
  const kinds = SKIPPED_KINDS.filter(([part]) => entries.some((e) => part.test(e.name))).map(([, kind]) => kind);
  const skipped = kinds.length > 0 ? listed(kinds) : 'formatting';
  NOTES.set(
    workbook,
    `${fileName}: some parts could not be read, so Rudder read the cells, formulas and merged cells directly and skipped the ${skipped}.`,
  );
  return workbook;
}
