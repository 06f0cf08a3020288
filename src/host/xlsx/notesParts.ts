/**
 * Notes (Excel's yellow cell comments) for many cells, kept compactly instead of as ExcelJS note
 * objects: a copy of 100,000 KPI rows carries 200,000 notes, and ExcelJS's objects for them took
 * gigabytes. ExcelJS keeps the first note of each sheet, so it writes that sheet's notes parts and
 * links them to the sheet as usual; `notesPackage.ts` then adds the others to those parts. The
 * XML is what Excel writes for a plain note: a `<comment>` in `xl/commentsN.xml` and a hidden
 * `<v:shape>` in the sheet's legacy VML drawing, which puts the red mark on the cell. No Node
 * built-ins: the browser builds copies too.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../core/grid/a1';

/** One sheet's notes, cell by cell, each naming its text by index (a copy repeats a few texts). */
interface SheetNotes {
  readonly rows: number[];
  readonly cols: number[];
  readonly texts: number[];
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cellName = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/**
 * The note's hidden box: where Excel draws it when the mouse is over the cell. The anchor is in
 * columns and rows (with offsets), one column right of the cell and two columns wide, as Excel
 * places a new note.
 */
function noteShape(shapeId: number, row: number, col: number): string {
  const top = Math.max(row - 1, 0);
  return (
    `<v:shape id="_x0000_s${shapeId}" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;` +
    'margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" ' +
    'strokecolor="none [81]" o:insetmode="auto"><v:fill color2="infoBackground [80]"/>' +
    '<v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${col + 1}, 6, ${top}, 14, ${col + 3}, 2, ${top + 4}, 16</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** Notes of a copy's cells, by ExcelJS worksheet id, beyond the one per sheet that ExcelJS holds. */
export class CellNotes {
  private readonly texts: string[] = [];
  private readonly textIndex = new Map<string, number>();
  private readonly sheets = new Map<number, SheetNotes>();
  /** Sheets where ExcelJS holds a note of ours, so it writes the sheet's notes parts. */
  private readonly anchored = new Set<number>();

  /**
   * Puts `text` as the note of `cell`. The first note of a sheet, and any on a cell that already had
   * one (which it replaces), go to ExcelJS; the others are kept here for `notesPackage.ts`.
   */
  attach(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, text: string): void {
    if (!this.anchored.has(ws.id) || cell.note !== undefined) {
      cell.note = text;
      this.anchored.add(ws.id);
      return;
    }
    let index = this.textIndex.get(text);
    if (index === undefined) {
      index = this.texts.push(text) - 1;
      this.textIndex.set(text, index);
    }
    let sheet = this.sheets.get(ws.id);
    if (!sheet) {
      sheet = { rows: [], cols: [], texts: [] };
      this.sheets.set(ws.id, sheet);
    }
    sheet.rows.push(Number(cell.row) - 1);
    sheet.cols.push(Number(cell.col) - 1);
    sheet.texts.push(index);
  }

  /**
   * Hands every note kept here to ExcelJS, cell by cell, for a platform that cannot write the notes
   * parts itself (see `canWriteNotesParts`): the copy is the same, at ExcelJS's cost in time and memory.
   */
  handOver(workbook: ExcelJS.Workbook): void {
    for (const [id, sheet] of this.sheets) {
      const ws = workbook.getWorksheet(id);
      if (!ws) continue;
      sheet.rows.forEach((row, i) => (ws.getCell(row + 1, sheet.cols[i] + 1).note = this.texts[sheet.texts[i]]));
    }
    this.sheets.clear();
  }

  /** ExcelJS ids of the sheets with notes kept here. */
  sheetIds(): number[] {
    return [...this.sheets.keys()];
  }

  /** How many notes are kept here for the sheet. */
  countOn(sheetId: number): number {
    return this.sheets.get(sheetId)?.rows.length ?? 0;
  }

  /** The sheet's `<comment>` elements, in pieces of at most `perPiece` notes. */
  *commentsXml(sheetId: number, perPiece = 2000): Generator<string> {
    const sheet = this.sheets.get(sheetId);
    if (!sheet) return;
    const bodies = this.texts.map((t) => `<text><r><t xml:space="preserve">${escapeXml(t)}</t></r></text></comment>`);
    for (let start = 0; start < sheet.rows.length; start += perPiece) {
      const end = Math.min(sheet.rows.length, start + perPiece);
      const piece: string[] = [];
      for (let i = start; i < end; i++)
        piece.push(`<comment ref="${cellName(sheet.rows[i], sheet.cols[i])}" authorId="0">`, bodies[sheet.texts[i]]);
      yield piece.join('');
    }
  }

  /** The sheet's note boxes for the VML drawing, numbered on from `firstShapeId`, in pieces of at most `perPiece`. */
  *shapesXml(sheetId: number, firstShapeId: number, perPiece = 2000): Generator<string> {
    const sheet = this.sheets.get(sheetId);
    if (!sheet) return;
    for (let start = 0; start < sheet.rows.length; start += perPiece) {
      const end = Math.min(sheet.rows.length, start + perPiece);
      const piece: string[] = [];
      for (let i = start; i < end; i++) piece.push(noteShape(firstShapeId + i, sheet.rows[i], sheet.cols[i]));
      yield piece.join('');
    }
  }
}
