/** Every sentence Structure shows the user, in one place so tests compare against constants. */
import { DETECT_MESSAGES } from '../detect';
import type { RowChanges, StructureKind } from './types';
import type { DateOrder } from '../dates';

const NOTHING = 'Nothing to structure here, because';

/** Detection's reasons start in lower case ("nothing to structure here, because …"): one capital for a sentence. */
export function sentence(reason: string): string {
  const text = reason.trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

const NOUNS: Readonly<Record<StructureKind, readonly [string, string]>> = {
  goals: ['goal', 'goals'],
  kpis: ['KPI', 'KPIs'],
  strategy: ['strategy statement', 'strategy statements'],
};
const noun = (kind: StructureKind, n: number): string => NOUNS[kind][n === 1 ? 0 : 1];

const MAIN_COLUMN: Readonly<Record<StructureKind, string>> = {
  goals: 'no column is marked as the goals: choose "goal" for the column that names them',
  kpis: 'no column is marked as the KPIs: choose "kpi" for the column that names them',
  strategy:
    'no column is marked as the statements: choose "statement" for the column that holds your mission, values and pillars',
};

const MAIN_TEXT: Readonly<Record<StructureKind, string>> = {
  goals: 'goal text: copied, but its scores stay empty until you fill it in',
  kpis: 'KPI text: copied, but its scores stay empty until you fill it in',
  strategy: 'statement: copied, but goals cannot link to it by name until you fill it in',
};

export const STRUCTURE_MESSAGES = {
  noTableAtRow: (row: number) =>
    `${NOTHING} no table starts near row ${row}: pick the row that holds the column names.`,
  noMainColumn: (kind: StructureKind) => `${NOTHING} ${MAIN_COLUMN[kind]}.`,
  noTypeColumn: `${NOTHING} no column is marked as the type: choose "type" for the column that says Mission, Vision, Value or Pillar on each row.`,
  unknownStrategyTypes: (n: number) =>
    `${n} ${n === 1 ? 'row has a type' : 'rows have types'} other than Mission, Vision, Value or Pillar: copied as written. Goals can link to ${n === 1 ? 'it' : 'them'}, but only pillars and values count as what a goal serves.`,
  noRows: `${NOTHING} the table has no rows with data below its header.`,
  sectionsNotTable: `${NOTHING} this block is headings over text (such as Vision over your vision), not a table. Put each statement on its own row beside a Type column (Mission, Vision, Value or Pillar) and Structure can write it.`,
  unknownKind:
    'Rudder structures goal, KPI and strategy tables. Choose "Goals", "KPIs" or "Strategy" as the kind of this table.',
  /** Detection has no confident kind for the table: the user chooses, Rudder does not default to goals. */
  chooseKind:
    'Rudder cannot tell whether this table holds goals, KPIs or your strategy (mission, values, pillars). Choose the kind of table, then check what each column means.',
  /** A SWOT table is imported by the SWOT wizard; Structure makes goal, KPI and strategy tables. */
  chooseKindForSwot:
    'This table looks like a SWOT (strengths, weaknesses, opportunities, threats): import it in the SWOT wizard. To structure it here anyway, choose the kind of table.',
  headerOutside: (row: number, first: number, last: number) =>
    `Row ${row} is outside the table (rows ${first} to ${last}): pick a row inside it as the header.`,
  noTables: DETECT_MESSAGES.noHeader,

  summaryNew: (sheet: string, kind: StructureKind, rows: number, source: string) =>
    `Adds sheet '${sheet}' with a table of ${rows} ${noun(kind, rows)}; your sheet '${source}' is not changed.`,
  summaryUpdate: (table: string, sheet: string, kind: StructureKind, c: RowChanges, source: string) => {
    const parts = [
      c.updated > 0 ? `${c.updated} ${noun(kind, c.updated)} changed` : '',
      c.added > 0 ? `${c.added} new` : '',
      c.unchanged > 0 ? `${c.unchanged} unchanged` : '',
    ].filter((p) => p !== '');
    const kept =
      c.keptOnly > 0
        ? ` ${c.keptOnly} ${noun(kind, c.keptOnly)} found only in the table ${c.keptOnly === 1 ? 'stays' : 'stay'} as ${c.keptOnly === 1 ? 'it is' : 'they are'}.`
        : '';
    const what = parts.length > 0 ? parts.join(', ') : 'no rows';
    return `Updates the table ${table} on sheet '${sheet}' (${what}); your sheet '${source}' is not changed.${kept}`;
  },
  applyFailed: (source: string, reason: string, undone: boolean) =>
    undone
      ? `Rudder could not finish writing the table, so it took back what it had written. Your sheet '${source}' is not changed. What went wrong: ${reason}`
      : `Rudder could not finish writing the table and could not take everything back: check the Rudder sheet. Your sheet '${source}' is not changed. What went wrong: ${reason}`,
  applied: (table: string, sheet: string) => `Done: the table ${table} is on sheet '${sheet}'.`,
  relinked: (sheets: readonly string[]) =>
    `The goals from ${sheets.map((s) => `'${s}'`).join(', ')} now link to the pillars and values they name.`,
  alreadyRudder: (sheet: string) =>
    `Nothing to structure here, because '${sheet}' already holds a Rudder table: pick the sheet you keep your own list on.`,
  emptySelection:
    'Nothing to structure here, because the selection is empty: select the cells of your table, header included.',
  goalStatusNote: 'Each goal’s Status is the worst status of the KPIs linked to it.',
  notCopied: (headers: readonly string[]) =>
    `Not copied (no place for ${headers.length === 1 ? 'it' : 'them'} in a Rudder table): ${headers.join(', ')}.`,
  errorCells: (n: number) =>
    `${n} ${n === 1 ? 'cell holds an error value' : 'cells hold error values'} such as #N/A: left blank in the new table.`,
  unreadDates: (n: number, example: string) =>
    `${n} ${n === 1 ? 'date' : 'dates'} could not be read as a date (e.g. "${example}"): kept as text. Write them like 2027-06-30 or Q3 2027.`,
  ambiguousDates: (n: number, example: string, order: DateOrder, basis: string | null) =>
    `${n} ${n === 1 ? 'date' : 'dates'} such as "${example}" could be read day first or month first: read ${order === 'dmy' ? 'day first (31/12)' : 'month first (12/31)'}, ${basis ?? 'as most of the world writes them'}. If that is wrong, write them like 2027-06-30.`,
  localeDates: (locale: string) => `as ${locale} writes dates`,
  sheetDateFormats: "as this sheet's own date formats do",
  unreadNumbers: (n: number, example: string) =>
    `${n} ${n === 1 ? 'value was' : 'values were'} not a number (e.g. "${example}"): kept as text.`,
  duplicateIds: (ids: readonly string[]) =>
    `Some IDs appear twice in your sheet (${ids.join(', ')}): the second of each got a new ID.`,
  missingMain: (n: number, kind: StructureKind) => `${n} ${n === 1 ? 'row has' : 'rows have'} no ${MAIN_TEXT[kind]}.`,
} as const;

/** Detection's confidence as the pane and the CLI say it: sure, likely or a guess. */
export function confidenceWord(confidence: number): 'sure' | 'likely' | 'guess' {
  if (confidence >= 0.8) return 'sure';
  return confidence >= 0.5 ? 'likely' : 'guess';
}
