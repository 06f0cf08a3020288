/**
 * The fake's workbook names (`context.workbook.names`), as Excel behaves: `add` refuses a name
 * that exists (any case) and, in an Excel without LAMBDA, a formula using it; a name's `value`
 * is what its formula computes, which the fake knows only for the `=LAMBDA(x,x+1)(n)` probe form
 * (other LAMBDA names read `#CALC!`, as an uncalled LAMBDA does in Excel).
 */
import type { LoadArg, OfficeNamedItem, OfficeNamedItems } from '../../src/host/office/officeApi';
import { bytes, propsOf, Proxy, removeWhere, type FakeContextLike } from './excelFakeProxy';
import { fakeError, type FakeName, type FakeWorkbookState } from './excelFakeState';

function valueOf(name: FakeName, state: FakeWorkbookState): unknown {
  const probe = /^=LAMBDA\((\w+),\1\+1\)\((\d+)\)$/i.exec(name.formula.replace(/\s+/g, ''));
  if (probe) return Number(probe[2]) + 1;
  if (/^=LAMBDA\(/i.test(name.formula)) return state.lambda ? '#CALC!' : '#NAME?';
  return null;
}

function read(name: FakeName, prop: string, state: FakeWorkbookState): unknown {
  if (prop === 'name') return name.name;
  if (prop === 'formula') return name.formula;
  if (prop === 'comment') return name.comment;
  if (prop === 'value') return valueOf(name, state);
  throw fakeError('InvalidArgument', `The fake does not load NamedItem.${prop}.`);
}

export class NamedItem extends Proxy<FakeName> implements OfficeNamedItem {
  static readonly apiType = 'Excel.NamedItem';
  load(properties: LoadArg): NamedItem {
    this.loadProps(propsOf(properties));
    return this;
  }
  protected read(target: FakeName, prop: string): unknown {
    return read(target, prop, this.ctx.fake.state);
  }
  get name(): string {
    return this.got('name');
  }
  get formula(): unknown {
    return this.got('formula');
  }
  get comment(): string {
    return this.got('comment');
  }
  get value(): unknown {
    return this.got('value');
  }
  delete(): void {
    this.command((n) => removeWhere(this.ctx.fake.state.names, (x) => x === n));
  }
}

export class NamedItems extends Proxy<FakeName[]> implements OfficeNamedItems {
  static readonly apiType = 'Excel.NamedItemCollection';
  private snapshot: NamedItem[] | null = null;
  constructor(ctx: FakeContextLike) {
    super(ctx, () => ctx.fake.state.names);
  }
  load(properties: LoadArg): NamedItems {
    const props = propsOf(properties).map((p) => p.replace(/^items\//, ''));
    this.ctx.queue.push(() => {
      const { state } = this.ctx.fake;
      const names = [...state.names];
      this.snapshot = names.map((n) => {
        const item = new NamedItem(this.ctx, () => (state.names.includes(n) ? n : null));
        item.fill(Object.fromEntries(props.map((p) => [p, read(n, p, state)])));
        return item;
      });
      return { request: 50, response: bytes(names) };
    });
    return this;
  }
  protected read(): unknown {
    return null;
  }
  get items(): NamedItem[] {
    if (this.snapshot === null) throw fakeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.snapshot;
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.ctx, () => this.ctx.fake.state.findName(name) ?? null);
  }
  add(name: string, reference: string, comment = ''): NamedItem {
    let created: FakeName | null = null;
    this.ctx.queue.push(() => {
      const { state } = this.ctx.fake;
      if (state.findName(name)) throw fakeError('ItemAlreadyExists', `The name ${name} already exists.`);
      if (!state.lambda && /\bLAMBDA\(/i.test(reference))
        throw fakeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      created = { name, formula: reference, comment };
      state.names.push(created);
      return { request: 50 + bytes(reference), response: 0 };
    });
    return new NamedItem(this.ctx, () => created);
  }
}
