/**
 * Structure through the port: read the sheet and what a previous run left (table, mapping),
 * plan with the core, then write the Rudder table with its formats and lists. Apply is all or
 * nothing: when a step fails, what this Apply wrote is taken back; the source sheet is only read.
 */
import { detectTables, type DetectedTable } from '../core/detect';
import { dateOrderOfLocale, type DateOrder } from '../core/dates';
import { parseRangeAddress, rangeAddress } from '../core/grid/a1';
import type { SheetSnapshot } from '../core/grid/types';
import { letFileForm } from '../core/share/formulaScan';
import type { NativeKpiForm } from '../core/share/nativeColumns';
import {
  DIRECTION_WORDS,
  FREQUENCY_WORDS,
  SMART_BANDS,
  STATUS_RULES,
  STRATEGY_TYPE_WORDS,
  STRUCTURE_MESSAGES,
  TABLE_NAMES,
  existingTableFrom,
  goalsWithLiveStatus,
  GOAL_STATUS_CELL,
  idPrefixes,
  initialCorrections,
  mappingJson,
  mappingKey,
  parseMapping,
  planStructure,
  rememberedSource,
  rowsFromExisting,
  withStrategyLink,
  rudderColumns,
  sentence,
  type ExistingTable,
  type RowByHeader,
  type StructureCorrections,
  type StructureKind,
  type StructureMapping,
  type StructurePlan,
  type StructureResult,
} from '../core/structure';
import { HISTORY_TABLE_NAME } from '../core/model';
import type { HistoryPlan } from '../core/structure/historyPlan';
import type { ConditionalRule, HostInfo, TableSpec, WorkbookPort } from './port';
import { referencedIdNumbers, TABLES_THAT_NAME_IDS } from './referencedIds';

/** Every prefix Structure gives IDs with: goals, KPIs and each kind of strategy statement. */
const ALL_ID_PREFIXES = [...new Set((['goals', 'kpis', 'strategy'] as const).flatMap((kind) => idPrefixes(kind)))];

/** Where to look: a whole sheet, or a range of it (the user's selection). */
export interface StructureSource {
  readonly sheet: string;
  readonly address?: string;
}

/** A Rudder table of one kind as the workbook holds it now, and the mapping remembered for it. */
export interface StructureTarget {
  readonly existing: ExistingTable | null;
  readonly mapping: StructureMapping | null;
}

export interface StructureProposal {
  readonly sheet: string;
  readonly snapshot: SheetSnapshot;
  readonly tables: readonly DetectedTable[];
  /** Pre-filled corrections per detected table: remembered ones for this sheet, else detection's. */
  readonly corrections: readonly StructureCorrections[];
  readonly targets: Readonly<Record<StructureKind, StructureTarget>>;
  /** The KPIs already in RudderKPIs, for the goal Status rollup. */
  readonly kpis: readonly RowByHeader[];
  readonly sheetNames: readonly string[];
  /** The form of "KPI status as plain Excel formulas" this host evaluates. */
  readonly nativeKpiForm: NativeKpiForm;
  /** The highest ID number per prefix the workbook already names: new IDs go past it. */
  readonly referencedNumbers: Readonly<Record<string, number>>;
  /** The host's locale when it settles the order of day and month in text dates. */
  readonly locale: string | null;
  /** RudderHistory as it is now (a KPI history sheet adds to it). */
  readonly history?: ExistingTable | null;
}

export type ProposalResult =
  { readonly ok: true; readonly proposal: StructureProposal } | { readonly ok: false; readonly reason: string };

/**
 * Excel (and files, which Excel opens) takes the LET form: the form without LET passes Excel's
 * 8,192-character limit. The playground's engine (HyperFormula) has no LET, and no such limit.
 */
export function nativeKpiFormFor(host: HostInfo): NativeKpiForm {
  return host.kind === 'memory' ? 'inline' : 'let';
}

async function targetOf(port: WorkbookPort, kind: StructureKind): Promise<StructureTarget> {
  const name = TABLE_NAMES[kind];
  const data = await port.readTable(name);
  const mapping = parseMapping(await port.readSetting(mappingKey(name)));
  return { existing: data ? existingTableFrom(data) : null, mapping };
}

/** The order of day and month the host's locale settles, with the locale to name in the note. */
function dateOrderFor(locale: string | null): { dateOrder?: DateOrder; dateOrderFrom?: string } {
  const order = dateOrderOfLocale(locale);
  return order === null || locale === null ? {} : { dateOrder: order, dateOrderFrom: locale };
}

/** Whether the selection is worth reading on its own (a single cell means "this sheet"). */
function isRange(address: string | undefined): address is string {
  if (!address) return false;
  const r = parseRangeAddress(address);
  return r.bottom > r.top || r.right > r.left;
}

