/**
 * The `WorkbookPort` over Office.js. Every operation is one `Excel.run` with a fixed number of
 * `context.sync()` calls (at most 3, whatever the row count) plus one per 5 MB band; loads
 * name only the properties read; nothing syncs inside a loop over rows or cells.
 */
import type { RangeRef } from '../../core/grid/a1';
import type { SheetSnapshot } from '../../core/grid/types';
import type { AddNamesOptions, ExistingName, NamesResult, WorkbookName } from '../../core/share/shortNames';
import { WorkbookError } from '../errors';
import type {
  BlockWrite,
  CellInput,
  ConditionalRule,
  HostInfo,
  JsonValue,
  Selection,
  SheetInfo,
  TableData,
  TableInfo,
  TableSpec,
  TableWriteResult,
  WorkbookPort,
} from '../port';
import { cellRef, rangeRef, rangeText } from '../common/addresses';
import { lastSheetError, resolveSheetName, uniqueSheetName } from '../common/sheetNames';
import { planTable } from '../common/tablePlan';
import {
  fromOfficeFormat,
  fromOfficeFormula,
  fromOfficeValue,
  localAddress,
  qualifiedAddress,
  sheetOfAddress,
  toOfficeBlock,
} from './cells';
import { readBands, rowPayload, writeBands } from './chunks';
import { addOfficeNames, listOfficeNames } from './officeNames';
import { readOfficeCulture } from './officeLocale';
import type { OfficeHost, OfficeRequestContext, OfficeTable, OfficeWorksheet } from './officeApi';
import { cannotResizeMessage, CULTURE_INFO, TABLE_RESIZE, type Requirement } from './requirementSets';

const READ_PROPS = ['values', 'formulas', 'numberFormat', 'valueTypes'];

/** Excel's column width is in points; a character of the default font is about 7 points wide. */
const POINTS_PER_CHARACTER = 7;

export class OfficeWorkbook implements WorkbookPort {
  /** What the last LAMBDA probe found; until one ran, what the host said (else false). */
  private lambdaKnown: boolean | undefined;

  constructor(private readonly host: OfficeHost) {}

  hostInfo(): HostInfo {
    return {
      kind: 'excel',
      label: this.host.label ?? 'Excel',
      supportsLambda: this.lambdaKnown ?? this.host.supportsLambda ?? false,
    };
  }

  /** The system culture, when this Excel can tell it (CULTURE_INFO); `null` otherwise. */
  async readLocale(): Promise<string | null> {
    return this.supports(CULTURE_INFO) ? this.run(readOfficeCulture) : null;
  }

  async listNames(): Promise<readonly ExistingName[]> {
    return this.run((context) => listOfficeNames(context));
  }

  /** Probes LAMBDA first (a temporary name, removed again); without it nothing is written. */
  async addNames(names: readonly WorkbookName[], options?: AddNamesOptions): Promise<NamesResult> {
    return this.run((context) =>
      addOfficeNames(context, names, options, (works) => {
        this.lambdaKnown = works;
      }),
    );
  }

  private run<T>(batch: (context: OfficeRequestContext) => Promise<T>): Promise<T> {
    return this.host.excel.run(batch);
  }

  /** Asked before any API above the manifest's declared sets (requirementSets.ts). */
  private supports(requirement: Requirement): boolean {
    return this.host.requirements.isSetSupported(requirement.set, requirement.version);
  }

  /** One sync: the sheet of that name (any case), or `no-such-sheet`. */
  private async sheet(context: OfficeRequestContext, name: string): Promise<OfficeWorksheet> {
    const ws = context.workbook.worksheets.getItemOrNullObject(name).load('name');
    await context.sync();
    if (ws.isNullObject) throw new WorkbookError(`There is no sheet named "${name}".`, 'no-such-sheet');
    return ws;
  }

