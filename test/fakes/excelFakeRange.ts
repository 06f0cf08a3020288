/** Ranges and conditional formats of the Excel fake. */
import type { RangeRef } from '../../src/core/grid/a1';
import type { LoadArg, OfficeConditionalFormat, OfficeRange } from '../../src/host/office/officeApi';
import { clearContents, enter, fakeError, qualified, readBlock, setFormat, type FakeSheet } from './excelFakeState';
import { bytes, propsOf, Proxy, removeWhere, type FakeContextLike } from './excelFakeProxy';
import { checkedApi } from './excelFakeRequirements';

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly range: RangeRef;
}

function checkShape(target: RangeTarget, rows: unknown[][]): void {
  const height = target.range.bottom - target.range.top + 1;
  const width = target.range.right - target.range.left + 1;
  if (rows.length !== height || rows.some((r) => r.length !== width)) {
    throw fakeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
    );
  }
}

export class Range extends Proxy<RangeTarget> implements OfficeRange {
  static readonly apiType = 'Excel.Range';
  load(properties: LoadArg): Range {
    this.loadProps(propsOf(properties));
    return this;
  }

  protected read(target: RangeTarget, prop: string): unknown {
    if (prop === 'address') return qualified(target.sheet, target.range);
    if (prop === 'rowCount') return target.range.bottom - target.range.top + 1;
    if (prop === 'columnCount') return target.range.right - target.range.left + 1;
    const block = readBlock(target.sheet, target.range);
    if (prop === 'values' || prop === 'formulas' || prop === 'numberFormat' || prop === 'valueTypes')
      return block[prop];
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
      if (this.ctx.fake.state.activeSheet !== t.sheet)
        throw fakeError('InvalidSelection', 'Cannot select a range on a sheet that is not active.');
      this.ctx.fake.state.selection = { sheet: t.sheet, address: qualified(t.sheet, t.range).split('!')[1] };
    });
  }

  private checked<O extends object>(part: O, type: string): O {
    return checkedApi(part, type, () => this.ctx.fake.requirements);
  }

  get conditionalFormats(): OfficeRange['conditionalFormats'] {
    return this.checked<OfficeRange['conditionalFormats']>(
      {
        add: (type) => conditionalFormat(this.ctx, this.resolve, type),
        clearAll: () =>
          this.command((t) =>
            removeWhere(t.sheet.conditionalFormats, (cf) => cf.address === qualified(t.sheet, t.range)),
          ),
      },
      'Excel.ConditionalFormatCollection',
    );
  }

  get dataValidation(): OfficeRange['dataValidation'] {
    const command = (apply: (t: RangeTarget) => void): void => this.command(apply);
    return this.checked<OfficeRange['dataValidation']>(
      {
        clear: () => command((t) => removeWhere(t.sheet.validations, (v) => v.address === qualified(t.sheet, t.range))),
        get rule(): OfficeRange['dataValidation']['rule'] {
          throw fakeError('PropertyNotLoaded', 'The fake does not load dataValidation.rule.');
        },
        set rule(rule: OfficeRange['dataValidation']['rule']) {
          command((t) => t.sheet.validations.push({ address: qualified(t.sheet, t.range), source: rule.list?.source }));
        },
      },
      'Excel.DataValidation',
    );
  }

  get format(): OfficeRange['format'] {
    const command = (apply: (t: RangeTarget) => void): void => this.command(apply);
    return this.checked<OfficeRange['format']>(
      {
        get columnWidth(): number {
          throw fakeError('PropertyNotLoaded', 'The fake does not load format.columnWidth.');
        },
        set columnWidth(width: number) {
          command((t) => {
            for (let c = t.range.left; c <= t.range.right; c++) t.sheet.columnWidths.set(c, width);
          });
        },
      },
      'Excel.RangeFormat',
    );
  }
}

function conditionalFormat(
  ctx: FakeContextLike,
  resolve: () => RangeTarget | null,
  type: string,
): OfficeConditionalFormat {
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
  const checked = <O extends object>(part: O, type: string): O => checkedApi(part, type, () => ctx.fake.requirements);
  const format = checked(
    {
      fill: checked(
        {
          set color(c: string) {
            later(() => (entry.fill = c));
          },
          get color(): string {
            throw fakeError('PropertyNotLoaded', 'fill.color');
          },
        },
        'Excel.ConditionalRangeFill',
      ),
      font: checked(
        {
          set color(c: string) {
            later(() => (entry.font = c));
          },
          get color(): string {
            throw fakeError('PropertyNotLoaded', 'font.color');
          },
        },
        'Excel.ConditionalRangeFont',
      ),
    },
    'Excel.ConditionalRangeFormat',
  );
  const part = <R>(kind: string, type: string) =>
    checked(
      {
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
      },
      type,
    );
  return checked(
    {
      cellValue: part('CellValue', 'Excel.CellValueConditionalFormat'),
      textComparison: part('ContainsText', 'Excel.TextConditionalFormat'),
    },
    'Excel.ConditionalFormat',
  );
}