export async function proposeStructure(port: WorkbookPort, source: StructureSource): Promise<ProposalResult> {
  const snapshot = isRange(source.address)
    ? await port.readRange(source.sheet, source.address)
    : await port.readSheet(source.sheet);
  const detection = detectTables(snapshot);
  if (!detection.ok) return { ok: false, reason: sentence(detection.reason) };
  const [goals, kpis, strategy, sheets, historyData] = await Promise.all([
    targetOf(port, 'goals'),
    targetOf(port, 'kpis'),
    targetOf(port, 'strategy'),
    port.listSheets(),
    port.readTable(HISTORY_TABLE_NAME),
  ]);
  const history = historyData ? existingTableFrom(historyData) : null;
  const targets = [goals, kpis, strategy];
  // The three Rudder tables just read are passed as cells; only the SWOT, TOWS and findings tables are read here.
  const readAlready = new Set(Object.values(TABLE_NAMES));
  const referencedNumbers = await referencedIdNumbers(
    port,
    ALL_ID_PREFIXES,
    [
      ...snapshot.values.flat(),
      ...targets.flatMap((t) => (t.existing?.rows ?? []).flatMap((row) => Object.values(row))),
    ],
    TABLES_THAT_NAME_IDS.filter((name) => !readAlready.has(name)),
  );
  // A Rudder table is not a messy sheet to structure: offer the user's own tables only.
  const own = new Set(
    targets
      .map((t) => t.existing?.sheet)
      .filter((s): s is string => s !== undefined)
      .map((s) => s.toLowerCase()),
  );
  if (history) own.add(history.sheet.toLowerCase());
  if (own.has(snapshot.name.toLowerCase()))
    return { ok: false, reason: STRUCTURE_MESSAGES.alreadyRudder(snapshot.name) };
  // With the strategy table made, a goals column naming its pillars is proposed as the Pillar link.
  const strategyNames = (strategy.existing?.rows ?? []).flatMap((row) =>
    [row.ID, row.Statement].filter((v): v is string => typeof v === 'string'),
  );
  const tables = detection.tables.map((table) => withStrategyLink(table, snapshot, strategyNames));
  const corrections = tables.map((table) => {
    const remembered = targets.map((t) => rememberedSource(t.mapping, snapshot.name)).find((r) => r !== null);
    return initialCorrections(table, remembered);
  });
  return {
    ok: true,
    proposal: {
      sheet: snapshot.name,
      snapshot,
      tables,
      corrections,
      targets: { goals, kpis, strategy },
      kpis: kpis.existing?.rows ?? [],
      sheetNames: sheets.map((s) => s.name),
      nativeKpiForm: nativeKpiFormFor(port.hostInfo()),
      referencedNumbers,
      locale: port.hostInfo().locale ?? (await port.readLocale?.()) ?? null,
      history,
    },
  };
}

/** The plan for one detected table of the proposal with the user's corrections. */
export function planProposal(
  proposal: StructureProposal,
  tableIndex: number,
  corrections: StructureCorrections,
  today: number,
): StructureResult {
  const table = proposal.tables[tableIndex];
  // No kind yet: the core says what to choose.
  const target = corrections.kind === null ? { existing: null, mapping: null } : proposal.targets[corrections.kind];
  return planStructure({
    table,
    snapshot: proposal.snapshot,
    corrections,
    existing: target.existing,
    mapping: target.mapping,
    existingHistory: proposal.history ?? null,
    kpis: proposal.kpis,
    kpiTableExists: proposal.targets.kpis.existing !== null,
    sheetNames: proposal.sheetNames,
    today,
    nativeKpiForm: proposal.nativeKpiForm,
    referencedNumbers: proposal.referencedNumbers,
    ...dateOrderFor(proposal.locale),
  });
}

export class StructureApplyError extends Error {
  constructor(
    message: string,
    readonly undone: boolean,
  ) {
    super(message);
    this.name = 'StructureApplyError';
  }
}

export interface AppliedStructure {
  readonly table: string;
  readonly sheet: string;
  /** A1 range of the table, header included. */
  readonly range: string;
  readonly created: boolean;
  readonly message: string;
}

function statusRules(): ConditionalRule[] {
  return STATUS_RULES.map((r) => ({ kind: 'textEquals', text: r.text, fill: r.fill, fontColor: r.fontColor }));
}

function smartRules(): ConditionalRule[] {
  return SMART_BANDS.map((b) => ({
    kind: 'numberBetween',
    min: b.min,
    max: b.max,
    fill: b.fill,
    fontColor: b.fontColor,
  }));
}

