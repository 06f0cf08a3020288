/**
 * A stateful fake of the part of the Excel object model the Office adapter uses. Like Office.js,
 * it queues every command until `context.sync()`, applies them in order then, makes properties
 * readable only after they were loaded and synced (else `PropertyNotLoaded`), refuses a request
 * or response over Excel on the web's 5 MB, and counts syncs.
 */
import type { RangeRef } from '../../src/core/grid/a1';
import type {
  ExcelLike,
  LoadArg,
  OfficeRequestContext,
  OfficeSettings,
  OfficeTable,
  OfficeTables,
  OfficeWorksheet,
  OfficeWorksheets,
} from '../../src/host/office/officeApi';
import {
  fakeError,
  FakeWorkbookState,
  parseAddress,
  usedRange,
  type FakeSheet,
  type FakeTable,
} from './excelFakeState';
import { bytes, propsOf, Proxy, removeWhere, type Command } from './excelFakeProxy';
import { NamedItems } from './excelFakeNames';
import { fakeApplication } from './excelFakeCulture';
import { Range } from './excelFakeRange';
import { checkedApi, CURRENT_EXCEL, FakeRequirements, type AvailableSets } from './excelFakeRequirements';

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

class FakeContext implements OfficeRequestContext {
  readonly queue: Command[] = [];
  readonly workbook: OfficeRequestContext['workbook'];

  constructor(readonly fake: ExcelFake) {
    const requirements = (): FakeRequirements => fake.requirements;
    this.workbook = checkedApi(
      {
        application: fakeApplication(this, requirements),
        worksheets: new Worksheets(this),
        tables: new Tables(this),
        names: new NamedItems(this),
        getSelectedRange: () =>
          new Range(this, () => {
            const { state } = this.fake;
            if (state.selection) return { sheet: state.selection.sheet, range: parseAddress(state.selection.address) };
            const sheet = state.activeSheet ?? state.sheets[0];
            return { sheet, range: { top: 0, left: 0, bottom: 0, right: 0 } };
          }),
      },
      'Excel.Workbook',
      requirements,
    );
    return checkedApi(this, 'Excel.RequestContext', requirements);
  }

  async sync(): Promise<void> {
    this.fake.syncCount++;
    const commands = this.queue.splice(0);
    let request = 0;
    let response = 0;
    for (const command of commands) {
      const cost = command();
      request += cost.request;
      response += cost.response;
    }
    this.fake.largestRequest = Math.max(this.fake.largestRequest, request);
    this.fake.largestResponse = Math.max(this.fake.largestResponse, response);
    if (request > FAKE_PAYLOAD_LIMIT || response > FAKE_PAYLOAD_LIMIT) {
      throw fakeError(
        'RequestPayloadSizeLimitExceeded',
        `The request (${request} bytes) or response (${response} bytes) passed 5 MB.`,
      );
    }
  }
}

class Worksheet extends Proxy<FakeSheet> implements OfficeWorksheet {
  static readonly apiType = 'Excel.Worksheet';
  load(properties: LoadArg): Worksheet {
    this.loadProps(propsOf(properties));
    return this;
  }
  protected read(sheet: FakeSheet, prop: string): unknown {
    if (prop === 'name') return sheet.name;
    if (prop === 'visibility') return sheet.visibility;
    throw fakeError('InvalidArgument', `The fake does not load Worksheet.${prop}.`);
  }
  get name(): string {
    return this.got('name');
  }
  get visibility(): string {
    return this.got('visibility');
  }
  getRange(address?: string): Range {
    return new Range(this.ctx, () => {
      const sheet = this.resolve();
      if (sheet === null) throw fakeError('ItemNotFound', 'The requested resource does not exist.');
      return { sheet, range: parseAddress(address ?? 'A1:XFD1048576') };
    });
  }
  getUsedRangeOrNullObject(): Range {
    return new Range(this.ctx, () => {
      const sheet = this.resolve();
      const used = sheet ? usedRange(sheet) : null;
      return sheet && used ? { sheet, range: used } : null;
    });
  }
  get freezePanes(): OfficeWorksheet['freezePanes'] {
    return checkedApi(
      {
        freezeRows: (count = 1) => this.command((s) => (s.frozenRows = count)),
        unfreeze: () => this.command((s) => (s.frozenRows = 0)),
      },
      'Excel.WorksheetFreezePanes',
      () => this.ctx.fake.requirements,
    );
  }
  activate(): void {
    this.command((s) => (this.ctx.fake.state.activeSheet = s));
  }
  delete(): void {
    this.command((s) => {
      const { state } = this.ctx.fake;
      removeWhere(state.sheets, (x) => x === s);
      removeWhere(state.tables, (t) => t.sheet === s);
      if (state.activeSheet === s) state.activeSheet = state.sheets[0] ?? null;
      if (state.selection?.sheet === s) state.selection = null;
    });
  }
}

