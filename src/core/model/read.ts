/** Phase one of building the model: each recognised table's rows become entities whose links are not yet resolved. */
import { DEFAULT_DATE_ORDER, isDayMonthAmbiguous, type DateOrder } from '../dates';
import { columnLetter, parseRangeAddress } from '../grid/a1';
import type { CellValue } from '../grid/types';
import {
  cellDate,
  cellNumber,
  cellRaw,
  cellText,
  impactValue,
  isBlank,
  saysNothingYet,
  strategyType,
  swotQuadrant,
} from './cells';
import { ModelError } from './errors';
import { MODEL_MISUSE } from './messages';
import { locateColumns, TABLE_SCHEMAS } from './schema';
import type {
  DateField,
  EntityKind,
  EntityRef,
  Goal,
  Kpi,
  LinkField,
  Location,
  ResolvedLink,
  RawTable,
  StrategyItem,
  SwotEntry,
  TableInfo,
  TableKind,
  TableMapping,
  TowsEntry,
} from './types';

/**
 * A link cell as read. Its links can be resolved only once every table is read (a KPI may name a goal on a
 * later sheet), so the builder fills `links` in afterwards; until then it holds none.
 */
export interface PendingLink extends LinkField {
  links: readonly ResolvedLink[];
}

/** Shared by every empty link cell; read-only by type (see `Lists` in build.ts on why not frozen). */
const NO_LINKS: readonly ResolvedLink[] = [];

/**
 * What the tables hold, read once into the model's own entities: nothing is copied again afterwards. The
 * link columns are also listed beside their entities (`goalPillars[i]` is `goals[i].pillar`) for the builder.
 */
export interface Drafts {
  readonly tables: TableInfo[];
  readonly strategy: StrategyItem[];
  readonly goals: Goal[];
  readonly kpis: Kpi[];
  readonly swot: SwotEntry[];
  readonly tows: TowsEntry[];
  readonly goalPillars: PendingLink[];
  readonly goalSources: PendingLink[];
  readonly kpiGoals: PendingLink[];
  readonly swotGoals: PendingLink[];
  readonly towsFrom: PendingLink[];
  readonly towsGoals: PendingLink[];
  readonly dates: DateTally;
}

/** How text dates are read, and those that could have been read the other way. */
export interface DateTally {
  readonly order: DateOrder;
  ambiguous: number;
  example: string | null;
}

export function emptyDrafts(order: DateOrder = DEFAULT_DATE_ORDER): Drafts {
  return {
    dates: { order, ambiguous: 0, example: null },
    tables: [],
    strategy: [],
    goals: [],
    kpis: [],
    swot: [],
    tows: [],
    goalPillars: [],
    goalSources: [],
    kpiGoals: [],
    swotGoals: [],
    towsFrom: [],
    towsGoals: [],
  };
}

/**
 * A table's name, sheet and the column letters of its fields, worked out once per table rather than once per
 * cell.
 */
class Layout {
  readonly letters = new Map<string, string>();
  /** Column letter of each row's own cell: its ID, or its first cell when the table has no ID column. */
  readonly rowLetter: string;
  constructor(
    readonly table: string,
    readonly sheet: string,
    readonly columns: Map<string, number>,
    left: number,
    readonly headers: readonly string[],
  ) {
    for (const [header, col] of columns) this.letters.set(header, columnLetter(left + col));
    const firstLetter = columnLetter(left + (columns.size > 0 ? Math.min(...columns.values()) : 0));
    this.rowLetter = this.letters.get('ID') ?? firstLetter;
  }
}

/** The data row being read, with its columns found by header; one cursor moves down the table. */
class Row {
  private cells: readonly CellValue[] = [];
  private sheetRow = 0;
  /** Link fields made so far, by column and then by the cell's text (see `link`). */
  private readonly sharedLinks = new Map<string, Map<string, LinkCell>>();

  constructor(private readonly layout: Layout) {}

  moveTo(cells: readonly CellValue[], sheetRow: number): this {
    this.cells = cells;
    this.sheetRow = sheetRow;
    return this;
  }

  value(header: string): CellValue {
    const col = this.layout.columns.get(header);
    return col === undefined ? null : cellRaw(this.cells[col]);
  }

  text(header: string): string {
    return cellText(this.value(header));
  }

