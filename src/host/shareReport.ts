/** The printable report of a workbook through any port (CLI file, playground, Excel). */
import { gatherShareFacts, renderReportHtml, type ShareFacts } from '../core/share';
import type { WorkbookPort } from './port';
import { readNotesOf, readStrategyModel } from './readStrategyModel';

export async function shareFactsOf(port: WorkbookPort, today: number, title?: string): Promise<ShareFacts> {
  return gatherShareFacts(await readStrategyModel(port), today, title);
}

export async function reportHtmlOf(port: WorkbookPort, today: number, title?: string): Promise<string> {
  return renderReportHtml(await shareFactsOf(port, today, title));
}

/** The report with the notes on how the workbook was read (see `readNotesOf`). */
export async function reportOf(
  port: WorkbookPort,
  today: number,
  title?: string,
): Promise<{ readonly html: string; readonly notes: readonly string[] }> {
  const model = await readStrategyModel(port);
  return { html: renderReportHtml(gatherShareFacts(model, today, title)), notes: readNotesOf(model, port) };
}
