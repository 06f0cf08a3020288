/** Runs the alignment check through the port as one long task, and remembers the last result per workbook. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { buildStrategyGraph, runAlignment, type AlignmentResult, type StrategyGraph } from '../../core/alignment';
import { serialFromYmd } from '../../core/dates';
import { readStrategyModel } from '../../host/readStrategyModel';
import type { WorkbookPort } from '../../host/port';
import type { FlowRequest } from '../flowRequests';
import { useLongTask } from '../longTask/LongTaskContext';
import { ALIGNMENT_TEXT } from './text';

export type CheckState =
  | { readonly state: 'idle' }
  | { readonly state: 'empty'; readonly reason: string }
  | { readonly state: 'done'; readonly result: AlignmentResult; readonly graph: StrategyGraph; readonly asOf: number }
  | { readonly state: 'failed'; readonly message: string };

/** The pane remounts a flow on every tab switch; the last check stays with its workbook so coming back shows it. */
const lastCheck = new WeakMap<WorkbookPort, CheckState>();

/** Today in the user's own time zone, as an Excel serial: the core never reads the clock. */
export function todaySerial(now: Date = new Date()): number {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Lets the browser paint the progress label before the synchronous check starts. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function useAlignmentCheck(
  port: WorkbookPort,
  request: FlowRequest | null,
): { readonly check: CheckState; readonly run: () => void } {
  const { run: runTask } = useLongTask();
  const [check, setCheck] = useState<CheckState>(() => lastCheck.get(port) ?? { state: 'idle' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const settle = useCallback(
    (next: CheckState) => {
      lastCheck.set(port, next);
      if (live.current) setCheck(next);
    },
    [port],
  );

  const run = useCallback(() => {
    runTask(ALIGNMENT_TEXT.running, async (report) => {
      report(null, ALIGNMENT_TEXT.reading);
      const model = await readStrategyModel(port);
      if (model.isEmpty) return settle({ state: 'empty', reason: model.emptyReason ?? '' });
      report(0.5, ALIGNMENT_TEXT.checking);
      await nextFrame();
      const asOf = todaySerial();
      const result = runAlignment(model, { asOf });
      settle({ state: 'done', result, graph: buildStrategyGraph(model, { asOf }), asOf });
    }).catch((error: unknown) =>
      settle({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [port, runTask, settle]);

  // The ribbon's "Check alignment" opens this flow with run: true; each request is a new object,
  // and only a new request (not a new `run`) may start a check.
  const runLatest = useRef(run);
  runLatest.current = run;
  useEffect(() => {
    if (request?.run && request.flow === 'alignment') runLatest.current();
  }, [request]);

  return { check, run };
}