class Worksheets extends Proxy<FakeSheet[]> implements OfficeWorksheets {
  static readonly apiType = 'Excel.WorksheetCollection';
  private snapshot: Worksheet[] | null = null;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.fake.state.sheets);
  }
  load(properties: LoadArg): Worksheets {
    const props = propsOf(properties).map((p) => p.replace(/^items\//, ''));
    this.ctx.queue.push(() => {
      const sheets = [...this.ctx.fake.state.sheets];
      this.snapshot = sheets.map((s) => {
        const ws = new Worksheet(this.ctx, () => (this.ctx.fake.state.sheets.includes(s) ? s : null));
        ws.fill(Object.fromEntries(props.map((p) => [p, p === 'name' ? s.name : s.visibility])));
        return ws;
      });
      return { request: 50, response: bytes(sheets.map((s) => s.name)) };
    });
    return this;
  }
  protected read(): unknown {
    return null;
  }
  get items(): Worksheet[] {
    if (this.snapshot === null) throw fakeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.snapshot;
  }
  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.fake.state.findSheet(key) ?? null);
  }
  add(name?: string): Worksheet {
    let created: FakeSheet | null = null;
    this.ctx.queue.push(() => {
      created = this.ctx.fake.state.addSheet(name ?? `Sheet${this.ctx.fake.state.sheets.length + 1}`);
      return { request: 50, response: 0 };
    });
    return new Worksheet(this.ctx, () => created);
  }
}

class Table extends Proxy<FakeTable> implements OfficeTable {
  static readonly apiType = 'Excel.Table';
  load(properties: LoadArg): Table {
    this.loadProps(propsOf(properties));
    return this;
  }
  protected read(table: FakeTable, prop: string): unknown {
    if (prop === 'name') return table.name;
    throw fakeError('InvalidArgument', `The fake does not load Table.${prop}.`);
  }
  get name(): string {
    return this.got('name');
  }
  set name(value: string) {
    this.command((t) => {
      const clash = this.ctx.fake.state.findTable(value);
      if (clash && clash !== t) throw fakeError('InvalidArgument', `A table named ${value} exists.`);
      t.name = value;
    });
  }
  get worksheet(): Worksheet {
    return new Worksheet(this.ctx, () => this.resolve()?.sheet ?? null);
  }
  private part(pick: (r: RangeRef) => RangeRef): Range {
    return new Range(this.ctx, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, range: pick(t.range) } : null;
    });
  }
  getRange(): Range {
    return this.part((r) => r);
  }
  getHeaderRowRange(): Range {
    return this.part((r) => ({ ...r, bottom: r.top }));
  }
  getDataBodyRange(): Range {
    return this.part((r) => ({ ...r, top: r.top + 1 }));
  }
  resize(newRange: string): void {
    this.command((t) => {
      const next = parseAddress(newRange.split('!').pop() as string);
      if (next.top !== t.range.top || next.bottom <= next.top)
        throw fakeError('InvalidArgument', 'The header row must stay in place and the table keep a body row.');
      t.range = next;
    });
  }
}

