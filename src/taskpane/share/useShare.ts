/** The Share flow's actions as long tasks: build the advisor copy, add the summary sheet, download the report. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CellAction } from '../../core/share';
import {
  noLambdaResult,
  shortFormulaNames,
  shortNamesReport,
  type NameConflict,
  type NamesResult,
} from '../../core/share/shortNames';
import type { WorkbookPort } from '../../host/port';
import { addAdvisorSummarySheet, buildAdvisorCopy, reportHtml } from '../../host/shareBrowser';
import { todaySerial } from '../alignment/useAlignmentCheck';
import { useLongTask } from '../longTask/LongTaskContext';
import { downloadBlob, HTML_TYPE, XLSX_TYPE } from './download';
import { COPY_FILE_NAME, REPORT_FILE_NAME, SHARE_FLOW_TEXT } from './text';

export type Notice = { readonly intent: 'success' | 'error' | 'warning'; readonly text: string } | null;

export interface CopySummary {
  readonly counts: Readonly<Record<CellAction, number>>;
  readonly warnings: readonly string[];
}

/** What adding the short names came to, in sentences, with the user's names Rudder left alone. */
export interface NamesSummary {
  readonly intent: 'success' | 'warning';
  readonly lines: readonly string[];
  readonly conflicts: readonly NameConflict[];
}

export interface ShareActions {
  readonly notice: Notice;
  readonly copy: CopySummary | null;
  readonly names: NamesSummary | null;
  readonly buildCopy: () => void;
  readonly addSummary: () => void;
  readonly downloadReport: () => void;
  /** Adds the four names; `overwrite` lists the user's names they agreed to replace. */
  readonly addShortNames: (overwrite?: readonly string[]) => void;
}

/** A port without names (the offline sample) cannot hold them: the same plain answer as no LAMBDA. */
function addNamesTo(port: WorkbookPort, overwrite: readonly string[]): Promise<NamesResult> {
  return port.addNames ? port.addNames(shortFormulaNames(), { overwrite }) : Promise.resolve(noLambdaResult());
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function useShare(port: WorkbookPort): ShareActions {
  const { run } = useLongTask();
  const [notice, setNotice] = useState<Notice>(null);
  const [copy, setCopy] = useState<CopySummary | null>(null);
  const [names, setNames] = useState<NamesSummary | null>(null);
  // A tab switch unmounts the flow while a task may still run; no state is set after that.
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const task = useCallback(
    <T>(label: string, work: () => Promise<T>, done: (result: T) => void) => {
      setNotice(null);
      run(label, work).then(
        (result) => live.current && done(result),
        (error: unknown) => live.current && setNotice({ intent: 'error', text: messageOf(error) }),
      );
    },
    [run],
  );

  const buildCopy = useCallback(
    () =>
      task(
        SHARE_FLOW_TEXT.building,
        () => buildAdvisorCopy(port, todaySerial()),
        (built) => {
          downloadBlob(built.bytes, COPY_FILE_NAME, XLSX_TYPE);
          setCopy({ counts: built.counts, warnings: built.warnings });
          setNotice({ intent: 'success', text: SHARE_FLOW_TEXT.built(COPY_FILE_NAME) });
        },
      ),
    [port, task],
  );

  const addSummary = useCallback(
    () =>
      task(
        SHARE_FLOW_TEXT.adding,
        () => addAdvisorSummarySheet(port, todaySerial()),
        (sheet) => {
          setNotice({ intent: 'success', text: SHARE_FLOW_TEXT.added(sheet) });
          port.select(sheet, 'A1').catch(() => undefined); // going to the sheet is a courtesy only
        },
      ),
    [port, task],
  );

  const downloadReport = useCallback(
    () =>
      task(
        SHARE_FLOW_TEXT.reporting,
        () => reportHtml(port, todaySerial()),
        (html) => {
          downloadBlob(html, REPORT_FILE_NAME, HTML_TYPE);
          setNotice({ intent: 'success', text: SHARE_FLOW_TEXT.reported });
        },
      ),
    [port, task],
  );

  const addShortNames = useCallback(
    (overwrite: readonly string[] = []) =>
      task(
        SHARE_FLOW_TEXT.addingNames,
        () => addNamesTo(port, overwrite),
        (result) => setNames({ ...shortNamesReport(result), conflicts: result.conflicts }),
      ),
    [port, task],
  );

  return { notice, copy, names, buildCopy, addSummary, downloadReport, addShortNames };
}