  /** The place of the entity this row becomes: entity `index` of its kind. */
  place(kind: EntityKind, index: number): RowLocation {
    return new RowLocation(this.layout, this.sheetRow + 1, kind, index);
  }

  /**
   * A link column's cell. A cell that only says nothing is linked yet ("n/a", "TBD", "-") links to nothing, as
   * a blank one does, rather than to an entity named "n/a".
   *
   * Cells that say the same in one column share one field: a link depends only on its text, so it is resolved
   * once per distinct text. `own` is for a column that may name the row's own entity (a goal's Source), whose
   * links then say so: each such cell is its own.
   */
  link(header: string, own = false): PendingLink {
    const text = this.text(header);
    const raw = saysNothingYet(text) ? '' : text;
    if (own && raw !== '') return new LinkCell(header, raw);
    let byText = this.sharedLinks.get(header);
    if (byText === undefined) this.sharedLinks.set(header, (byText = new Map<string, LinkCell>()));
    let field = byText.get(raw);
    if (field === undefined) byText.set(raw, (field = new LinkCell(header, raw)));
    return field;
  }
}

/**
 * Where an entity sits, and which entity it is: an entity's `location` and its `ref` are this one object. Its
 * cell's address is made only when asked for (a finding, the strategy map): an audit reads every row but
 * reports on few. The table, sheet and column letters are its table's, kept once in the table's layout.
 */
class RowLocation implements Location, EntityRef {
  constructor(
    private readonly layout: Layout,
    readonly row: number,
    readonly kind: EntityKind,
    readonly index: number,
  ) {}

  get table(): string {
    return this.layout.table;
  }

  get sheet(): string {
    return this.layout.sheet;
  }

  get columns(): ReadonlyMap<string, string> {
    return this.layout.letters;
  }

  get cell(): string {
    return `${this.layout.rowLetter}${this.row}`;
  }
}

/** A link cell as read; its links are filled in once every table is read. */
class LinkCell implements PendingLink {
  links: readonly ResolvedLink[] = NO_LINKS;
  constructor(
    readonly column: string,
    readonly raw: string,
  ) {}
}

function allBlank(cells: readonly CellValue[]): boolean {
  for (const c of cells) if (!isBlank(c)) return false;
  return true;
}

function tableOrigin(table: TableHead): { top: number; left: number } {
  try {
    const r = parseRangeAddress(table.range);
    return { top: r.top, left: r.left };
  } catch {
    throw new ModelError(MODEL_MISUSE.badRange(table.name, table.range));
  }
}

/** The kind of entity each kind of table holds. */
const ENTITY_KINDS: Readonly<Record<TableKind, EntityKind>> = {
  strategy: 'strategy',
  goals: 'goal',
  kpis: 'kpi',
  swot: 'swot',
  tows: 'tows',
};

/** A table's name, sheet, range and headers: what is known of it before its rows are read. */
export type TableHead = Omit<RawTable, 'rows'>;

/**
 * Reads the rows of one recognised table into the drafts, in as many parts as the caller hands over. A part is
 * read and can then be let go: a port can read a long table part by part, so that its rows are never all
 * in memory at once.
 */
export class TableReader {
  private readonly info: { -readonly [K in keyof TableInfo]: TableInfo[K] };
  /** For messages; the head itself is not kept, as a caller may hand over a whole table as its head. */
  private readonly name: string;
  private readonly cursor: Row;
  private readonly top: number;
  private readonly readRow: (row: Row, location: RowLocation, id: string, out: Drafts) => void;
  private readonly entityKind: EntityKind;
  /** The drafts' list this table's entities go to (named by the kind of table); its length is the next index. */
  private readonly entities: readonly unknown[];

  constructor(
    table: TableHead,
    kind: TableKind,
    mapping: TableMapping | undefined,
    private readonly out: Drafts,
  ) {
    const schema = TABLE_SCHEMAS[kind];
    const columns = locateColumns(schema, table.headers, mapping);
    const origin = tableOrigin(table);
    const headers = schema.fields.map((fs) => fs.header);
    this.info = {
      name: table.name,
      kind,
      sheet: table.sheet,
      range: table.range,
      rowCount: 0,
      missingColumns: headers.filter((h) => !columns.has(h)),
    };
    out.tables.push(this.info);
    this.name = table.name;
    this.top = origin.top;
    this.cursor = new Row(new Layout(table.name, table.sheet, columns, origin.left, headers));
    this.readRow = READERS[kind];
    this.entityKind = ENTITY_KINDS[kind];
    this.entities = out[kind];
  }