  /** One sync: the table of that name (any case), or undefined. */
  private async tableNamed(context: OfficeRequestContext, name: string): Promise<OfficeTable | undefined> {
    const tables = context.workbook.tables.load('items/name');
    await context.sync();
    return tables.items.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Reads a block in 5 MB bands, one sync each. */
  private async readBlock(context: OfficeRequestContext, ws: OfficeWorksheet, range: RangeRef): Promise<SheetSnapshot> {
    const rows = range.bottom - range.top + 1;
    const cols = range.right - range.left + 1;
    const values: SheetSnapshot['values'][number][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (const band of readBands(rows, cols)) {
      const part = ws
        .getRange(rangeText({ ...range, top: range.top + band.start, bottom: range.top + band.start + band.count - 1 }))
        .load(READ_PROPS);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 5 MB band is the budget (DESIGN §7)
      await context.sync();
      part.values.forEach((row, r) => {
        values.push(row.map((v, c) => fromOfficeValue(v, part.valueTypes[r][c])));
        formulas.push(part.formulas[r].map((f, c) => fromOfficeFormula(f, part.numberFormat[r][c])));
        numberFormats.push(part.numberFormat[r].map(fromOfficeFormat));
      });
    }
    return { name: ws.name, origin: { row: range.top, col: range.left }, values, formulas, numberFormats };
  }

  /** Queues a block write in bands; syncs once per band after the first, which the caller's sync carries. */
  private async writeRows(
    context: OfficeRequestContext,
    ws: OfficeWorksheet,
    top: number,
    left: number,
    rows: readonly (readonly CellInput[])[],
  ): Promise<void> {
    const block = toOfficeBlock(rows, `${ws.name}!${rangeText({ top, left, bottom: top, right: left })}`);
    if (block.width === 0) return;
    const bands = writeBands(
      block.formulas.map((row, r) => rowPayload(row) + (block.needsFormats ? rowPayload(block.numberFormats[r]) : 0)),
    );
    for (let b = 0; b < bands.length; b++) {
      const band = bands[b];
      const target = ws.getRange(
        rangeText({
          top: top + band.start,
          left,
          bottom: top + band.start + band.count - 1,
          right: left + block.width - 1,
        }),
      );
      // The text format goes first, so that "=cmd|..." lands as text and is never parsed as a formula.
      if (block.needsFormats) target.numberFormat = block.numberFormats.slice(band.start, band.start + band.count);
      target.formulas = block.formulas.slice(band.start, band.start + band.count);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one per extra 5 MB band; the caller syncs the last
      if (b < bands.length - 1) await context.sync();
    }
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
      await context.sync();
      return sheets.items.map((ws, i) => ({
        name: ws.name,
        usedRange: used[i].isNullObject ? null : localAddress(used[i].address),
        visible: ws.visibility === 'Visible',
      }));
    });
  }

  async listTables(): Promise<readonly TableInfo[]> {
    return this.run(async (context) => {
      const tables = context.workbook.tables.load('items/name');
      await context.sync();
      const parts = tables.items.map((t) => ({
        name: t.name,
        range: t.getRange().load('address'),
        header: t.getHeaderRowRange().load('values'),
      }));
      await context.sync();
      return parts.map((p) => ({
        name: p.name,
        sheet: sheetOfAddress(p.range.address),
        range: localAddress(p.range.address),
        headers: (p.header.values[0] ?? []).map(String),
      }));
    });
  }

