/**
 * Table detection against the corpus: header-row accuracy over the expected tables, column-role
 * accuracy over the columns whose meaning is clear, kinds and extents, with every miss listed.
 * Expectations are hand-written from reading each file (test/corpus/structure-expectations.json);
 * the workbooks stay in ../shared/corpus.
 */
import { readFile } from 'fs/promises';
import * as path from 'path';
import { detectTables, type ColumnRole, type DetectedTable, type TableKind } from '../src/core/detect';
import { columnIndex } from '../src/core/grid/a1';
import type { CellValue, SheetSnapshot } from '../src/core/grid/types';
import { loadWorkbookFile } from '../src/host/xlsx/open';
import { snapshotFromWorksheet } from '../src/host/xlsx/snapshot';

type OneOrMany<T> = T | readonly T[];

export interface ExpectedTable {
  readonly headerRow: number;
  readonly headerRows?: number;
  /** Column span such as `B:F`. */
  readonly columns: string;
  readonly kind: OneOrMany<TableKind>;
  readonly firstDataRow?: number;
  readonly lastDataRow?: number;
  readonly roles: Readonly<Record<string, OneOrMany<ColumnRole>>>;
}

interface ExpectedSheet {
  readonly sheet: string;
  readonly tables?: readonly ExpectedTable[];
  readonly noTable?: boolean;
  readonly tolerateKinds?: readonly TableKind[];
}

interface ExpectationFile {
  readonly files: readonly { readonly file: string; readonly sheets: readonly ExpectedSheet[] }[];
}

export interface Tally {
  readonly correct: number;
  readonly total: number;
  readonly rate: number;
}

export interface StructureFileReport {
  readonly file: string;
  readonly headerRows: Tally;
  readonly roles: Tally;
  readonly kinds: Tally;
  readonly extents: Tally;
  /** Expected things not found as expected: scored. */
  readonly misses: readonly string[];
  /** Tables found on sheets that hold none. */
  readonly falseTables: readonly string[];
  /** Differences that are reported but not scored (header depth, extra tables). */
  readonly details: readonly string[];
}

export interface StructureReport {
  readonly files: readonly StructureFileReport[];
  readonly headerRows: Tally;
  readonly roles: Tally;
  readonly kinds: Tally;
  readonly extents: Tally;
  readonly misses: readonly string[];
  readonly falseTables: readonly string[];
}

const DEFAULT_EXPECTATIONS = path.resolve(__dirname, '../test/corpus/structure-expectations.json');

const many = <T>(x: OneOrMany<T>): readonly T[] => (Array.isArray(x) ? (x as readonly T[]) : [x as T]);

export function tally(correct: number, total: number): Tally {
  return { correct, total, rate: total === 0 ? 1 : correct / total };
}

/** Counts checks and the ones that passed. */
export class Counter {
  correct = 0;
  total = 0;
  add(ok: boolean): boolean {
    this.total++;
    if (ok) this.correct++;
    return ok;
  }
  result(): Tally {
    return tally(this.correct, this.total);
  }
}

import { parseCsv } from '../src/core/grid/csv';

/** A CSV as a sheet from A1, cells kept as the text they hold ("$1,433" stays text, as Excel would show it). */
export function snapshotFromCsv(text: string, name: string): SheetSnapshot {
  const values: CellValue[][] = parseCsv(text).map((r) => r.map((v) => (v.trim() === '' ? null : v)));
  return { name, origin: { row: 0, col: 0 }, values };
}

async function loadSheets(file: string): Promise<Map<string, SheetSnapshot>> {
  const sheets = new Map<string, SheetSnapshot>();
  if (file.toLowerCase().endsWith('.csv')) {
    const name = path.basename(file, path.extname(file));
    sheets.set(name, snapshotFromCsv(await readFile(file, 'utf8'), name));
    return sheets;
  }
  const workbook = await loadWorkbookFile(file);
  for (const ws of workbook.worksheets) sheets.set(ws.name, snapshotFromWorksheet(ws));
  return sheets;
}

function spanOf(columns: string): [number, number] {
  const [a, b] = columns.split(':');
  return [columnIndex(a), columnIndex(b ?? a)];
}

function tableSpan(t: DetectedTable): [number, number] {
  return [t.columns[0].index, t.columns[t.columns.length - 1].index];
}

function overlap(a: [number, number], b: [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]) + 1);
}

/** The detected table that best covers the expected one: most shared columns, then nearest header. */
function bestMatch(expected: ExpectedTable, found: readonly DetectedTable[]): DetectedTable | undefined {
  const span = spanOf(expected.columns);
  let best: DetectedTable | undefined;
  let bestKey = -Infinity;
  for (const t of found) {
    const shared = overlap(span, tableSpan(t));
    if (shared === 0) continue;
    const rowsCovered = t.headerRow <= expected.headerRow + 1 && t.lastDataRow >= expected.headerRow;
    const key = (rowsCovered ? 1_000_000 : 0) + shared * 1000 - Math.abs(t.headerRow - expected.headerRow);
    if (key > bestKey) [best, bestKey] = [t, key];
  }
  return best;
}

function describe(t: DetectedTable): string {
  return `${t.range} header ${t.headerRow}${t.headerRows > 1 ? `-${t.headerRow + t.headerRows - 1}` : ''} ${t.kind}`;
}