class Tables extends Proxy<FakeTable[]> implements OfficeTables {
  static readonly apiType = 'Excel.TableCollection';
  private snapshot: Table[] | null = null;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.fake.state.tables);
  }
  load(properties: LoadArg): Tables {
    const props = propsOf(properties).map((p) => p.replace(/^items\//, ''));
    this.ctx.queue.push(() => {
      const tables = [...this.ctx.fake.state.tables];
      this.snapshot = tables.map((t) => {
        const table = new Table(this.ctx, () => (this.ctx.fake.state.tables.includes(t) ? t : null));
        table.fill(Object.fromEntries(props.map((p) => [p, p === 'name' ? t.name : null])));
        return table;
      });
      return { request: 50, response: bytes(tables.map((t) => t.name)) };
    });
    return this;
  }
  protected read(): unknown {
    return null;
  }
  get items(): Table[] {
    if (this.snapshot === null) throw fakeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.snapshot;
  }
  getItem(key: string): Table {
    return new Table(this.ctx, () => {
      const found = this.ctx.fake.state.findTable(key);
      if (!found) throw fakeError('ItemNotFound', `There is no table named ${key}.`);
      return found;
    });
  }
  add(address: string, hasHeaders: boolean): Table {
    let created: FakeTable | null = null;
    this.ctx.queue.push(() => {
      const { state } = this.ctx.fake;
      const [sheetName, local] = address.includes('!') ? address.split('!') : [state.activeSheet?.name ?? '', address];
      const sheet = state.findSheet(sheetName.replace(/^'|'$/g, '')) ?? state.activeSheet;
      if (!sheet || !hasHeaders)
        throw fakeError('InvalidArgument', 'The fake only adds tables with headers on a known sheet.');
      const range = parseAddress(local);
      for (const t of state.tables) {
        const r = t.range;
        if (
          t.sheet === sheet &&
          r.top <= range.bottom &&
          range.top <= r.bottom &&
          r.left <= range.right &&
          range.left <= r.right
        ) {
          throw fakeError('InvalidOperation', 'A table cannot overlap another table.');
        }
      }
      let n = state.tables.length + 1;
      while (state.findTable(`Table${n}`)) n++;
      created = { name: `Table${n}`, sheet, range };
      state.tables.push(created);
      return { request: 50, response: 0 };
    });
    return new Table(this.ctx, () => created);
  }
}

/**
 * The fake `Excel`: `run` gives a fresh request context; commands left unsynced at the end are
 * flushed, as Excel.run does. It plays an Excel with the requirement sets given (a current
 * Microsoft 365 by default); pass `requirements` to the adapter's host so its checks reach the fake.
 */
export class ExcelFake implements ExcelLike {
  readonly state = new FakeWorkbookState();
  readonly requirements: FakeRequirements;
  syncCount = 0;
  largestRequest = 0;
  largestResponse = 0;

  constructor(sets: AvailableSets = CURRENT_EXCEL) {
    this.requirements = new FakeRequirements(sets);
  }

  async run<T>(batch: (context: OfficeRequestContext) => Promise<T>): Promise<T> {
    this.requirements.check('Excel.run');
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.queue.length > 0) await context.sync();
    return result;
  }

  resetCounts(): void {
    this.syncCount = 0;
    this.largestRequest = 0;
    this.largestResponse = 0;
  }
}

/** `Office.context.document.settings`: values kept in memory, `saveAsync` counted. */
export class FakeSettings implements OfficeSettings {
  readonly values = new Map<string, unknown>();
  saves = 0;
  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  saveAsync(_options?: { readonly overwriteIfStale?: boolean }, callback?: (result: { status: string }) => void): void {
    this.saves++;
    setTimeout(() => callback?.({ status: 'succeeded' }), 0);
  }
}
