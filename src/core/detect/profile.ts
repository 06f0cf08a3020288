/** What a column's cells look like, counted over the sampled data rows. */
import { isNumeric, type CellType } from './cells';
import type { SheetView } from './sheet';
import { displayText } from './text';

export interface ColumnProfile {
  /** Cells with a typed value (placeholders such as "-" and uncalculated formulas excluded). */
  readonly n: number;
  readonly types: Readonly<Record<CellType, number>>;
  readonly numeric: number;
  /** Integers that read as dates of 1955-2119 when the sheet gives no number formats. */
  readonly serialLike: number;
  readonly codes: number;
  readonly people: number;
  readonly firstNames: number;
  readonly longText: number;
  readonly status: number;
  readonly direction: number;
  readonly frequency: number;
  readonly unit: number;
  readonly swot: number;
  readonly swotKinds: number;
  readonly strategy: number;
  readonly distinct: number;
  readonly sequential: boolean;
  /** Mean words per text cell: goals are phrases, job titles and categories single words. */
  readonly avgWords: number;
}

function emptyTypes(): Record<CellType, number> {
  return { blank: 0, text: 0, number: 0, percent: 0, money: 0, date: 0, period: 0, bool: 0, error: 0 };
}

export function profileColumn(view: SheetView, col: number, rows: readonly number[]): ColumnProfile {
  const types = emptyTypes();
  const seen = new Set<string>();
  const swotKinds = new Set<string>();
  let n = 0;
  let numeric = 0;
  let serialLike = 0;
  let codes = 0;
  let people = 0;
  let firstNames = 0;
  let longText = 0;
  let status = 0;
  let direction = 0;
  let frequency = 0;
  let unit = 0;
  let swot = 0;
  let strategy = 0;
  let sequential = true;
  let words = 0;
  let texts = 0;
  let previous: number | undefined;
  for (const r of rows) {
    const value = view.value(r, col);
    if (typeof value === 'string') {
      const facts = view.text(value);
      types[facts.type]++;
      if (facts.type === 'blank') continue;
      n++;
      sequential = false;
      if (seen.size < 10_000) seen.add(facts.key);
      if (isNumeric(facts.type)) numeric++;
      if (facts.type !== 'text') continue;
      words += facts.words;
      texts++;
      if (facts.code) codes++;
      if (facts.person) people++;
      if (facts.firstName) firstNames++;
      if (facts.long) longText++;
      if (facts.status) status++;
      if (facts.direction) direction++;
      if (facts.frequency) frequency++;
      if (facts.unit) unit++;
      if (facts.quadrant) {
        swot++;
        swotKinds.add(facts.quadrant);
      }
      if (facts.strategy) strategy++;
      continue;
    }
    const type = view.type(r, col);
    types[type]++;
    if (type === 'blank') continue;
    n++;
    if (seen.size < 10_000) seen.add(displayText(value));
    if (isNumeric(type)) numeric++;
    if (typeof value === 'number') {
      if (type === 'number' && Number.isInteger(value) && value >= 20_000 && value <= 80_000 && !view.format(r, col))
        serialLike++;
      if (!Number.isInteger(value) || (previous !== undefined && value !== previous + 1)) sequential = false;
      previous = value;
    } else sequential = false;
  }
  return {
    n,
    types,
    numeric,
    serialLike,
    codes,
    people,
    firstNames,
    longText,
    status,
    direction,
    frequency,
    unit,
    swot,
    swotKinds: swotKinds.size,
    strategy,
    distinct: seen.size,
    sequential: sequential && n >= 3,
    avgWords: texts ? words / texts : 0,
  };
}
