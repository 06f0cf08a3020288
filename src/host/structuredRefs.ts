/**
 * Structured references (`[@Goal]`, `[@[As of]]`, `RudderGoals[@Col]`, `[Col]`,
 * `Table[[#This Row],[Col]]`) rewritten for hosts that lack them: A1 per row for HyperFormula,
 * and the canonical `Table[[#This Row],[Col]]` form that .xlsx files store (the `@` form is
 * only how Excel's editor shows it).
 */
import { cellAddress, rangeAddress } from '../core/grid/a1';

/** Where a table sits, 0-based, as the rewriting needs it. */
export interface TableGeometry {
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly left: number;
  /** Last body row (inclusive); equals `headerRow` when the table has no body. */
  readonly bottom: number;
  readonly headers: readonly string[];
}

type Item =
  | { readonly kind: 'special'; readonly name: string }
  | { readonly kind: 'column'; readonly first: string; readonly last: string };

interface Reference {
  readonly table: string | null;
  readonly items: readonly Item[];
}

/** Excel escapes `[`, `]`, `#` and `'` inside column names with a leading `'`. */
function unescapeColumn(text: string): string {
  return text.replace(/'(.)/g, '$1').trim();
}

function escapeColumn(text: string): string {
  return text.replace(/(['#[\]])/g, "'$1");
}

/** Index of the `]` closing the `[` at `open`, honouring nesting and `'` escapes; -1 if none. */
function closingBracket(formula: string, open: number): number {
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function parseItems(inner: string): Item[] | null {
  const text = inner.trim();
  if (text.startsWith('@')) {
    const rest = text.slice(1).trim();
    const col = rest.startsWith('[') && rest.endsWith(']') ? rest.slice(1, -1) : rest;
    if (col === '') return [{ kind: 'special', name: '#this row' }];
    return [
      { kind: 'special', name: '#this row' },
      { kind: 'column', first: unescapeColumn(col), last: unescapeColumn(col) },
    ];
  }
  if (!text.startsWith('[')) {
    if (text.startsWith('#')) return [{ kind: 'special', name: text.toLowerCase() }];
    return [{ kind: 'column', first: unescapeColumn(text), last: unescapeColumn(text) }];
  }
  const items: Item[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ',' || text[i] === ' ') i++;
    if (i >= text.length) break;
    if (text[i] !== '[') return null;
    const end = closingBracket(text, i);
    if (end < 0) return null;
    const first = text.slice(i + 1, end);
    i = end + 1;
    if (text[i] === ':' && text[i + 1] === '[') {
      const end2 = closingBracket(text, i + 1);
      if (end2 < 0) return null;
      items.push({ kind: 'column', first: unescapeColumn(first), last: unescapeColumn(text.slice(i + 2, end2)) });
      i = end2 + 1;
    } else if (first.trim().startsWith('#')) {
      items.push({ kind: 'special', name: first.trim().toLowerCase() });
    } else {
      items.push({ kind: 'column', first: unescapeColumn(first), last: unescapeColumn(first) });
    }
  }
  return items;
}

/** Rewrites every structured reference outside string literals with `render`; others are kept. */
function rewrite(formula: string, render: (ref: Reference) => string | null): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // String literals and quoted sheet names ('[1]Sheet 1'!A1) are copied as they are.
      const close = formula.indexOf(ch, i + 1);
      const end = close < 0 ? formula.length : close + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '[') {
      const nameMatch = /([A-Za-z_\\][A-Za-z0-9_.\\]*)$/.exec(out);
      const end = closingBracket(formula, i);
      // `[1]Sheet1!A1` is an external workbook link, not a table reference.
      const external = end >= 0 && /^[A-Za-z0-9_.]*!/.test(formula.slice(end + 1));
      const items = end < 0 || external ? null : parseItems(formula.slice(i + 1, end));
      if (end >= 0 && items) {
        const table = nameMatch ? nameMatch[1] : null;
        const rendered = render({ table, items });
        if (rendered !== null) {
          out = (table ? out.slice(0, out.length - table.length) : out) + rendered;
          i = end + 1;
          continue;
        }
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function columnOffset(table: TableGeometry, header: string): number {
  const wanted = header.toLowerCase();
  return table.headers.findIndex((h) => h.toLowerCase() === wanted);
}

export interface A1Context {
  /** The table the formula sits in (for unqualified references); none outside tables. */
  readonly table: TableGeometry | null;
  /** 0-based sheet row of the formula's cell. */
  readonly row: number;
  /** Sheet holding the formula, so references to other sheets get a prefix. */
  readonly sheet: string;
  /** Other tables by name (case-insensitive), for `Other[Col]`. */
  readonly lookup: (name: string) => TableGeometry | undefined;
}

/**
 * `=RUDDER.SMARTSCORE([@Goal])` on row 5 of a table whose Goal is column B → `=RUDDER.SMARTSCORE(B5)`.
 * Outside a table only qualified references (`RudderGoals[Target]`) are rewritten.
 */
export function structuredToA1(formula: string, ctx: A1Context): string {
  return rewrite(formula, (ref) => {
    const table = ref.table === null ? ctx.table : ctx.lookup(ref.table);
    if (!table) return null;
    const prefix = table.sheet === ctx.sheet ? '' : `${quoteSheet(table.sheet)}!`;
    const specials = ref.items
      .filter((it): it is Extract<Item, { kind: 'special' }> => it.kind === 'special')
      .map((it) => it.name);
    const column = ref.items.find((it): it is Extract<Item, { kind: 'column' }> => it.kind === 'column');
    let left = table.left;
    let right = table.left + table.headers.length - 1;
    if (column) {
      const a = columnOffset(table, column.first);
      const b = columnOffset(table, column.last);
      if (a < 0 || b < 0) return '#REF!';
      left = table.left + Math.min(a, b);
      right = table.left + Math.max(a, b);
    }
    const bodyTop = table.headerRow + 1;
    const bodyBottom = Math.max(table.bottom, bodyTop);
    if (specials.includes('#this row')) {
      return prefix + rangeAddress(ctx.row, left, ctx.row, right);
    }
    let top = bodyTop;
    let bottom = bodyBottom;
    if (specials.includes('#all')) top = table.headerRow;
    if (specials.includes('#headers')) {
      top = table.headerRow;
      bottom = specials.includes('#data') ? bodyBottom : table.headerRow;
    }
    const a = cellAddress(top, left).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    const b = cellAddress(bottom, right).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    return prefix + (a === b ? a : `${a}:${b}`);
  });
}

/** `[@Goal]` in table RudderGoals → `RudderGoals[[#This Row],[Goal]]`, the form stored in .xlsx files. */
export function structuredToFileForm(formula: string, tableName: string): string {
  return rewrite(formula, (ref) => {
    const name = ref.table ?? tableName;
    const parts = ref.items.map((it) => {
      if (it.kind === 'special') {
        const words: Record<string, string> = {
          '#this row': '#This Row',
          '#data': '#Data',
          '#all': '#All',
          '#headers': '#Headers',
          '#totals': '#Totals',
        };
        return `[${words[it.name] ?? it.name}]`;
      }
      return it.first === it.last
        ? `[${escapeColumn(it.first)}]`
        : `[${escapeColumn(it.first)}]:[${escapeColumn(it.last)}]`;
    });
    return parts.length === 1 ? `${name}${parts[0]}` : `${name}[${parts.join(',')}]`;
  });
}

/** Whether a formula holds anything that looks like a structured reference. */
export function hasStructuredRefs(formula: string): boolean {
  return rewrite(formula, () => '\u0000').includes('\u0000');
}