/** The body cells of one column of a table range ("A1:M10", column 12 → "M2:M10"). */
export function columnBody(range: string, offset: number): string {
  const r = parseRangeAddress(range);
  return rangeAddress(r.top + 1, r.left + offset, Math.max(r.bottom, r.top + 1), r.left + offset);
}

/** Columns as this host stores formulas: a file needs LET spelled as files hold it. */
function columnsFor(host: HostInfo, columns: StructurePlan['columns']): StructurePlan['columns'] {
  if (host.kind !== 'file') return columns;
  return columns.map((c) => (c.formula === undefined ? c : { ...c, formula: letFileForm(c.formula) }));
}

function tableSpec(
  port: WorkbookPort,
  plan: { tableName: string; columns: StructurePlan['columns'] },
  sheet: string,
  rows: TableSpec['rows'],
): TableSpec {
  return { name: plan.tableName, sheet, topLeft: 'A1', columns: columnsFor(port.hostInfo(), plan.columns), rows };
}

/**
 * The table's columns with the formulas its first row holds now, so undoing an Apply that
 * switched KPI status between RUDDER.* and plain formulas puts the old formulas back.
 */
async function currentColumns(
  port: WorkbookPort,
  plan: Pick<StructurePlan, 'columns'>,
  sheet: string,
  range: string,
): Promise<StructurePlan['columns']> {
  const r = parseRangeAddress(range);
  if (r.bottom <= r.top) return plan.columns;
  const firstRow = await port.readRange(sheet, rangeAddress(r.top, r.left, r.top + 1, r.right));
  const headers = firstRow.values[0] ?? [];
  const formulas = firstRow.formulas?.[1] ?? [];
  return plan.columns.map((col) => {
    if (col.formula === undefined) return col;
    const at = headers.findIndex((h) => h === col.header);
    const formula = at < 0 ? null : formulas[at];
    return typeof formula === 'string' && formula !== '' ? { ...col, formula } : col;
  });
}

async function decorate(
  port: WorkbookPort,
  plan: StructurePlan,
  sheet: string,
  range: string,
  freeze: boolean,
): Promise<void> {
  const at = (header: string): number => plan.columns.findIndex((c) => c.header === header);
  if (plan.kind !== 'strategy') await port.setConditionalFormats(sheet, columnBody(range, at('Status')), statusRules());
  if (plan.kind === 'goals') await port.setConditionalFormats(sheet, columnBody(range, at('SMART')), smartRules());
  if (plan.kind === 'strategy') await port.setValidationList(sheet, columnBody(range, at('Type')), STRATEGY_TYPE_WORDS);
  if (plan.kind === 'kpis') {
    await port.setValidationList(sheet, columnBody(range, at('Direction')), DIRECTION_WORDS);
    await port.setValidationList(sheet, columnBody(range, at('Frequency')), FREQUENCY_WORDS);
  }
  if (freeze) await port.freezeRows(sheet, parseRangeAddress(range).top + 1);
}

/** Undo steps, run last first; each one is tried even when an earlier one failed. */
type Undo = () => Promise<void>;

async function undoAll(steps: readonly Undo[]): Promise<boolean> {
  let clean = true;
  for (const step of [...steps].reverse()) {
    try {
      await step();
    } catch {
      clean = false;
    }
  }
  return clean;
}

function reasonOf(error: unknown): string {
  return sentence(error instanceof Error ? error.message : String(error));
}

/**
 * Writes the plan. For KPIs, RudderGoals (when there) gets the live Status formula over them.
 * Throws `StructureApplyError` with a plain message after taking back what it wrote.
 * `today` (an Excel serial) is the date the goal sheets a new strategy table re-links are planned at; without
 * it they are not re-linked (goal statuses are formulas, so nothing else reads it).
 */
export async function applyStructure(
  port: WorkbookPort,
  plan: StructurePlan,
  today?: number,
): Promise<AppliedStructure> {
  const undo: Undo[] = [];
  try {
    let sheet = plan.targetSheet;
    if (plan.createsSheet) {
      sheet = await port.addSheet(plan.targetSheet);
      const added = sheet;
      undo.push(() => port.deleteSheet(added));
    } else {
      const before = await port.readTable(plan.tableName);
      if (before) {
        const previous = rowsFromExisting(plan.kind, existingTableFrom(before));
        const columns = await currentColumns(port, plan, before.sheet, before.range);
        undo.push(async () => {
          await port.upsertTable({ ...tableSpec(port, plan, before.sheet, previous), columns });
        });
      }
    }
    // The history first: the KPIs' Actual and As of formulas refer to it.
    if (plan.history) await writeHistory(port, plan.history, undo);
    const written = await port.upsertTable(tableSpec(port, plan, sheet, plan.rows));
    await decorate(port, plan, written.sheet, written.range, plan.createsSheet);
    if (plan.kind === 'kpis') await refreshGoals(port, undo);
    // The last step, and one write: when it fails, the old mapping is still there and nothing needs undoing.
    await port.writeSetting(mappingKey(plan.tableName), mappingJson(plan.mapping));
    const relinked = plan.kind === 'strategy' && today !== undefined ? await relinkGoals(port, today) : [];
    const message = STRUCTURE_MESSAGES.applied(plan.tableName, written.sheet);
    return {
      table: plan.tableName,
      sheet: written.sheet,
      range: written.range,
      created: plan.createsSheet,
      message: relinked.length > 0 ? `${message} ${STRUCTURE_MESSAGES.relinked(relinked)}` : message,
    };
  } catch (error) {
    const undone = await undoAll(undo);
    throw new StructureApplyError(STRUCTURE_MESSAGES.applyFailed(plan.sourceSheet, reasonOf(error), undone), undone);
  }
}

