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
  OfficeConditionalFormat,
  OfficeRange,
  OfficeRequestContext,
  OfficeSettings,
  OfficeTable,
  OfficeTables,
  OfficeWorksheet,
  OfficeWorksheets,
} from '../../src/host/office/officeApi';
import {
  clearContents,
  enter,
  fakeError,
  FakeWorkbookState,
  parseAddress,
  qualified,
  readBlock,
  setFormat,
  usedRange,
  type FakeSheet,
  type FakeTable,
} from './excelFakeState';

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** A queued command: applies itself at sync and returns the request and response bytes it cost. */
type Command = () => { request: number; response: number };

class FakeContext implements OfficeRequestContext {
  readonly queue: Command[] = [];
  readonly workbook: OfficeRequestContext['workbook'];

  constructor(readonly fake: ExcelFake) {
    this.workbook = {
      worksheets: new Worksheets(this),
      tables: new Tables(this),
      getSelectedRange: () =>
        new Range(this, () => {
          const { state } = this.fake;
          if (state.selection) return { sheet: state.selection.sheet, range: parseAddress(state.selection.address) };
          const sheet = state.activeSheet ?? state.sheets[0];
          return { sheet, range: { top: 0, left: 0, bottom: 0, right: 0 } };
        }),
    };
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
      throw fakeError('RequestPayloadSizeLimitExceeded', `The request (${request} bytes) or response (${response} bytes) passed 5 MB.`);
    }
  }
}

function propsOf(arg: LoadArg): string[] {
  return (Array.isArray(arg) ? arg : arg.split(',')).map((p) => p.trim()).filter((p) => p !== '');
}

function bytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

/** Base of every proxy: loaded properties, readable only after sync. */
abstract class Proxy<T> {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeContext,
    protected readonly resolve: () => T | null,
  ) {}

  protected abstract read(target: T, prop: string): unknown;

  protected loadProps(props: string[]): void {
    this.ctx.queue.push(() => {
      const target = this.resolve();
      this.loaded.set('isNullObject', target === null);
      let response = 0;
      for (const prop of props) {
        const value = target === null ? null : this.read(target, prop);
        this.loaded.set(prop, value);
        response += bytes(value);
      }
      return { request: 50, response };
    });
  }

  /** Marks properties as loaded with known values (items of a loaded collection). */
  fill(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    this.loaded.set('isNullObject', false);
  }

  protected got<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw fakeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.loaded.get(prop) as V;
  }

  /** Queues a command on the live target; on a null object it fails at sync, like Office.js. */
  protected command(apply: (target: T) => void, request = 50): void {
    this.ctx.queue.push(() => {
      const target = this.resolve();
      if (target === null) throw fakeError('ItemNotFound', 'The requested resource does not exist.');
      apply(target);
      return { request, response: 0 };
    });
  }

  get isNullObject(): boolean {
    return this.got<boolean>('isNullObject');
  }
}

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly range: RangeRef;
}

function checkShape(target: RangeTarget, rows: unknown[][]): void {
  const height = target.range.bottom - target.range.top + 1;
  const width = target.range.right - target.range.left + 1;
  if (rows.length !== height || rows.some((r) => r.length !== width)) {
    throw fakeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
  }
}

class Range extends Proxy<RangeTarget> implements OfficeRange {
  load(properties: LoadArg): Range {
    this.loadProps(propsOf(properties));
    return this;
  }

  protected read(target: RangeTarget, prop: string): unknown {
    if (prop === 'address') return qualified(target.sheet, target.range);
    if (prop === 'rowCount') return target.range.bottom - target.range.top + 1;
    if (prop === 'columnCount') return target.range.right - target.range.left + 1;
    const block = readBlock(target.sheet, target.range);
    if (prop === 'values' || prop === 'formulas' || prop === 'numberFormat' || prop === 'valueTypes') return block[prop];
    throw fakeError('InvalidArgument', `The fake does not load Range.${prop}.`);
  }

