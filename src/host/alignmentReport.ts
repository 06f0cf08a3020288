/**
 * The Alignment report in the workbook: the score, the method and the `RudderFindings` table
 * (Severity, Rule, Where, Message, Fix) on an Alignment sheet. Running it again refreshes the same
 * table in place, so there is never a second one. Also holds the words the pane and the CLI share
 * about a result (severity names, what a score means), so they say the same thing.
 */
import { ALIGNMENT_METHOD, type AlignmentResult, type Finding, type Severity } from '../core/alignment';
import { formatSerialLong } from '../core/dates';
import { parseRangeAddress, rangeAddress } from '../core/grid/a1';
import type { CellInput, ConditionalRule, TableColumnSpec, WorkbookPort } from './port';

export const ALIGNMENT_SHEET = 'Alignment';
export const FINDINGS_TABLE = 'RudderFindings';

/** Severity as the owner reads it; `info` findings are suggestions, as the scoring method calls them. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Suggestion',
};
export const SEVERITY_PLURAL: Readonly<Record<Severity, string>> = {
  error: 'errors',
  warning: 'warnings',
  info: 'suggestions',
};
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const REPORT_TEXT = {
  title: 'Rudder alignment check',
  scoreLabel: 'Alignment score (out of 100)',
  checkedLabel: 'Checked on',
  findingsLabel: 'Findings',
  meaningLabel: 'What the score means',
  methodLabel: 'How it is scored',
  noFindings: 'No findings: every check passed.',
  /** The method in one line, for the CLI's text output; the full text is ALIGNMENT_METHOD. */
  methodLine:
    'How it is scored: each check counts once, weighted by severity (errors 3, warnings 2, suggestions 1); the score is 100 × the weight passed ÷ the weight of all checks.',
  willWrite: (sheet: string, count: number, exists: boolean) =>
    `${exists ? 'Refreshes' : 'Adds'} the ${FINDINGS_TABLE} table on the ${sheet} sheet with ${count} finding${count === 1 ? '' : 's'}, the score and how it is worked out. Your other sheets are not changed.`,
  written: (sheet: string, count: number, created: boolean) =>
    `${created ? 'Wrote' : 'Refreshed'} the alignment report on the ${sheet} sheet: ${count} finding${count === 1 ? '' : 's'}.`,
} as const;

/**
 * One or two sentences on what a score means for the owner. A high score with errors still says
 * "mostly": an error (a broken link, a duplicate ID) can hide a whole goal from the check.
 */
export function scoreMeaning(result: Pick<AlignmentResult, 'score' | 'checks' | 'passed' | 'findings'>): string {
  if (result.checks === 0) return 'There was nothing to check yet: add goals or KPIs to the Rudder tables.';
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const band =
    result.score >= 90 && errors === 0
      ? 'Your goals, KPIs and strategy line up well.'
      : result.score >= 75
        ? 'Mostly aligned, with a few gaps to close.'
        : result.score >= 50
          ? 'Partly aligned: several goals or KPIs are not connected, measured or dated.'
          : 'Weakly aligned: many checks fail.';
  const next = errors > 0 ? ` Start with the ${errors === 1 ? 'error' : `${errors} errors`}.` : '';
  return `${band} ${result.passed} of ${result.checks} checks passed.${next}`;
}

/** "2 errors, 5 warnings, 1 suggestion", leaving out severities with none. */
export function findingCounts(findings: readonly Finding[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map(
    (s) => `${counts[s]} ${counts[s] === 1 ? SEVERITY_LABEL[s].toLowerCase() : SEVERITY_PLURAL[s]}`,
  );
  return parts.length === 0 ? REPORT_TEXT.noFindings : parts.join(', ');
}

/** Where a finding is, as Excel writes a reference: `'Goals (Rudder)'!A5`. */
export function whereText(finding: Pick<Finding, 'sheet' | 'cell'>): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(finding.sheet)
    ? finding.sheet
    : `'${finding.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${finding.cell}`;
}

export const FINDINGS_COLUMNS: readonly TableColumnSpec[] = [
  // Wide enough for the summary labels above the table, which share column A.
  { header: 'Severity', width: 28 },
  { header: 'Rule', width: 20 },
  { header: 'Where', width: 18 },
  { header: 'Message', width: 70 },
  { header: 'Fix', width: 70 },
];

