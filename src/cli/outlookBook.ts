/**
 * `rudder outlook BOOK.xlsx`: for each KPI of RudderKPIs with history in RudderHistory, its outlook, trend,
 * forecast at the due date and chance of meeting the target, computed as the check-in and KPI_OUTLOOK do.
 */
import { outlookOfKpi } from '../core/checkin';
import { formatSerialLong } from '../core/dates';
import type { OutlookResult } from '../core/forecast';
import { readNotesOf, readStrategyModel } from '../host/readStrategyModel';
import { openXlsxPort } from '../host/xlsx';
import { asOfOf } from './auditCommand';
import { structureInMemory } from './structureCommand';
import { CliError, EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { JsonObject } from './jsonl';
import { openOptionsOf, type WorkbookReadOptions } from './limits';
import { outlookJson, outlookText } from './outlookCommand';

export interface OutlookBookOptions extends WorkbookReadOptions {
  readonly asOf?: string;
  readonly json?: boolean;
}

export const OUTLOOK_BOOK_TEXT = {
  noKpis: (book: string) =>
    `${book} has no RudderKPIs table: run rudder structure ${book} -o structured.xlsx first, on the sheet with your KPIs or their monthly numbers.`,
  noHistory: (book: string) =>
    `${book} has no RudderHistory table, so there is no history to look ahead from: structure the sheet where you keep your numbers by month, or add a check-in in the task pane.`,
  header: (book: string, asOf: number) => `Outlook of the KPIs of ${book}, as of ${formatSerialLong(asOf)}`,
  noTarget: 'no outlook: the KPI needs a target and a readable direction',
  structuredInMemory: (book: string) =>
    `${book} has no Rudder tables yet: its sheets are read as rudder structure would make them (nothing is written).`,
} as const;

interface KpiOutlook {
  readonly id: string;
  readonly name: string;
  readonly points: number;
  readonly result: OutlookResult | null;
}

export async function runOutlookBook(book: string, options: OutlookBookOptions, io: CliIo): Promise<number> {
  const asOf = asOfOf(options.asOf, io.today());
  const port = await openXlsxPort(book, openOptionsOf(options));
  let model = await readStrategyModel(port);
  // A workbook that keeps its numbers by month but was never structured is read as Structure would make it.
  const structured = !model.tables.some((t) => t.kind === 'kpis') && (await structureInMemory(port, io.today()));
  if (structured) model = await readStrategyModel(port);
  const notes = readNotesOf(model, port);
  if (!model.tables.some((t) => t.kind === 'kpis')) throw new CliError(OUTLOOK_BOOK_TEXT.noKpis(book));
  if (model.history.table === null) throw new CliError(OUTLOOK_BOOK_TEXT.noHistory(book));
  const kpis: KpiOutlook[] = model.kpis.map((kpi, i) => {
    const history = model.history.ofKpi[i].filter((p) => p.period !== null && p.period <= asOf);
    return { id: kpi.id, name: kpi.name, points: history.length, result: outlookOfKpi(kpi, history, asOf) };
  });
  if (options.json) {
    const lines: JsonObject[] = kpis.map((k) => ({
      id: k.id,
      kpi: k.name,
      points: k.points,
      ...(k.result ? outlookJson(k.result) : { outlook: null }),
    }));
    io.out(
      JSON.stringify({
        kpis: lines,
        ...(structured ? { structuredInMemory: true } : {}),
        ...(notes.length ? { notes } : {}),
      }),
    );
    return EXIT_OK;
  }
  const lines = [
    OUTLOOK_BOOK_TEXT.header(book, asOf),
    ...(structured ? [`  ${OUTLOOK_BOOK_TEXT.structuredInMemory(book)}`] : []),
  ];
  for (const k of kpis)
    lines.push(`  ${k.id || '(no ID)'}  ${k.name}: ${k.result ? outlookText(k.result) : OUTLOOK_BOOK_TEXT.noTarget}`);
  io.out(lines.join('\n'));
  for (const note of notes) io.err(note);
  return EXIT_OK;
}