async function evalFile(corpusRoot: string, entry: ExpectationFile['files'][number]): Promise<StructureFileReport> {
  const headers = new Counter();
  const roles = new Counter();
  const kinds = new Counter();
  const extents = new Counter();
  const misses: string[] = [];
  const falseTables: string[] = [];
  const details: string[] = [];
  let sheets: Map<string, SheetSnapshot>;
  try {
    sheets = await loadSheets(path.join(corpusRoot, entry.file));
  } catch (error) {
    sheets = new Map();
    misses.push(`${entry.file}: unreadable (${error instanceof Error ? error.message : String(error)})`);
  }
  for (const exp of entry.sheets) {
    const where = `${entry.file} [${exp.sheet}]`;
    const snapshot = sheets.get(exp.sheet);
    if (!snapshot) {
      for (const t of exp.tables ?? []) {
        headers.add(false);
        misses.push(`${where}: sheet missing, table at row ${t.headerRow} not checked`);
      }
      continue;
    }
    const detection = detectTables(snapshot);
    const found = detection.ok ? detection.tables : [];
    if (exp.noTable) {
      for (const t of found) {
        if (!(exp.tolerateKinds ?? []).includes(t.kind))
          falseTables.push(`${where}: found ${describe(t)} where there is no table`);
      }
      continue;
    }
    const used = new Set<DetectedTable>();
    for (const t of exp.tables ?? []) {
      const label = `${where} ${t.columns} header ${t.headerRow}`;
      const match = bestMatch(t, found);
      if (!headers.add(match !== undefined && match.headerRow === t.headerRow)) {
        misses.push(
          `${label}: header found at ${match ? describe(match) : 'nothing'}${detection.ok ? '' : ` (${detection.reason})`}`,
        );
      }
      if (match) used.add(match);
      if (match && t.headerRows !== undefined && match.headerRows !== t.headerRows)
        details.push(`${label}: header depth ${match.headerRows}, expected ${t.headerRows}`);
      if (!kinds.add(match !== undefined && many(t.kind).includes(match.kind)))
        misses.push(`${label}: kind ${match?.kind ?? 'none'}, expected ${many(t.kind).join(' or ')}`);
      if (t.lastDataRow !== undefined || t.firstDataRow !== undefined) {
        const ok =
          match !== undefined &&
          (t.lastDataRow === undefined || match.lastDataRow === t.lastDataRow) &&
          (t.firstDataRow === undefined || match.firstDataRow === t.firstDataRow);
        if (!extents.add(ok))
          misses.push(
            `${label}: data rows ${match ? `${match.firstDataRow}-${match.lastDataRow}` : 'none'}, expected ${t.firstDataRow ?? '?'}-${t.lastDataRow ?? '?'}`,
          );
      }
      for (const [letter, want] of Object.entries(t.roles)) {
        const col = match?.columns.find((c) => c.column === letter);
        if (!roles.add(col !== undefined && many(want).includes(col.role))) {
          misses.push(
            `${label} column ${letter}: ${col ? `${col.role} (${col.confidence}) from "${col.header}"` : 'not in the table'}, expected ${many(want).join(' or ')}`,
          );
        }
      }
    }
    for (const t of found) if (!used.has(t)) details.push(`${where}: also found ${describe(t)}`);
  }
  return {
    file: entry.file,
    headerRows: headers.result(),
    roles: roles.result(),
    kinds: kinds.result(),
    extents: extents.result(),
    misses,
    falseTables,
    details,
  };
}

function sum(reports: readonly StructureFileReport[], pick: (r: StructureFileReport) => Tally): Tally {
  return tally(
    reports.reduce((n, r) => n + pick(r).correct, 0),
    reports.reduce((n, r) => n + pick(r).total, 0),
  );
}

export async function runStructureEval(
  corpusRoot: string,
  expectationsPath = DEFAULT_EXPECTATIONS,
): Promise<StructureReport> {
  const expectations = JSON.parse(await readFile(expectationsPath, 'utf8')) as ExpectationFile;
  const files: StructureFileReport[] = [];
  for (const entry of expectations.files) files.push(await evalFile(corpusRoot, entry));
  return {
    files,
    headerRows: sum(files, (f) => f.headerRows),
    roles: sum(files, (f) => f.roles),
    kinds: sum(files, (f) => f.kinds),
    extents: sum(files, (f) => f.extents),
    misses: files.flatMap((f) => f.misses),
    falseTables: files.flatMap((f) => f.falseTables),
  };
}

const pct = (t: Tally): string => `${t.correct}/${t.total} (${(100 * t.rate).toFixed(1)}%)`;

export function formatStructureReport(r: StructureReport): string {
  const lines = [
    'Structure detection on the corpus',
    `  header rows   ${pct(r.headerRows)}`,
    `  column roles  ${pct(r.roles)}`,
    `  table kinds   ${pct(r.kinds)}`,
    `  data extents  ${pct(r.extents)}`,
    '',
  ];
  for (const f of r.files) {
    lines.push(
      `${f.file}: headers ${pct(f.headerRows)}, roles ${pct(f.roles)}, kinds ${pct(f.kinds)}, extents ${pct(f.extents)}`,
    );
    for (const m of f.misses) lines.push(`  miss: ${m}`);
    for (const m of f.falseTables) lines.push(`  false table: ${m}`);
    for (const d of f.details) lines.push(`  note: ${d}`);
  }
  return lines.join('\n');
}
