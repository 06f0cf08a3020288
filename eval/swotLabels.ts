/**
 * SWOT import on the second-round workbooks that ../shared/corpus/workbooks/labels.json labels.
 *
 * Two measures, side by side:
 * - item by item, against test/corpus/swot-labelled-expectations.json (every item and every
 *   strategy of each file, written by reading it): precision and recall of (quadrant, text), and of
 *   the strategies found beside the items;
 * - against labels.json itself: its counts per quadrant (a found item counts up to the label's
 *   count in its quadrant) and its one sample per quadrant, which must be found in its cell.
 * Nothing here is fitted (the importer's rules have no learned weights), so there are no
 * leave-one-file-out figures to give.
 */
import { readFile } from 'fs/promises';
import * as path from 'path';
import { importSwot, textKey, SWOT_QUADRANTS, type SwotImportResult, type SwotQuadrant } from '../src/core/swot';
import { compareItems, pct, ratio, readSheets, type ExpectedSwotItem, type SwotFileReport } from './swot';

interface ExpectedStrategy {
  readonly text: string;
  readonly cell: string;
  readonly type?: string;
  /** Cell of the item the strategy answers. */
  readonly from?: string;
}

interface LabelledExpectation {
  readonly file: string;
  readonly note?: string;
  readonly items: readonly ExpectedSwotItem[];
  readonly strategies?: readonly ExpectedStrategy[];
}

interface SwotLabel {
  readonly file: string;
  readonly counts: Readonly<Record<SwotQuadrant, number>>;
  readonly samples: Readonly<Record<SwotQuadrant, { readonly cell: string; readonly text: string }>>;
}

export interface StrategyReport {
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  readonly misses: readonly string[];
  readonly falseStrategies: readonly string[];
}

export interface LabelCheck {
  readonly found: Readonly<Record<SwotQuadrant, number>>;
  readonly counts: Readonly<Record<SwotQuadrant, number>>;
  readonly countPrecision: number;
  readonly countRecall: number;
  readonly samplesFound: number;
  readonly sampleMisses: readonly string[];
}

export interface LabelledFileReport {
  readonly items: SwotFileReport;
  readonly strategies: StrategyReport;
  readonly labels: LabelCheck | null;
  readonly note?: string;
}

export interface SwotLabelReport {
  readonly files: readonly LabelledFileReport[];
  readonly overall: {
    readonly precision: number;
    readonly recall: number;
    readonly strategyPrecision: number;
    readonly strategyRecall: number;
    readonly labelCountPrecision: number;
    readonly labelCountRecall: number;
    readonly samplesFound: number;
    readonly samples: number;
  };
}

const DEFAULT_EXPECTATIONS = path.resolve(__dirname, '../test/corpus/swot-labelled-expectations.json');

function compareStrategies(expected: readonly ExpectedStrategy[], result: SwotImportResult): StrategyReport {
  const pool = [...result.strategies];
  const misses: string[] = [];
  let matched = 0;
  for (const exp of expected) {
    const index = pool.findIndex((s) => textKey(s.text) === textKey(exp.text));
    if (index < 0) {
      misses.push(`${exp.cell} "${exp.text}"`);
      continue;
    }
    pool.splice(index, 1);
    matched += 1;
  }
  return {
    expected: expected.length,
    found: result.strategies.length,
    matched,
    misses,
    falseStrategies: pool.map((s) => `${s.sheet}!${s.cell} "${s.text}"`),
  };
}

/** A sample is found when an item of its quadrant sits in its cell with its words (or the item part of "item -> measure"). */
function sampleFound(
  result: SwotImportResult,
  quadrant: SwotQuadrant,
  sample: { cell: string; text: string },
): boolean {
  const [sheet, cell] = sample.cell.includes('!') ? sample.cell.split('!') : [null, sample.cell];
  const wanted = textKey(sample.text);
  return result.items.some(
    (i) =>
      i.quadrant === quadrant &&
      i.cell === cell &&
      (sheet === null || i.sheet === sheet) &&
      (textKey(i.text) === wanted || wanted.startsWith(`${textKey(i.text)} ->`)),
  );
}

function checkLabels(label: SwotLabel, result: SwotImportResult): LabelCheck {
  const found = Object.fromEntries(
    SWOT_QUADRANTS.map((q) => [q, result.items.filter((i) => i.quadrant === q).length]),
  ) as Record<SwotQuadrant, number>;
  let agreeing = 0;
  let foundTotal = 0;
  let countTotal = 0;
  const sampleMisses: string[] = [];
  for (const q of SWOT_QUADRANTS) {
    agreeing += Math.min(found[q], label.counts[q]);
    foundTotal += found[q];
    countTotal += label.counts[q];
    if (!sampleFound(result, q, label.samples[q]))
      sampleMisses.push(`${q} ${label.samples[q].cell} "${label.samples[q].text}"`);
  }
  return {
    found,
    counts: label.counts,
    countPrecision: ratio(agreeing, foundTotal),
    countRecall: ratio(agreeing, countTotal),
    samplesFound: SWOT_QUADRANTS.length - sampleMisses.length,
    sampleMisses,
  };
}

