/**
 * Reads the strategy model from any workbook through the port: one table listing, the stored
 * Structure mappings, then only the tables the model needs (Rudder tables by name, and tables
 * the user structured under other names). Pure plumbing: the model itself is built by the core.
 */
import {
  ambiguousDatesNote,
  StrategyModelBuilder,
  TABLE_SCHEMAS,
  type StrategyModel,
  isHistoryTable,
  type RowsReader,
  type TableKind,
  type TableMapping,
} from '../core/model';
import { recogniseTable } from '../core/model/schema';
import { dateOrderOfLocale } from '../core/dates';
import type { JsonValue, TableInfo, WorkbookPort } from './port';

const KINDS: readonly TableKind[] = ['strategy', 'goals', 'kpis', 'swot', 'tows'];

/** The settings key Structure stores a Rudder table's mapping under (`rudder.structure.RudderGoals`). */
export function structureSettingKey(kind: TableKind): string {
  return `rudder.structure.${TABLE_SCHEMAS[kind].tableName}`;
}

type JsonObject = { readonly [key: string]: JsonValue };

const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function stringColumns(value: JsonValue | undefined): Record<string, string> {
  const columns: Record<string, string> = {};
  if (isObject(value)) for (const [k, v] of Object.entries(value)) if (typeof v === 'string') columns[k] = v;
  return columns;
}

/**
 * What one stored setting says about where a kind of table lives. Two shapes are understood:
 * a model mapping (`{table, kind, columns}`), and what Structure writes (`{version, table, sheet, …}`),
 * where the table may have been renamed by the user since: then the one unrecognised table on the
 * remembered sheet is taken as it (its headers are still Rudder's, so no column mapping is needed).
 */
export function mappingFromSetting(
  kind: TableKind,
  value: JsonValue | undefined,
  tables: readonly TableInfo[],
): TableMapping | null {
  if (!isObject(value) || typeof value.table !== 'string') return null;
  const storedKind =
    typeof value.kind === 'string' && (KINDS as readonly string[]).includes(value.kind)
      ? (value.kind as TableKind)
      : kind;
  const columns = stringColumns(value.columns);
  if (tables.some((t) => sameName(t.name, value.table as string)))
    return { table: value.table, kind: storedKind, columns };
  if (typeof value.sheet !== 'string') return null;
  const sheet = value.sheet;
  const candidates = tables.filter((t) => sameName(t.sheet, sheet) && recogniseTable(t.name, []) === null);
  // Two unknown tables on that sheet: guessing could read the wrong one, so read neither.
  return candidates.length === 1 ? { table: candidates[0].name, kind: storedKind, columns } : null;
}

/** The mappings stored by Structure for tables Rudder would not recognise by name alone. */
export async function readStoredMappings(port: WorkbookPort, tables: readonly TableInfo[]): Promise<TableMapping[]> {
  const settings = await Promise.all(KINDS.map((kind) => port.readSetting(structureSettingKey(kind))));
  const mappings: TableMapping[] = [];
  KINDS.forEach((kind, i) => {
    const mapping = mappingFromSetting(kind, settings[i], tables);
    // A mapping onto the Rudder table of its own name with no renamed columns adds nothing.
    const plain =
      mapping !== null &&
      sameName(mapping.table, TABLE_SCHEMAS[mapping.kind].tableName) &&
      Object.keys(mapping.columns).length === 0;
    if (mapping && !plain) mappings.push(mapping);
  });
  return mappings;
}

export interface StrategyRead {
  readonly model: StrategyModel;
  /** The tables read, in workbook order (for "checked RudderGoals on Goals (Rudder)…"). */
  readonly tables: readonly TableInfo[];
  readonly mappings: readonly TableMapping[];
}

/**
 * Rows per part when a port can read a table in parts: small enough that a part's rows are let go long before
 * the garbage collector's young generation fills, large enough that parts cost nothing to hand over.
 */
export const ROWS_PER_PART = 1000;

/** Reads one table into the builder, in parts where the port can; its header facts, or null when it is gone. */
async function readInto(port: WorkbookPort, name: string, builder: StrategyModelBuilder): Promise<TableInfo | null> {
  if (port.readTableInParts) {
    let reader: RowsReader | null | undefined;
    const info = await port.readTableInParts(name, ROWS_PER_PART, (table, rows, first) => {
      if (reader === undefined) reader = builder.table(table);
      reader?.read(rows, first);
    });
    // A table without body rows still counts: its missing columns are worth saying.
    if (info !== null && reader === undefined) builder.table(info);
    return info;
  }
  const data = await port.readTable(name);
  if (data === null) return null;
  builder.table(data)?.read(data.rows, 0);
  return { name: data.name, sheet: data.sheet, range: data.range, headers: data.headers };
}

/**
 * Lists the tables, reads the stored mappings, then reads each table the model uses (and no other)
 * and builds the model. A workbook without Rudder tables gives an empty model whose `emptyReason`
 * says in plain words how to start.
 */
export async function readStrategyWorkbook(port: WorkbookPort): Promise<StrategyRead> {
  const listed = await port.listTables();
  const mappings = await readStoredMappings(port, listed);
  // Text dates such as 03/04/2027 are read in the order of the workbook's locale when the host knows it.
  const dateOrder = dateOrderOfLocale(port.hostInfo().locale) ?? undefined;
  const builder = new StrategyModelBuilder({ mappings, dateOrder });
  const tables: TableInfo[] = [];
  for (const listedTable of listed) {
    if (recogniseTable(listedTable.name, mappings) === null && !isHistoryTable(listedTable.name)) continue;
    // One table at a time, each let go before the next is read; a table deleted since the listing is skipped.
    const info = await readInto(port, listedTable.name, builder);
    if (info !== null) tables.push(info);
  }
  return { model: builder.build(), tables, mappings };
}

/** The strategy model of the workbook behind `port`; see `readStrategyWorkbook`. */
export async function readStrategyModel(port: WorkbookPort): Promise<StrategyModel> {
  return (await readStrategyWorkbook(port)).model;
}

/** Plain notes on how the model was read (text dates that could be read either way), for the reader to check. */
export function readNotesOf(model: StrategyModel, port: WorkbookPort): string[] {
  return model.ambiguousDates === null
    ? []
    : [ambiguousDatesNote(model.ambiguousDates, port.hostInfo().locale ?? null)];
}
