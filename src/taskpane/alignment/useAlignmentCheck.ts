/** Runs the alignment check through the port as one long task, and remembers the last result per workbook. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AlignmentResult, StrategyGraph } from '../../core/alignment';
import { gatherShareFacts } from '../../core/share/facts';
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

/** The User Timing entry each check leaves behind (developer tools and the bench read it). */
export const AUDIT_MEASURE = 'rudder:audit';

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
      const readStart = performance.now();
      const model = await readStrategyModel(port);
      const readMs = performance.now() - readStart;
      if (model.isEmpty) return settle({ state: 'empty', reason: model.emptyReason ?? '' });
      report(0.5, ALIGNMENT_TEXT.checking);
      await nextFrame();
      const checkStart = performance.now();
      const asOf = todaySerial();
      // The one computation every view shares (Alignment sheet, advisor summary, report, CLI audit).
      const { alignment: result, graph } = gatherShareFacts(model, asOf);
      // The audit's own time (reading the tables, the check, the picture), without the frame the pane
      // waits for to show its progress: the figure DESIGN §7 budgets, which `npm run bench` reads back.
      performance.measure(AUDIT_MEASURE, { start: checkStart, duration: readMs + performance.now() - checkStart });
      settle({ state: 'done', result, graph, asOf });
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