  /** Reads `rows`, the table's body rows from index `first` (0 is the row under the headers) on. */
  read(rows: readonly (readonly CellValue[])[], first: number): void {
    const { cursor, readRow, out, entityKind, entities } = this;
    for (let i = 0; i < rows.length; i++) {
      const cells: unknown = rows[i];
      if (!Array.isArray(cells)) throw new ModelError(MODEL_MISUSE.rowNotArray(this.name, first + i));
      // Blank rows inside a table are spacing, not entities.
      if (allBlank(cells as readonly CellValue[])) continue;
      const row = cursor.moveTo(cells as readonly CellValue[], this.top + 1 + first + i);
      readRow(row, row.place(entityKind, entities.length), row.text('ID'), out);
    }
    this.info.rowCount = Math.max(this.info.rowCount, first + rows.length);
  }
}

/** One data row into its entity, one function per kind of table. */
const READERS: Readonly<Record<TableKind, (row: Row, location: RowLocation, id: string, out: Drafts) => void>> = {
  strategy: readStrategyRow,
  goals: readGoalRow,
  kpis: readKpiRow,
  swot: readSwotRow,
  tows: readTowsRow,
};

function readStrategyRow(row: Row, location: RowLocation, id: string, out: Drafts): void {
  out.strategy.push({
    ref: location,
    id,
    location,
    type: strategyType(row.text('Type'), id),
    typeText: row.text('Type'),
    statement: row.text('Statement'),
  });
}

/** A date cell read in the drafts' order; text that could be read the other way is counted. */
function dateIn(out: Drafts, value: CellValue | undefined, edge: 'start' | 'end'): DateField {
  const field = cellDate(value, edge, out.dates.order);
  if (field.serial !== null && typeof value === 'string' && isDayMonthAmbiguous(value)) {
    out.dates.ambiguous++;
    out.dates.example ??= value.trim();
  }
  return field;
}

function readGoalRow(row: Row, location: RowLocation, id: string, out: Drafts): void {
  const pillar = row.link('Pillar');
  const source = row.link('Source', true);
  out.goalPillars.push(pillar);
  out.goalSources.push(source);
  out.goals.push({
    ref: location,
    id,
    location,
    text: row.text('Goal'),
    pillar,
    source,
    owner: row.text('Owner'),
    start: dateIn(out, row.value('Start'), 'start'),
    due: dateIn(out, row.value('Due'), 'end'),
    baseline: row.value('Baseline'),
    target: row.value('Target'),
    unit: row.text('Unit'),
    smart: cellNumber(row.value('SMART')),
    tips: row.text('Tips'),
    status: row.text('Status'),
  });
}

function readKpiRow(row: Row, location: RowLocation, id: string, out: Drafts): void {
  const goal = row.link('Goal');
  out.kpiGoals.push(goal);
  out.kpis.push({
    ref: location,
    id,
    location,
    name: row.text('KPI'),
    goal,
    direction: row.text('Direction'),
    unit: row.text('Unit'),
    baseline: row.value('Baseline'),
    target: row.value('Target'),
    actual: row.value('Actual'),
    asOf: dateIn(out, row.value('As of'), 'end'),
    start: dateIn(out, row.value('Start'), 'start'),
    due: dateIn(out, row.value('Due'), 'end'),
    frequency: row.text('Frequency'),
    owner: row.text('Owner'),
    status: row.text('Status'),
    progress: row.value('Progress'),
  });
}

function readSwotRow(row: Row, location: RowLocation, id: string, out: Drafts): void {
  const goals = row.link('Goals');
  out.swotGoals.push(goals);
  out.swot.push({
    ref: location,
    id,
    location,
    quadrant: swotQuadrant(row.text('Quadrant'), id),
    text: row.text('Item'),
    impact: impactValue(row.value('Impact (1-5)')),
    evidence: row.text('Evidence'),
    goals,
  });
}

function readTowsRow(row: Row, location: RowLocation, id: string, out: Drafts): void {
  const from = row.link('From');
  const goal = row.link('Goal');
  out.towsFrom.push(from);
  out.towsGoals.push(goal);
  out.tows.push({
    ref: location,
    id,
    location,
    type: row.text('Type').toUpperCase(),
    text: row.text('Strategy'),
    from,
    goal,
  });
}
