/**
 * Sharing from the task pane, through any WorkbookPort: the advisor copy as .xlsx bytes, the
 * Advisor summary written into the open workbook (where a whole-file download is impossible),
 * and the printable report. Browser-safe (no Node modules, no HyperFormula), so the add-in bundle
 * may import it; the ExcelJS part loads only when a copy is asked for.
 */
import { advisorSummaryRows, gatherShareFacts, SHARE_TEXT } from '../core/share';
import type { WorkbookPort } from './port';
import { readStrategyModel } from './readStrategyModel';
import type { AdvisorCopy } from './shareBrowserCopy';
import { reportHtmlOf } from './shareReport';

export type { AdvisorCopy } from './shareBrowserCopy';

/** Builds the advisor copy of the open workbook as .xlsx bytes; the open workbook is not changed. */
export async function buildAdvisorCopy(port: WorkbookPort, today: number): Promise<AdvisorCopy> {
  const { buildAdvisorCopyNow } = await import('./shareBrowserCopy');
  return buildAdvisorCopyNow(port, today);
}

/**
 * Writes the Advisor summary sheet into the open workbook itself (Excel, where a copy cannot be
 * downloaded). Only a new sheet is added; no existing cell is touched. Returns the sheet's name.
 */
export async function addAdvisorSummarySheet(port: WorkbookPort, today: number): Promise<string> {
  const facts = gatherShareFacts(await readStrategyModel(port), today);
  const rows = advisorSummaryRows(facts);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const name = await port.addSheet(SHARE_TEXT.summarySheet);
  // Plain strings are written as text by every adapter, so a goal starting with "=" stays text.
  await port.writeBlock(
    name,
    'A1',
    rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
  );
  return name;
}

/** The self-contained printable report of the open workbook. */
export function reportHtml(port: WorkbookPort, today: number): Promise<string> {
  return reportHtmlOf(port, today);
}
