/**
 * SWOT import against the corpus: precision and recall of (quadrant, text) per workbook and
 * overall, with the misses and false items listed. Expectations are hand-written from reading
 * each file (test/corpus/swot-expectations.json); the workbooks stay in ../shared/corpus.
 */
import { readFile } from 'fs/promises';
import * as path from 'path';
import { importSwot, textKey, type ImportedSwotItem, type SwotQuadrant } from '../src/core/swot';
import { parseRangeAddress } from '../src/core/grid/a1';
import type { CellValue, SheetSnapshot } from '../src/core/grid/types';
import { loadWorkbookFile } from '../src/host/xlsx/open';
import { snapshotFromWorksheet } from '../src/host/xlsx/snapshot';

export interface ExpectedSwotItem {
  readonly quadrant: SwotQuadrant;
  readonly text: string;
  readonly cell: string;
  /** Compared as a prefix of the imported entity ("Apple" matches "Apple (Colos, 2023)"). */
  readonly entity?: string;
  readonly impact?: number;
}

interface ExpectationFile {
  readonly files: readonly { readonly file: string; readonly items: readonly ExpectedSwotItem[] }[];
}

export interface FoundItem {
  readonly quadrant: SwotQuadrant;
  readonly text: string;
  readonly cell: string;
}

export interface SwotFileReport {
  readonly file: string;
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  /** Expected items not found in their quadrant. */
  readonly misses: readonly ExpectedSwotItem[];
  /** Imported items that match nothing expected (headers, titles, wrong quadrant …). */
  readonly falseItems: readonly FoundItem[];
  /** Matched items whose cell, entity or impact differ from the expectation: reported, not scored. */
  readonly details: readonly string[];
  readonly warnings: readonly string[];
}

export interface SwotReport {
  readonly files: readonly SwotFileReport[];
  readonly overall: {
    readonly expected: number;
    readonly found: number;
    readonly matched: number;
    readonly precision: number;
    readonly recall: number;
    readonly f1: number;
  };
}

const DEFAULT_EXPECTATIONS = path.resolve(__dirname, '../test/corpus/swot-expectations.json');

export function ratio(num: number, den: number): number {
  return den === 0 ? 1 : num / den;
}

export interface SwotEvalOptions {
  /** Hand-written expectations. @default test/corpus/swot-expectations.json */
  readonly expectationsPath?: string;
  /**
   * Blank every merged cell but its first, as Excel (and so the Office adapter) shows merges;
   * ExcelJS repeats the first cell's value instead. The importer must read both the same way.
   */
  readonly blankMerged?: boolean;
}

export async function readSheets(file: string, blankMerged: boolean): Promise<SheetSnapshot[]> {
  const workbook = await loadWorkbookFile(file);
  const sheets: SheetSnapshot[] = [];
  workbook.eachSheet((ws) => {
    const snapshot = snapshotFromWorksheet(ws);
    if (!blankMerged) {
      sheets.push(snapshot);
      return;
    }
    const values: CellValue[][] = snapshot.values.map((row) => [...row]);
    for (const merge of (ws.model as { merges?: string[] }).merges ?? []) {
      const r = parseRangeAddress(merge);
      for (let i = r.top; i <= r.bottom; i++) {
        for (let j = r.left; j <= r.right; j++) if ((i !== r.top || j !== r.left) && values[i]) values[i][j] = null;
      }
    }
    sheets.push({ ...snapshot, values });
  });
  return sheets;
}

export function compareItems(
  file: string,
  expected: readonly ExpectedSwotItem[],
  found: readonly ImportedSwotItem[],
  warnings: readonly string[],
): SwotFileReport {
  const key = (q: SwotQuadrant, text: string) => `${q}|${textKey(text)}`;
  const pool = new Map<string, ImportedSwotItem[]>();
  for (const item of found)
    pool.set(key(item.quadrant, item.text), [...(pool.get(key(item.quadrant, item.text)) ?? []), item]);
  const misses: ExpectedSwotItem[] = [];
  const details: string[] = [];
  let matched = 0;
  for (const exp of expected) {
    const candidates = pool.get(key(exp.quadrant, exp.text)) ?? [];
    const index = Math.max(
      0,
      candidates.findIndex((c) => c.cell === exp.cell),
    );
    const hit = candidates[index];
    if (!hit) {
      misses.push(exp);
      continue;
    }
    candidates.splice(index, 1);
    matched += 1;
    if (hit.cell !== exp.cell) details.push(`"${exp.text}": expected in ${exp.cell}, found in ${hit.cell}`);
    if (exp.entity !== undefined && !(hit.entity ?? '').toLowerCase().startsWith(exp.entity.toLowerCase())) {
      details.push(`"${exp.text}": entity "${hit.entity ?? ''}", expected "${exp.entity}"`);
    }
    if (exp.impact !== undefined && hit.impact !== exp.impact)
      details.push(`"${exp.text}": impact ${hit.impact ?? 'none'}, expected ${exp.impact}`);
  }
  const falseItems = [...pool.values()].flat().map(({ quadrant, text, cell }) => ({ quadrant, text, cell }));
  return {
    file,
    expected: expected.length,
    found: found.length,
    matched,
    precision: ratio(matched, found.length),
    recall: ratio(matched, expected.length),
    misses,
    falseItems,
    details,
    warnings,
  };
}

export async function runSwotEval(corpusRoot: string, options: SwotEvalOptions = {}): Promise<SwotReport> {
  const expectationsPath = options.expectationsPath ?? DEFAULT_EXPECTATIONS;
  const expectations = JSON.parse(await readFile(expectationsPath, 'utf8')) as ExpectationFile;
  const files: SwotFileReport[] = [];
  for (const entry of expectations.files) {
    const result = importSwot(await readSheets(path.join(corpusRoot, entry.file), options.blankMerged ?? false));
    files.push(compareItems(entry.file, entry.items, result.items, result.warnings));
  }
  const expected = files.reduce((n, f) => n + f.expected, 0);
  const found = files.reduce((n, f) => n + f.found, 0);
  const matched = files.reduce((n, f) => n + f.matched, 0);
  const precision = ratio(matched, found);
  const recall = ratio(matched, expected);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { files, overall: { expected, found, matched, precision, recall, f1 } };
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatSwotReport(report: SwotReport): string {
  const lines: string[] = ['SWOT import on the corpus', ''];
  for (const f of report.files) {
    lines.push(
      `${f.file}: expected ${f.expected}, found ${f.found}, matched ${f.matched}; precision ${pct(f.precision)}, recall ${pct(f.recall)}`,
    );
    for (const m of f.misses) lines.push(`  missed  ${m.quadrant} ${m.cell} "${m.text}"`);
    for (const x of f.falseItems) lines.push(`  false   ${x.quadrant} ${x.cell} "${x.text}"`);
    for (const d of f.details) lines.push(`  note    ${d}`);
  }
  const o = report.overall;
  lines.push(
    '',
    `Overall: expected ${o.expected}, found ${o.found}, matched ${o.matched}; precision ${pct(o.precision)}, recall ${pct(o.recall)}, F1 ${pct(o.f1)}`,
  );
  return lines.join('\n');
}
