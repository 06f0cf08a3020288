/**
 * Reading cells straight from an .xlsx package's XML, for workbooks ExcelJS cannot parse (a broken table,
 * pivot, slicer or drawing part): the workbook's sheet list, shared strings, number formats, and each
 * sheet's cells (shared and inline strings, numbers, booleans, errors, formulas with their saved values)
 * and merged ranges. Only the parts that hold cells are read. No Node built-ins: the playground uses it too.
 */

export type XmlCellValue = string | number | boolean | { readonly error: string } | null;

export interface XmlCell {
  /** A1 address. */
  readonly address: string;
  readonly value: XmlCellValue;
  /** The formula without its "=", when the cell holds one. */
  readonly formula?: string;
  /** The cell's number format code, when it has one other than General. */
  readonly numFmt?: string;
}

export interface XmlSheet {
  readonly name: string;
  readonly cells: readonly XmlCell[];
  readonly merges: readonly string[];
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/** Elements are matched with any namespace prefix ("x:c" as well as "c"). */
const P = '(?:[A-Za-z_][\\w.-]*:)?';

function attribute(attributes: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? decodeXml(m[2] ?? m[3] ?? '') : null;
}

/** The text of every `<t>` inside an element, phonetic guides (`<rPh>`) left out, as Excel shows it. */
function textRuns(xml: string): string {
  const withoutPhonetics = xml.replace(new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g'), '');
  const runs = withoutPhonetics.matchAll(new RegExp(`<${P}t(?:\\s[^>]*)?>([\\s\\S]*?)</${P}t>`, 'g'));
  return [...runs].map((m) => decodeXml(m[1])).join('');
}

export function readSharedStrings(xml: string): string[] {
  return [...xml.matchAll(new RegExp(`<${P}si\\b[^>]*>([\\s\\S]*?)</${P}si>`, 'g'))].map((m) => textRuns(m[1]));
}

/** Excel's built-in number formats that Rudder reads meaning from (dates, times, percentages). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

/** The number format of each cell style index (`s="3"`), from `styles.xml`. */
export function readCellFormats(xml: string): (string | null)[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(new RegExp(`<${P}numFmt\\b([^>]*)/?>`, 'g'))) {
    const id = Number(attribute(m[1], 'numFmtId'));
    const code = attribute(m[1], 'formatCode');
    if (Number.isFinite(id) && code !== null) custom.set(id, code);
  }
  const cellXfs = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`).exec(xml);
  if (!cellXfs) return [];
  return [...cellXfs[1].matchAll(new RegExp(`<${P}xf\\b([^>]*?)/?>`, 'g'))].map((m) => {
    const id = Number(attribute(m[1], 'numFmtId') ?? '0');
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null;
  });
}

/** Sheet names with the part each is stored in, in workbook order. */
export function readSheetParts(workbookXml: string, relsXml: string): { name: string; part: string }[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(new RegExp(`<${P}Relationship\\b([^>]*)/?>`, 'g'))) {
    const id = attribute(m[1], 'Id');
    const target = attribute(m[1], 'Target');
    if (id !== null && target !== null) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; part: string }[] = [];
  for (const m of workbookXml.matchAll(new RegExp(`<${P}sheet\\b([^>]*)/?>`, 'g'))) {
    const name = attribute(m[1], 'name');
    const id = attribute(m[1], 'r:id') ?? attribute(m[1], '[\\w.-]+:id');
    const part = id === null ? undefined : targets.get(id);
    if (name !== null && part !== undefined) sheets.push({ name, part: part.replace(/\/\.\//g, '/') });
  }
  return sheets;
}

const CELL = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g');
const VALUE = new RegExp(`<${P}v(?:\\s[^>]*)?>([\\s\\S]*?)</${P}v>`);
const FORMULA = new RegExp(`<${P}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}f>)`);
const INLINE = new RegExp(`<${P}is\\b[^>]*>([\\s\\S]*?)</${P}is>`);

function cellValue(
  type: string | null,
  raw: string | null,
  inline: string | null,
  shared: readonly string[],
): XmlCellValue {
  switch (type) {
    case 's': {
      const index = Number(raw);
      return Number.isInteger(index) ? (shared[index] ?? null) : null;
    }
    case 'inlineStr':
      return inline ?? raw;
    case 'str':
      return raw;
    case 'b':
      return raw === null ? null : raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
    case 'e':
      return raw === null ? null : { error: raw.trim() };
    default: {
      if (raw === null || raw.trim() === '') return inline;
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
  }
}

/** The cells and merged ranges of one worksheet part. */
export function readSheetCells(
  name: string,
  xml: string,
  shared: readonly string[],
  formats: readonly (string | null)[],
): XmlSheet {
  const cells: XmlCell[] = [];
  for (const m of xml.matchAll(CELL)) {
    const address = attribute(m[1], 'r');
    if (address === null) continue;
    const body = m[2] ?? '';
    const v = VALUE.exec(body);
    const inline = INLINE.exec(body);
    const f = FORMULA.exec(body);
    const value = cellValue(
      attribute(m[1], 't'),
      v ? decodeXml(v[1]) : null,
      inline ? textRuns(inline[1]) : null,
      shared,
    );
    const formula = f && f[2] !== undefined && f[2].trim() !== '' ? decodeXml(f[2]) : undefined;
    const numFmt = formats[Number(attribute(m[1], 's') ?? '0')] ?? undefined;
    if (value === null && formula === undefined) continue;
    cells.push({ address, value, ...(formula !== undefined ? { formula } : {}), ...(numFmt ? { numFmt } : {}) });
  }
  const merges = [...xml.matchAll(new RegExp(`<${P}mergeCell\\b([^>]*)/?>`, 'g'))]
    .map((m) => attribute(m[1], 'ref'))
    .filter((ref): ref is string => ref !== null);
  return { name, cells, merges };
}