export interface SwotLabelEvalOptions {
  /** @default test/corpus/swot-labelled-expectations.json */
  readonly expectationsPath?: string;
  /** Read merged cells as Excel shows them (first cell only), as `runSwotEval` does. */
  readonly blankMerged?: boolean;
}

export async function runSwotLabelEval(
  corpusRoot: string,
  options: SwotLabelEvalOptions = {},
): Promise<SwotLabelReport> {
  const expectationsPath = options.expectationsPath ?? DEFAULT_EXPECTATIONS;
  const expectations = (JSON.parse(await readFile(expectationsPath, 'utf8')) as { files: LabelledExpectation[] }).files;
  const labelFile = JSON.parse(await readFile(path.join(corpusRoot, 'workbooks', 'labels.json'), 'utf8')) as {
    swot: SwotLabel[];
  };
  const files: LabelledFileReport[] = [];
  for (const entry of expectations) {
    const result = importSwot(await readSheets(path.join(corpusRoot, entry.file), options.blankMerged ?? false));
    const label = labelFile.swot.find((l) => `workbooks/${l.file}` === entry.file);
    files.push({
      items: compareItems(entry.file, entry.items, result.items, result.warnings),
      strategies: compareStrategies(entry.strategies ?? [], result),
      labels: label ? checkLabels(label, result) : null,
      ...(entry.note !== undefined ? { note: entry.note } : {}),
    });
  }
  const sum = (f: (r: LabelledFileReport) => number) => files.reduce((n, r) => n + f(r), 0);
  const labelled = files.flatMap((f) => (f.labels ? [f.labels] : []));
  const labelSum = (f: (l: LabelCheck) => number) => labelled.reduce((n, l) => n + f(l), 0);
  const agreeing = labelSum((l) => SWOT_QUADRANTS.reduce((n, q) => n + Math.min(l.found[q], l.counts[q]), 0));
  return {
    files,
    overall: {
      precision: ratio(
        sum((f) => f.items.matched),
        sum((f) => f.items.found),
      ),
      recall: ratio(
        sum((f) => f.items.matched),
        sum((f) => f.items.expected),
      ),
      strategyPrecision: ratio(
        sum((f) => f.strategies.matched),
        sum((f) => f.strategies.found),
      ),
      strategyRecall: ratio(
        sum((f) => f.strategies.matched),
        sum((f) => f.strategies.expected),
      ),
      labelCountPrecision: ratio(
        agreeing,
        labelSum((l) => SWOT_QUADRANTS.reduce((n, q) => n + l.found[q], 0)),
      ),
      labelCountRecall: ratio(
        agreeing,
        labelSum((l) => SWOT_QUADRANTS.reduce((n, q) => n + l.counts[q], 0)),
      ),
      samplesFound: labelSum((l) => l.samplesFound),
      samples: labelled.length * SWOT_QUADRANTS.length,
    },
  };
}

const counts = (c: Readonly<Record<SwotQuadrant, number>>) => SWOT_QUADRANTS.map((q) => c[q]).join('/');

export function formatSwotLabelReport(report: SwotLabelReport): string {
  const lines: string[] = ['SWOT import on the labelled second-round workbooks (counts S/W/O/T)', ''];
  for (const { items: f, strategies: s, labels: l, note } of report.files) {
    lines.push(
      `${f.file}: items expected ${f.expected}, found ${f.found}, matched ${f.matched}; precision ${pct(f.precision)}, recall ${pct(f.recall)}`,
      `  strategies expected ${s.expected}, found ${s.found}, matched ${s.matched}`,
    );
    if (l)
      lines.push(
        `  labels.json: counts ${counts(l.counts)}, found ${counts(l.found)}; count precision ${pct(l.countPrecision)}, count recall ${pct(l.countRecall)}; samples ${l.samplesFound}/4`,
      );
    if (note) lines.push(`  why this list differs from or adds to labels.json: ${note}`);
    for (const m of f.misses) lines.push(`  missed    ${m.quadrant} ${m.cell} "${m.text}"`);
    for (const x of f.falseItems) lines.push(`  false     ${x.quadrant} ${x.cell} "${x.text}"`);
    for (const m of s.misses) lines.push(`  missed strategy ${m}`);
    for (const x of s.falseStrategies) lines.push(`  false strategy  ${x}`);
    for (const m of l?.sampleMisses ?? []) lines.push(`  sample not found ${m}`);
  }
  const o = report.overall;
  lines.push(
    '',
    `Overall items: precision ${pct(o.precision)}, recall ${pct(o.recall)}`,
    `Overall strategies: precision ${pct(o.strategyPrecision)}, recall ${pct(o.strategyRecall)}`,
    `Against labels.json counts: precision ${pct(o.labelCountPrecision)}, recall ${pct(o.labelCountRecall)}; samples found ${o.samplesFound}/${o.samples}`,
    'Nothing is fitted to these files (rules only), so no leave-one-file-out figures apply.',
  );
  return lines.join('\n');
}
