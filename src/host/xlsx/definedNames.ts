/**
 * Workbook names that are formulas (LAMBDA short names, constants), which ExcelJS 4 neither
 * reads nor writes: it keeps only names that point at cell ranges. Rudder reads them from the
 * package's `xl/workbook.xml` itself (the CLI inflates it: see `preflight.ts`) and hands them to
 * ExcelJS's writer, so a copy keeps the user's formula names and gains Rudder's. No Node
 * built-ins here: the playground's copies go through this file too.
 */
import type ExcelJS from 'exceljs';
import { fromFileFormula, type ExistingName } from '../../core/share/shortNames';

/** A formula name with the text the file stores (no `=`, `_xlfn.`/`_xlpm.` prefixes). */
export interface StoredName extends ExistingName {
  readonly stored: string;
}

/** What ExcelJS keeps of a defined name: its name and the range texts it joins with commas. */
interface DefinedNameModel {
  readonly name: string;
  readonly ranges: readonly string[];
  readonly localSheetId?: number;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : XML_ENTITIES[e.toLowerCase()],
  );
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? unescapeXml(m[1]) : undefined;
}

/**
 * The workbook-level names of the package that ExcelJS did not keep as they are: those it
 * dropped, and those it misread as a range (it reads `Sheet9!$A$1*2` as `Sheet9!$A$1`). `kept`
 * is what ExcelJS holds. Sheet-level and built-in (`_xlnm.`) names are left to ExcelJS.
 */
export function readFormulaNames(xml: string | null, kept: readonly ExistingName[]): StoredName[] {
  if (xml === null) return [];
  const keptAsIs = new Set(kept.map((k) => `${k.name.toUpperCase()}\n${k.formula.slice(1)}`));
  const out: StoredName[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const name = attribute(m[1], 'name');
    if (!name || attribute(m[1], 'localSheetId') !== undefined || /^_xlnm\./i.test(name)) continue;
    const stored = unescapeXml(m[2]).trim();
    if (keptAsIs.has(`${name.toUpperCase()}\n${stored}`)) continue;
    const comment = attribute(m[1], 'comment');
    out.push({ name, formula: fromFileFormula(stored), stored, ...(comment === undefined ? {} : { comment }) });
  }
  return out;
}

/** ExcelJS's own accessors of its range names, past the save hook below. */
function rangeModel(workbook: ExcelJS.Workbook): {
  readonly get: () => DefinedNameModel[];
  readonly set: (value: readonly DefinedNameModel[]) => void;
} {
  const target = workbook.definedNames as object;
  const inherited: PropertyDescriptor | undefined = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(target) as object,
    'model',
  );
  if (!inherited?.get || !inherited.set)
    throw new Error('ExcelJS changed how it keeps defined names; formula names cannot be saved.');
  return {
    get: () => Reflect.get(Object.getPrototypeOf(target) as object, 'model', target) as DefinedNameModel[],
    set: (value) => void Reflect.set(Object.getPrototypeOf(target) as object, 'model', value, target),
  };
}

/** The workbook-level range names ExcelJS holds, as existing names (`=Sheet1!$A$1`). */
export function rangeNames(workbook: ExcelJS.Workbook): ExistingName[] {
  return rangeModel(workbook)
    .get()
    .filter((n) => n.localSheetId === undefined)
    .map((n) => ({ name: n.name, formula: `=${n.ranges.join(',')}` }));
}

/** Removes a range name from ExcelJS's list (before a formula name of that spelling replaces it). */
export function dropRangeName(workbook: ExcelJS.Workbook, name: string): void {
  const model = rangeModel(workbook);
  model.set(model.get().filter((n) => n.name.toUpperCase() !== name.toUpperCase()));
}

/**
 * Makes ExcelJS write the formula names too. Its writer renders each defined name as the
 * comma-join of `ranges` (XML-escaped), so a name whose one "range" is the stored formula text
 * comes out as `<definedName name="KPI_STATUS">_xlfn.LAMBDA(…)</definedName>`. The hook sits on
 * this workbook's own `definedNames` object, reading `formulas()` at each save.
 */
export function writeFormulaNamesOnSave(workbook: ExcelJS.Workbook, formulas: () => readonly StoredName[]): void {
  const model = rangeModel(workbook);
  Object.defineProperty(workbook.definedNames, 'model', {
    configurable: true,
    get: (): DefinedNameModel[] => [...model.get(), ...formulas().map((n) => ({ name: n.name, ranges: [n.stored] }))],
    // ExcelJS assigns the model when it loads a file; formula names are not part of it.
    set: (value: readonly DefinedNameModel[]) => model.set(value),
  });
}
