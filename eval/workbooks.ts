/**
 * Table detection against the hand labels of the second-round workbooks
 * (../shared/corpus/workbooks/labels.json): for each labelled table, whether a table is found at
 * one of its header rows, whether its kind is one the label accepts, and whether each labelled
 * column has an accepted role; for each negative, whether the sheet is left alone (no goals, KPI,
 * SWOT or strategy table on it). Also scores the layout the labels imply: a table with several
 * `period` columns is wide, one with a single `period` column long.
 *
 * Detection's rules are hand-written (no weights or thresholds fitted on these files), so the
 * figures are reported per file; there is nothing to leave out and refit.
 */
import { readFile } from 'fs/promises';
import * as path from 'path';
import {
  detectTables,
  type ColumnRole,
  type DetectedTable,
  type TableKind,
  type TableLayout,
} from '../src/core/detect';
import type { SheetSnapshot } from '../src/core/grid/types';
import { loadWorkbookFile } from '../src/host/xlsx/open';
import { snapshotFromWorksheet } from '../src/host/xlsx/snapshot';
import { Counter, type Tally } from './structure';

interface LabelCase {
  readonly file: string;
  readonly sheet: string;
  /** 1-based; any listed row is right. Empty for blocks that have no header row (cards, notes). */
  readonly headerRow: readonly number[];
  readonly kind: readonly TableKind[];
  readonly columns: Readonly<Record<string, readonly ColumnRole[]>>;
}

interface LabelFile {
  readonly cases: readonly LabelCase[];
}

export type { Tally };

export interface WorkbookFileReport {
  readonly file: string;
  readonly headerRows: Tally;
  readonly kinds: Tally;
  readonly roles: Tally;
  readonly layouts: Tally;
  readonly negatives: Tally;
  readonly misses: readonly string[];
}

export interface WorkbookReport {
  readonly files: readonly WorkbookFileReport[];
  readonly headerRows: Tally;
  readonly kinds: Tally;
  readonly roles: Tally;
  readonly layouts: Tally;
  readonly negatives: Tally;
}

const isNegative = (c: LabelCase): boolean => c.kind.length > 0 && c.kind.every((k) => k === 'other');

/** The layout the labels imply: several period columns across, or one period column down. */
function expectedLayout(c: LabelCase): TableLayout {
  const periods = Object.values(c.columns).filter((roles) => roles.length === 1 && roles[0] === 'period').length;
  return periods >= 2 ? 'wide' : periods === 1 ? 'long' : 'flat';
}

const headerRowsOf = (t: DetectedTable): number[] => Array.from({ length: t.headerRows }, (_, i) => t.headerRow + i);

/** The found table that best stands for the labelled one: at a labelled header row first, then most labelled columns. */
function bestMatch(c: LabelCase, found: readonly DetectedTable[]): DetectedTable | undefined {
  const letters = Object.keys(c.columns);
  let best: DetectedTable | undefined;
  let bestKey = 0;
  for (const t of found) {
    const shared = letters.filter((l) => t.columns.some((col) => col.column === l)).length;
    if (shared === 0) continue;
    const atHeader = headerRowsOf(t).some((r) => c.headerRow.includes(r));
    const key = (atHeader ? 1000 : 0) + shared;
    if (key > bestKey) [best, bestKey] = [t, key];
  }
  return best;
}

function describe(t: DetectedTable): string {
  return `${t.range} header ${t.headerRow}${t.headerRows > 1 ? `-${t.headerRow + t.headerRows - 1}` : ''} ${t.kind} ${t.layout}`;
}

async function loadSheets(file: string): Promise<Map<string, SheetSnapshot>> {
  const workbook = await loadWorkbookFile(file);
  const sheets = new Map<string, SheetSnapshot>();
  for (const ws of workbook.worksheets) sheets.set(ws.name, snapshotFromWorksheet(ws));
  return sheets;
}

