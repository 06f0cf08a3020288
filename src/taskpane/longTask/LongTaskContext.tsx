/**
 * One long operation at a time for the whole pane: flows call `run(label, work)`, the shell shows
 * a progress bar with the label and disables every button in the flow until the work settles.
 * Disabling the focused button drops the keyboard focus to the page; when the work settles and
 * nothing else took the focus, it goes back to where it was.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

export interface LongTaskStatus {
  /** What is happening, in plain words: "Reading the Goals sheet…". */
  readonly label: string;
  /** 0-1 when known; `null` shows an indeterminate bar. */
  readonly progress: number | null;
}

/** Lets the work update what the bar says; `progress` 0-1 or `null` when unknown. */
export type ReportProgress = (progress: number | null, label?: string) => void;

export interface LongTaskApi {
  /** True while a task runs: flows disable their actions. */
  readonly busy: boolean;
  readonly status: LongTaskStatus | null;
  /** Runs `work` with the progress bar shown; its result or error is passed through unchanged. */
  readonly run: <T>(label: string, work: (report: ReportProgress) => Promise<T>) => Promise<T>;
}

/** Thrown when a flow starts a task while another runs (its buttons should have been disabled). */
export class BusyError extends Error {
  constructor(running: string) {
    super(`Rudder is still busy (${running}). Wait for it to finish, then try again.`);
    this.name = 'BusyError';
  }
}

const LongTaskContext = createContext<LongTaskApi | null>(null);

export function LongTaskProvider({
  children,
  onBusyChange,
}: {
  readonly children: ReactNode;
  readonly onBusyChange?: (busy: boolean) => void;
}): JSX.Element {
  const [status, setStatus] = useState<LongTaskStatus | null>(null);
  // A ref as well as state: two clicks in one frame must not both start.
  const running = useRef<string | null>(null);
  const focusedBefore = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (status !== null) return;
    const element = focusedBefore.current;
    focusedBefore.current = null;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (element?.isConnected && lost) element.focus();
  }, [status]);

  const run = useCallback(async <T,>(label: string, work: (report: ReportProgress) => Promise<T>): Promise<T> => {
    if (running.current !== null) throw new BusyError(running.current);
    running.current = label;
    const active = document.activeElement;
    focusedBefore.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setStatus({ label, progress: null });
    const report: ReportProgress = (progress, nextLabel) => {
      const clamped = progress === null || !Number.isFinite(progress) ? null : Math.min(1, Math.max(0, progress));
      setStatus((prev) => ({ label: nextLabel ?? prev?.label ?? label, progress: clamped }));
    };
    try {
      return await work(report);
    } finally {
      running.current = null;
      setStatus(null);
    }
  }, []);

  const busy = status !== null;
  // Before the browser paints, so the page around the pane never shows the progress bar with its own buttons live.
  useLayoutEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);
  // A pane closed mid-task leaves nothing waiting for it.
  useEffect(() => () => onBusyChange?.(false), [onBusyChange]);

  const api = useMemo<LongTaskApi>(() => ({ busy, status, run }), [busy, status, run]);
  return <LongTaskContext.Provider value={api}>{children}</LongTaskContext.Provider>;
}

/** The pane's long-task runner; throws when used outside the task pane App (a wiring mistake). */
export function useLongTask(): LongTaskApi {
  const api = useContext(LongTaskContext);
  if (!api)
    throw new Error('useLongTask() was called outside <LongTaskProvider>: wrap the component in the task pane App.');
  return api;
}