/**
 * Goals structured before the strategy table could not tell a pillar column from any other: once the
 * strategy exists, each goal sheet already structured is read again, and where a column now reads as
 * the link to its pillars (and the user had not chosen otherwise) RudderGoals is updated with it, so
 * the result does not depend on the order sheets were structured in. Returns the sheets re-linked; a
 * sheet that cannot be re-read is left as it was (its own Apply takes back a failed write).
 */
async function relinkGoals(port: WorkbookPort, today: number): Promise<string[]> {
  const mapping = parseMapping(await port.readSetting(mappingKey(TABLE_NAMES.goals)));
  const relinked: string[] = [];
  for (const source of mapping?.sources ?? []) {
    if (source.kind !== 'goals') continue;
    const proposed = await proposeStructure(port, { sheet: source.sheet });
    if (!proposed.ok) continue;
    const { proposal } = proposed;
    const index = proposal.tables.findIndex((t) => t.headerRow <= source.headerRow && source.headerRow < t.lastDataRow);
    if (index < 0) continue;
    const corrections = proposal.corrections[index];
    const gained = Object.entries(corrections.roles).some(
      ([col, role]) => role === 'link' && source.roles[col] !== 'link',
    );
    if (corrections.kind !== 'goals' || corrections.headerRow !== source.headerRow || !gained) continue;
    const planned = planProposal(proposal, index, corrections, today);
    if (!planned.ok) continue;
    await applyStructure(port, planned.plan, today);
    relinked.push(source.sheet);
  }
  return relinked;
}

/** Writes RudderHistory, and how to take it back: the sheet it added goes, or the rows it had come back. */
async function writeHistory(port: WorkbookPort, history: HistoryPlan, undo: Undo[]): Promise<void> {
  let sheet = history.targetSheet;
  if (history.createsSheet) {
    sheet = await port.addSheet(history.targetSheet);
    const added = sheet;
    undo.push(() => port.deleteSheet(added));
  } else {
    const before = await port.readTable(history.tableName);
    if (before) {
      const previous = existingTableFrom(before).rows.map((row) =>
        history.columns.map((c) => {
          const v = row[c.header] ?? null;
          return c.header === 'Period' && typeof v === 'number' ? { date: v } : typeof v === 'object' ? null : v;
        }),
      );
      undo.push(async () => {
        await port.upsertTable(tableSpec(port, history, before.sheet, previous));
      });
    }
  }
  await port.upsertTable(tableSpec(port, history, sheet, history.rows));
}

/** Once RudderKPIs is written, each goal's Status becomes (or stays) the live formula over it. */
async function refreshGoals(port: WorkbookPort, undo: Undo[]): Promise<void> {
  const data = await port.readTable(TABLE_NAMES.goals);
  if (!data) return;
  const goals = existingTableFrom(data);
  const columns = rudderColumns('goals');
  const spec = (rows: TableSpec['rows']): TableSpec => ({
    name: TABLE_NAMES.goals,
    sheet: data.sheet,
    topLeft: 'A1',
    columns,
    rows,
  });
  // Undoing puts back what the Status cells held: the live formula, or the values of a table made before RudderKPIs.
  const statusFormulas = await currentColumns(
    port,
    { columns: [{ header: 'Status', formula: '' }] },
    data.sheet,
    data.range,
  );
  // Hosts spell a formula their own way ([@ID] or RudderGoals[[#This Row],[ID]]); reading RudderKPIs is what marks it.
  const wasLive = /RudderKPIs\[/i.test(statusFormulas[0]?.formula ?? '');
  const previous = rowsFromExisting('goals', goals, wasLive ? () => GOAL_STATUS_CELL : undefined);
  undo.push(async () => {
    await port.upsertTable(spec(previous));
  });
  await port.upsertTable(spec(goalsWithLiveStatus(goals)));
}