  get address(): string {
    return this.got('address');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get values(): unknown[][] {
    return this.got('values');
  }
  set values(rows: unknown[][]) {
    this.write(rows, (t, r, c, v) => enter(t.sheet, r, c, v));
  }
  get formulas(): unknown[][] {
    return this.got('formulas');
  }
  set formulas(rows: unknown[][]) {
    this.write(rows, (t, r, c, v) => enter(t.sheet, r, c, v));
  }
  get numberFormat(): unknown[][] {
    return this.got('numberFormat');
  }
  set numberFormat(rows: unknown[][]) {
    this.write(rows, (t, r, c, v) => setFormat(t.sheet, r, c, v));
  }
  get valueTypes(): unknown[][] {
    return this.got('valueTypes');
  }

  private write(rows: unknown[][], put: (t: RangeTarget, row: number, col: number, value: unknown) => void): void {
    this.command((t) => {
      checkShape(t, rows);
      rows.forEach((row, r) => row.forEach((v, c) => put(t, t.range.top + r, t.range.left + c, v)));
    }, bytes(rows));
  }

  clear(): void {
    this.command((t) => clearContents(t.sheet, t.range));
  }

  select(): void {
    this.command((t) => {
      if (this.ctx.fake.state.activeSheet !== t.sheet) throw fakeError('InvalidSelection', 'Cannot select a range on a sheet that is not active.');
      this.ctx.fake.state.selection = { sheet: t.sheet, address: qualified(t.sheet, t.range).split('!')[1] };
    });
  }

  get conditionalFormats(): OfficeRange['conditionalFormats'] {
    return {
      add: (type) => conditionalFormat(this.ctx, this.resolve, type),
      clearAll: () => this.command((t) => removeWhere(t.sheet.conditionalFormats, (cf) => cf.address === qualified(t.sheet, t.range))),
    };
  }

  get dataValidation(): OfficeRange['dataValidation'] {
    const command = (apply: (t: RangeTarget) => void): void => this.command(apply);
    return {
      clear: () => command((t) => removeWhere(t.sheet.validations, (v) => v.address === qualified(t.sheet, t.range))),
      get rule(): OfficeRange['dataValidation']['rule'] {
        throw fakeError('PropertyNotLoaded', 'The fake does not load dataValidation.rule.');
      },
      set rule(rule: OfficeRange['dataValidation']['rule']) {
        command((t) => t.sheet.validations.push({ address: qualified(t.sheet, t.range), source: rule.list?.source }));
      },
    };
  }

  get format(): OfficeRange['format'] {
    const command = (apply: (t: RangeTarget) => void): void => this.command(apply);
    return {
      get columnWidth(): number {
        throw fakeError('PropertyNotLoaded', 'The fake does not load format.columnWidth.');
      },
      set columnWidth(width: number) {
        command((t) => {
          for (let c = t.range.left; c <= t.range.right; c++) t.sheet.columnWidths.set(c, width);
        });
      },
    };
  }
}

function removeWhere<T>(list: T[], drop: (item: T) => boolean): void {
  const kept = list.filter((item) => !drop(item));
  list.splice(0, list.length, ...kept);
}

function conditionalFormat(ctx: FakeContext, resolve: () => RangeTarget | null, type: string): OfficeConditionalFormat {
  const entry = { address: '', kind: type, rule: null as unknown, fill: '', font: '' };
  ctx.queue.push(() => {
    const t = resolve();
    if (t === null) throw fakeError('ItemNotFound', 'The requested resource does not exist.');
    entry.address = qualified(t.sheet, t.range);
    t.sheet.conditionalFormats.push(entry);
    return { request: 50, response: 0 };
  });
  const later = (apply: () => void): void => {
    ctx.queue.push(() => {
      apply();
      return { request: 50, response: 0 };
    });
  };
  const format = {
    fill: { set color(c: string) { later(() => (entry.fill = c)); }, get color(): string { throw fakeError('PropertyNotLoaded', 'fill.color'); } },
    font: { set color(c: string) { later(() => (entry.font = c)); }, get color(): string { throw fakeError('PropertyNotLoaded', 'font.color'); } },
  };
  const part = <R>(kind: string) => ({
    format,
    set rule(rule: R) {
      later(() => {
        if (entry.kind !== kind) throw fakeError('InvalidArgument', `A ${entry.kind} format has no ${kind} rule.`);
        entry.rule = rule;
      });
    },
    get rule(): R {
      throw fakeError('PropertyNotLoaded', 'rule');
    },
  });
  return { cellValue: part('CellValue'), textComparison: part('ContainsText') };
}

class Worksheet extends Proxy<FakeSheet> implements OfficeWorksheet {
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
    return {
      freezeRows: (count = 1) => this.command((s) => (s.frozenRows = count)),
      unfreeze: () => this.command((s) => (s.frozenRows = 0)),
    };
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
      if (next.top !== t.range.top || next.bottom <= next.top) throw fakeError('InvalidArgument', 'The header row must stay in place and the table keep a body row.');
      t.range = next;
    });
  }
}

class Tables extends Proxy<FakeTable[]> implements OfficeTables {
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
      if (!sheet || !hasHeaders) throw fakeError('InvalidArgument', 'The fake only adds tables with headers on a known sheet.');
      const range = parseAddress(local);
      for (const t of state.tables) {
        const r = t.range;
        if (t.sheet === sheet && r.top <= range.bottom && range.top <= r.bottom && r.left <= range.right && range.left <= r.right) {
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

/** The fake `Excel`: `run` gives a fresh request context; commands left unsynced at the end are flushed, as Excel.run does. */
export class ExcelFake implements ExcelLike {
  readonly state = new FakeWorkbookState();
  syncCount = 0;
  largestRequest = 0;
  largestResponse = 0;

  async run<T>(batch: (context: OfficeRequestContext) => Promise<T>): Promise<T> {
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
