/** Phase one of building the model: each recognised table's rows become entity drafts with unresolved link text. */
import { columnLetter, parseRangeAddress } from '../grid/a1';
import type { CellValue } from '../grid/types';
import { cellDate, cellNumber, cellRaw, cellText, impactValue, isBlank, strategyType, swotQuadrant } from './cells';
import { ModelError } from './errors';
import { MODEL_MISUSE } from './messages';
import { locateColumns, TABLE_SCHEMAS } from './schema';
import type {
  Goal,
  Kpi,
  Location,
  RawTable,
  StrategyItem,
  SwotEntry,
  TableInfo,
  TableKind,
  TableMapping,
  TowsEntry,
} from './types';

/** A link cell before resolution. */
export interface RawLink {
  readonly column: string;
  readonly cell: string;
  readonly raw: string;
}

type Drafted<T, K extends keyof T> = Omit<T, K | 'ref'> & { readonly [P in K]: RawLink };

export type GoalDraft = Drafted<Goal, 'pillar' | 'source'>;
export type KpiDraft = Drafted<Kpi, 'goal'>;
export type SwotDraft = Drafted<SwotEntry, 'goals'>;
export type TowsDraft = Drafted<TowsEntry, 'from' | 'goal'>;
export type StrategyDraft = Omit<StrategyItem, 'ref'>;

export interface Drafts {
  readonly tables: TableInfo[];
  readonly strategy: StrategyDraft[];
  readonly goals: GoalDraft[];
  readonly kpis: KpiDraft[];
  readonly swot: SwotDraft[];
  readonly tows: TowsDraft[];
}

export function emptyDrafts(): Drafts {
  return { tables: [], strategy: [], goals: [], kpis: [], swot: [], tows: [] };
}

/** Column letters of a table's fields, worked out once per table rather than once per cell. */
class Layout {
  readonly letters = new Map<string, string>();
  readonly firstLetter: string;
  constructor(
    readonly columns: Map<string, number>,
    left: number,
    readonly headers: readonly string[],
  ) {
    for (const [header, col] of columns) this.letters.set(header, columnLetter(left + col));
    this.firstLetter = columnLetter(left + (columns.size > 0 ? Math.min(...columns.values()) : 0));
  }
}

/** The data row being read, with its columns found by header; one cursor moves down the table. */
class Row {
  private cells: readonly CellValue[] = [];
  private sheetRow = 0;

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

  cell(header: string): string | undefined {
    const letter = this.layout.letters.get(header);
    return letter === undefined ? undefined : `${letter}${this.sheetRow + 1}`;
  }

  location(table: RawTable, idHeader: string): Location {
    const row = this.sheetRow + 1;
    return {
      table: table.name,
      sheet: table.sheet,
      cell: `${this.layout.letters.get(idHeader) ?? this.layout.firstLetter}${row}`,
      row,
      columns: this.layout.letters,
    };
  }

  link(header: string, location: Location): RawLink {
    return { column: header, cell: this.cell(header) ?? location.cell, raw: this.text(header) };
  }
}

function tableOrigin(table: RawTable): { top: number; left: number } {
  try {
    const r = parseRangeAddress(table.range);
    return { top: r.top, left: r.left };
  } catch {
    throw new ModelError(MODEL_MISUSE.badRange(table.name, table.range));
  }
}

/** Reads one recognised table into the drafts. */
export function readTable(table: RawTable, kind: TableKind, mapping: TableMapping | undefined, out: Drafts): void {
  const schema = TABLE_SCHEMAS[kind];
  const columns = locateColumns(schema, table.headers, mapping);
  const { top, left } = tableOrigin(table);
  const headers = schema.fields.map((fs) => fs.header);
  out.tables.push({
    name: table.name,
    kind,
    sheet: table.sheet,
    range: table.range,
    rowCount: table.rows.length,
    missingColumns: headers.filter((h) => !columns.has(h)),
  });
  const layout = new Layout(columns, left, headers);
  const cursor = new Row(layout);
  table.rows.forEach((cells, i) => {
    if (!Array.isArray(cells)) throw new ModelError(MODEL_MISUSE.rowNotArray(table.name, i));
    // Blank rows inside a table are spacing, not entities.
    if (cells.every((c) => isBlank(c as CellValue))) return;
    const row = cursor.moveTo(cells as readonly CellValue[], top + 1 + i);
    const location = row.location(table, 'ID');
    const id = row.text('ID');
    switch (kind) {
      case 'strategy':
        out.strategy.push({
          id,
          location,
          type: strategyType(row.text('Type'), id),
          typeText: row.text('Type'),
          statement: row.text('Statement'),
        });
        break;
      case 'goals':
        out.goals.push({
          id,
          location,
          text: row.text('Goal'),
          pillar: row.link('Pillar', location),
          source: row.link('Source', location),
          owner: row.text('Owner'),
          start: cellDate(row.value('Start'), 'start'),
          due: cellDate(row.value('Due'), 'end'),
          baseline: row.value('Baseline'),
          target: row.value('Target'),
          unit: row.text('Unit'),
          smart: cellNumber(row.value('SMART')),
          tips: row.text('Tips'),
          status: row.text('Status'),
        });
        break;
      case 'kpis':
        out.kpis.push({
          id,
          location,
          name: row.text('KPI'),
          goal: row.link('Goal', location),
          direction: row.text('Direction'),
          unit: row.text('Unit'),
          baseline: row.value('Baseline'),
          target: row.value('Target'),
          actual: row.value('Actual'),
          asOf: cellDate(row.value('As of'), 'end'),
          start: cellDate(row.value('Start'), 'start'),
          due: cellDate(row.value('Due'), 'end'),
          frequency: row.text('Frequency'),
          owner: row.text('Owner'),
          status: row.text('Status'),
          progress: row.value('Progress'),
        });
        break;
      case 'swot':
        out.swot.push({
          id,
          location,
          quadrant: swotQuadrant(row.text('Quadrant'), id),
          text: row.text('Item'),
          impact: impactValue(row.value('Impact (1-5)')),
          evidence: row.text('Evidence'),
          goals: row.link('Goals', location),
        });
        break;
      case 'tows':
        out.tows.push({
          id,
          location,
          type: row.text('Type').toUpperCase(),
          text: row.text('Strategy'),
          from: row.link('From', location),
          goal: row.link('Goal', location),
        });
        break;
    }
  });
}