/** The table sits under the summary block (rows 1-6), so rewriting the block never touches it. */
const TABLE_TOP_LEFT = 'A8';
const SUMMARY_ROWS = 6;

const SEVERITY_COLOURS: readonly ConditionalRule[] = [
  { kind: 'textEquals', text: SEVERITY_LABEL.error, fill: '#FFC7CE', fontColor: '#9C0006' },
  { kind: 'textEquals', text: SEVERITY_LABEL.warning, fill: '#FFEB9C', fontColor: '#9C5700' },
  { kind: 'textEquals', text: SEVERITY_LABEL.info, fill: '#DDEBF7', fontColor: '#1F4E79' },
];

export function findingRows(findings: readonly Finding[]): CellInput[][] {
  // Strings go in as text, so a message quoting a goal that starts with "=" never becomes a formula.
  return findings.map((f) => [SEVERITY_LABEL[f.severity], f.rule, whereText(f), f.message, f.fix]);
}

function summaryBlock(result: AlignmentResult, asOf: number): CellInput[][] {
  return [
    [REPORT_TEXT.title, null],
    [REPORT_TEXT.scoreLabel, result.score],
    [REPORT_TEXT.checkedLabel, formatSerialLong(asOf)],
    [REPORT_TEXT.findingsLabel, findingCounts(result.findings)],
    [REPORT_TEXT.meaningLabel, scoreMeaning(result)],
    [REPORT_TEXT.methodLabel, ALIGNMENT_METHOD],
  ];
}

export interface ReportTarget {
  /** The sheet the report goes to (an existing report's sheet, else the name a new sheet is asked for). */
  readonly sheet: string;
  /** True when a `RudderFindings` table is already there and will be refreshed. */
  readonly exists: boolean;
}

/** Where the report will go, so the pane can say what it will change before changing it. */
export async function reportTarget(port: WorkbookPort): Promise<ReportTarget> {
  const existing = (await port.listTables()).find((t) => t.name.toLowerCase() === FINDINGS_TABLE.toLowerCase());
  return existing ? { sheet: existing.sheet, exists: true } : { sheet: ALIGNMENT_SHEET, exists: false };
}

export interface ReportWritten {
  readonly sheet: string;
  /** The findings table, header included. */
  readonly range: string;
  readonly created: boolean;
  readonly message: string;
}

/**
 * Writes (or refreshes) the report. A new report gets its own sheet: `Alignment`, or `Alignment (2)`
 * when the user already has a sheet of that name, because their cells are never overwritten.
 */
export async function writeAlignmentReport(
  port: WorkbookPort,
  result: AlignmentResult,
  options: { readonly asOf: number },
): Promise<ReportWritten> {
  const existing = (await port.listTables()).find((t) => t.name.toLowerCase() === FINDINGS_TABLE.toLowerCase());
  const sheet = existing ? existing.sheet : await port.addSheet(ALIGNMENT_SHEET);
  const fitsAbove = existing === undefined || parseRangeAddress(existing.range).top >= SUMMARY_ROWS;
  // A table the user moved to the top of its sheet keeps its place; the summary is then left out rather than written over it.
  if (fitsAbove) await port.writeBlock(sheet, 'A1', summaryBlock(result, options.asOf));
  const written = await port.upsertTable({
    name: FINDINGS_TABLE,
    sheet,
    topLeft: TABLE_TOP_LEFT,
    columns: FINDINGS_COLUMNS,
    rows: findingRows(result.findings),
  });
  const body = parseRangeAddress(written.range);
  if (existing && existing.range !== written.range) {
    const old = parseRangeAddress(existing.range);
    await port.setConditionalFormats(
      sheet,
      rangeAddress(old.top + 1, old.left, Math.max(old.bottom, old.top + 1), old.left),
      [],
    );
  }
  await port.setConditionalFormats(
    sheet,
    rangeAddress(body.top + 1, body.left, Math.max(body.bottom, body.top + 1), body.left),
    SEVERITY_COLOURS,
  );
  return {
    sheet: written.sheet,
    range: written.range,
    created: !existing,
    message: REPORT_TEXT.written(written.sheet, result.findings.length, !existing),
  };
}