  async readSheet(sheet: string): Promise<SheetSnapshot> {
    return this.run(async (context) => {
      const ws = await this.sheet(context, sheet);
      const used = ws.getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      if (used.isNullObject)
        return { name: ws.name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
      return this.readBlock(context, ws, rangeRef(localAddress(used.address)));
    });
  }

  async readRange(sheet: string, address: string): Promise<SheetSnapshot> {
    const range = rangeRef(address);
    return this.run(async (context) => this.readBlock(context, await this.sheet(context, sheet), range));
  }

  async readTable(name: string): Promise<TableData | null> {
    return this.run(async (context) => {
      const match = await this.tableNamed(context, name);
      if (!match) return null;
      const whole = match.getRange().load('address');
      const header = match.getHeaderRowRange().load('values');
      const ws = match.worksheet.load('name');
      await context.sync();
      const range = rangeRef(localAddress(whole.address));
      const body = await this.readBlock(context, ws, { ...range, top: range.top + 1 });
      return {
        name: match.name,
        sheet: ws.name,
        range: rangeText(range),
        headers: (header.values[0] ?? []).map(String),
        rows: body.values,
      };
    });
  }

  async getSelection(): Promise<Selection | null> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      return { sheet: sheetOfAddress(selected.address), address: localAddress(selected.address) };
    });
  }

  async writeBlock(sheet: string, topLeft: string, rows: readonly (readonly CellInput[])[]): Promise<void> {
    const start = cellRef(topLeft);
    await this.run(async (context) => {
      const ws = await this.sheet(context, sheet);
      await this.writeRows(context, ws, start.row, start.col, rows);
      await context.sync();
    });
  }

  async addSheet(preferredName: string): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const name = uniqueSheetName(
        preferredName,
        sheets.items.map((s) => s.name),
      );
      context.workbook.worksheets.add(name);
      await context.sync();
      return name;
    });
  }

  async deleteSheet(sheet: string): Promise<void> {
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const name = resolveSheetName(
        sheet,
        sheets.items.map((s) => s.name),
      );
      if (sheets.items.length === 1) throw lastSheetError(name);
      (sheets.items.find((s) => s.name === name) as OfficeWorksheet).delete();
      await context.sync();
    });
  }

  /** Two syncs: the table's place, then the rows, their formats and the grown table in one batch. */
  async appendTableRows(
    name: string,
    rows: readonly (readonly CellInput[])[],
    numberFormats: readonly (string | undefined)[] = [],
    alsoWrite: readonly BlockWrite[] = [],
  ): Promise<TableWriteResult | null> {
    return this.run(async (context) => {
      const match = await this.tableNamed(context, name);
      if (!match) return null;
      const whole = match.getRange().load('address');
      const ws = match.worksheet.load('name');
      const others = alsoWrite.map((b) => context.workbook.worksheets.getItemOrNullObject(b.sheet).load('name'));
      if (!this.supports(TABLE_RESIZE)) throw new WorkbookError(cannotResizeMessage(name), 'write-failed');
      await context.sync();
      const missing = alsoWrite.find((_, i) => others[i].isNullObject);
      if (missing) throw new WorkbookError(`There is no sheet named "${missing.sheet}".`, 'no-such-sheet');
      const old = rangeRef(localAddress(whole.address));
      if (rows.length === 0 && alsoWrite.length === 0) return { sheet: ws.name, range: rangeText(old), created: false };
      const grown = { ...old, bottom: old.bottom + rows.length };
      if (rows.length > 0) await this.writeRows(context, ws, old.bottom + 1, old.left, rows);
      // After the values, so a column's own format (a date) wins over the one the cells' values suggest.
      numberFormats.forEach((format, c) => {
        if (format === undefined || rows.length === 0) return;
        ws.getRange(
          rangeText({ top: old.bottom + 1, left: old.left + c, bottom: grown.bottom, right: old.left + c }),
        ).numberFormat = Array.from({ length: rows.length }, () => [format]);
      });
      if (rows.length > 0) match.resize(rangeText(grown));
      for (const [i, b] of alsoWrite.entries()) {
        const start = cellRef(b.topLeft);
        await this.writeRows(context, others[i], start.row, start.col, b.rows);
      }
      await context.sync();
      return { sheet: ws.name, range: rangeText(grown), created: false };
    });
  }

  async upsertTable(spec: TableSpec): Promise<TableWriteResult> {
    return this.run(async (context) => {
      const tables = context.workbook.tables.load('items/name');
      const target = context.workbook.worksheets.getItemOrNullObject(spec.sheet).load('name');
      await context.sync();
      const match = tables.items.find((t) => t.name.toLowerCase() === spec.name.toLowerCase());
      let ws: OfficeWorksheet;
      let old: RangeRef | null = null;
      if (match) {
        const whole = match.getRange().load('address');
        ws = match.worksheet.load('name');
        await context.sync();
        old = rangeRef(localAddress(whole.address));
      } else {
        if (target.isNullObject) throw new WorkbookError(`There is no sheet named "${spec.sheet}".`, 'no-such-sheet');
        ws = target;
      }
      const plan = planTable(
        { ...spec, sheet: ws.name },
        old ? { sheet: ws.name, top: old.top, left: old.left } : undefined,
      );
      const right = plan.geometry.left + plan.columns.length - 1;
      const resize = old !== null && rangeText(old) !== plan.range;
      // Checked before anything is written, so an older Excel is left exactly as it was.
      if (resize && !this.supports(TABLE_RESIZE))
        throw new WorkbookError(cannotResizeMessage(spec.name), 'write-failed');
      if (old) ws.getRange(rangeText(old)).clear('Contents');
      await this.writeRows(context, ws, plan.geometry.headerRow, plan.geometry.left, [plan.geometry.headers]);
      // Without a sheet name Excel would put the table on the active sheet.
      if (!match) context.workbook.tables.add(qualifiedAddress(ws.name, plan.range), true).name = spec.name;
      else if (resize) match.resize(plan.range);
      plan.columns.forEach((col, c) => {
        const column = ws.getRange(
          rangeText({
            top: plan.geometry.headerRow + 1,
            left: plan.geometry.left + c,
            bottom: plan.geometry.bottom,
            right: plan.geometry.left + c,
          }),
        );
        if (col.numberFormat !== undefined)
          column.numberFormat = Array.from({ length: plan.bodyRows }, () => [col.numberFormat as string]);
        if (col.width !== undefined) column.format.columnWidth = col.width * POINTS_PER_CHARACTER;
      });
      await this.writeRows(context, ws, plan.geometry.headerRow + 1, plan.geometry.left, plan.body);
      await context.sync();
      return {
        sheet: ws.name,
        range: rangeText({
          top: plan.geometry.headerRow,
          left: plan.geometry.left,
          bottom: plan.geometry.bottom,
          right,
        }),
        created: !match,
      };
    });
  }

  async setConditionalFormats(sheet: string, address: string, rules: readonly ConditionalRule[]): Promise<void> {
    const ref = rangeText(rangeRef(address));
    await this.run(async (context) => {
      const range = (await this.sheet(context, sheet)).getRange(ref);
      range.conditionalFormats.clearAll();
      for (const rule of rules) {
        // An exact, case-insensitive text match is a cell-value rule `="text"`; ContainsText would also match "Not on track".
        const cf = range.conditionalFormats.add('CellValue');
        cf.cellValue.rule =
          rule.kind === 'textEquals'
            ? { operator: 'EqualTo', formula1: `="${rule.text.replace(/"/g, '""')}"` }
            : { operator: 'Between', formula1: String(rule.min), formula2: String(rule.max) };
        cf.cellValue.format.fill.color = rule.fill;
        cf.cellValue.format.font.color = rule.fontColor;
      }
      await context.sync();
    });
  }

  async setValidationList(sheet: string, address: string, values: readonly string[]): Promise<void> {
    const ref = rangeText(rangeRef(address));
    await this.run(async (context) => {
      const range = (await this.sheet(context, sheet)).getRange(ref);
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: values.join(',') } };
      await context.sync();
    });
  }

  async freezeRows(sheet: string, rows: number): Promise<void> {
    if (!Number.isInteger(rows) || rows < 0)
      throw new WorkbookError(`Cannot freeze ${rows} rows: give a whole number from 0.`, 'bad-address');
    await this.run(async (context) => {
      const ws = await this.sheet(context, sheet);
      if (rows === 0) ws.freezePanes.unfreeze();
      else ws.freezePanes.freezeRows(rows);
      await context.sync();
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    const ref = rangeText(rangeRef(address));
    await this.run(async (context) => {
      const ws = await this.sheet(context, sheet);
      ws.activate();
      ws.getRange(ref).select();
      await context.sync();
    });
  }

  async readSetting(key: string): Promise<JsonValue | undefined> {
    const text = this.host.settings.get(key);
    if (typeof text !== 'string') return undefined;
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      return undefined; // not written by Rudder as JSON text: treat as unset
    }
  }

  /** Settings live in the document (`Office.context.document.settings`), saved with `saveAsync`. */
  async writeSetting(key: string, value: JsonValue): Promise<void> {
    // Stored as JSON text so that what comes back is exactly what went in (no Date revival).
    this.host.settings.set(key, JSON.stringify(value));
    await new Promise<void>((resolve, reject) => {
      this.host.settings.saveAsync(undefined, (result) => {
        if (result.status !== 'failed' && result.error === undefined) resolve();
        else
          reject(
            new WorkbookError(
              `Could not save Rudder's settings in the workbook: ${result.error?.message ?? 'unknown reason'}.`,
              'write-failed',
            ),
          );
      });
    });
  }
}
