/** The printable report of a workbook through any port (CLI file, playground, Excel). */
import { gatherShareFacts, renderReportHtml, type ShareFacts } from '../core/share';
import type { WorkbookPort } from './port';
import { readStrategyModel } from './readStrategyModel';

export async function shareFactsOf(port: WorkbookPort, today: number, title?: string): Promise<ShareFacts> {
  return gatherShareFacts(await readStrategyModel(port), today, title);
}

export async function reportHtmlOf(port: WorkbookPort, today: number, title?: string): Promise<string> {
  return renderReportHtml(await shareFactsOf(port, today, title));
}