async function evalFile(folder: string, file: string, cases: readonly LabelCase[]): Promise<WorkbookFileReport> {
  const headers = new Counter();
  const kinds = new Counter();
  const roles = new Counter();
  const layouts = new Counter();
  const negatives = new Counter();
  const misses: string[] = [];
  let sheets = new Map<string, SheetSnapshot>();
  try {
    sheets = await loadSheets(path.join(folder, file));
  } catch (error) {
    misses.push(`${file}: unreadable (${error instanceof Error ? error.message : String(error)})`);
  }
  for (const c of cases) {
    const where = `[${c.sheet}]${c.headerRow.length > 0 ? ` header ${c.headerRow.join('/')}` : ''}`;
    const snapshot = sheets.get(c.sheet);
    const detection = snapshot ? detectTables(snapshot) : undefined;
    const found = detection?.ok ? detection.tables : [];
    const why = detection && !detection.ok ? ` (${detection.reason})` : snapshot ? '' : ' (sheet not read)';
    const match = bestMatch(c, found);
    const negative = isNegative(c);
    if (negative) {
      const claimed = found.filter((t) => t.kind !== 'other');
      if (!negatives.add(claimed.length === 0))
        misses.push(`${where}: negative, but found ${claimed.map(describe).join('; ')}`);
    }
    if (c.headerRow.length > 0) {
      const ok = match !== undefined && headerRowsOf(match).some((r) => c.headerRow.includes(r));
      if (!headers.add(ok)) misses.push(`${where}: header found at ${match ? describe(match) : `nothing${why}`}`);
    }
    const kind: TableKind | undefined = match?.kind ?? (negative ? 'other' : undefined);
    if (!kinds.add(kind !== undefined && c.kind.includes(kind)))
      misses.push(`${where}: kind ${kind ?? `none${why}`}, expected ${c.kind.join(' or ')}`);
    if (!negative && match !== undefined) {
      const want = expectedLayout(c);
      if (!layouts.add(match.layout === want)) misses.push(`${where}: layout ${match.layout}, expected ${want}`);
    }
    for (const [letter, accepted] of Object.entries(c.columns)) {
      const col = match?.columns.find((x) => x.column === letter);
      // A negative left unstructured has every column as "other", which is what its labels say.
      const role: ColumnRole | undefined = col?.role ?? (negative && !match ? 'other' : undefined);
      if (!roles.add(role !== undefined && accepted.includes(role)))
        misses.push(
          `${where} column ${letter}: ${col ? `${col.role} from "${col.header}"` : 'not in a table'}, expected ${accepted.join(' or ')}`,
        );
    }
  }
  return {
    file,
    headerRows: headers.result(),
    kinds: kinds.result(),
    roles: roles.result(),
    layouts: layouts.result(),
    negatives: negatives.result(),
    misses,
  };
}

function sum(reports: readonly WorkbookFileReport[], pick: (r: WorkbookFileReport) => Tally): Tally {
  const correct = reports.reduce((n, r) => n + pick(r).correct, 0);
  const total = reports.reduce((n, r) => n + pick(r).total, 0);
  return { correct, total, rate: total === 0 ? 1 : correct / total };
}

export async function runWorkbookEval(corpusRoot: string): Promise<WorkbookReport> {
  const folder = path.join(corpusRoot, 'workbooks');
  const labels = JSON.parse(await readFile(path.join(folder, 'labels.json'), 'utf8')) as LabelFile;
  const byFile = new Map<string, LabelCase[]>();
  for (const c of labels.cases) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  const files: WorkbookFileReport[] = [];
  for (const [file, cases] of byFile) files.push(await evalFile(folder, file, cases));
  return {
    files,
    headerRows: sum(files, (f) => f.headerRows),
    kinds: sum(files, (f) => f.kinds),
    roles: sum(files, (f) => f.roles),
    layouts: sum(files, (f) => f.layouts),
    negatives: sum(files, (f) => f.negatives),
  };
}

const pct = (t: Tally): string => (t.total === 0 ? '-' : `${t.correct}/${t.total} (${(100 * t.rate).toFixed(1)}%)`);

export function formatWorkbookReport(r: WorkbookReport): string {
  const lines = [
    'Table detection on the labelled second-round workbooks (hand-written rules: per file, nothing fitted)',
    `  header rows        ${pct(r.headerRows)}`,
    `  table kinds        ${pct(r.kinds)}`,
    `  column roles       ${pct(r.roles)}`,
    `  layouts            ${pct(r.layouts)}`,
    `  negatives alone    ${pct(r.negatives)}`,
    '',
  ];
  for (const f of r.files) {
    lines.push(
      `${f.file}: headers ${pct(f.headerRows)}, kinds ${pct(f.kinds)}, roles ${pct(f.roles)}, layouts ${pct(f.layouts)}, negatives ${pct(f.negatives)}`,
    );
    for (const m of f.misses) lines.push(`  miss: ${m}`);
  }
  return lines.join('\n');
}
