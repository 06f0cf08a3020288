/**
 * Holds the current workbook session and runs Reset / Open / Download with plain messages.
 * Reset and Open replace the workbook: when it has been written to, they wait for the user to
 * confirm (`replacing`), and leaving the page asks the browser's own question.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IdleGate } from './idleGate';
import { sampleSession, type PlaygroundSession } from './session';
import type { WorkbookChanges } from './writeTracking';
import { openXlsx, saveXlsx } from './xlsxFiles';

export type Notice = { readonly intent: 'error' | 'success' | 'info'; readonly text: string } | null;

/** A replacement waiting for the user's yes: what would replace the workbook and what would be lost. */
export interface PendingReplacement {
  /** `null` for the sample (Reset), else the file being opened. */
  readonly fileName: string | null;
  readonly changes: WorkbookChanges;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes.slice()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface PlaygroundSessionApi {
  readonly session: PlaygroundSession;
  readonly busy: boolean;
  readonly notice: Notice;
  readonly dismiss: () => void;
  readonly reset: () => void;
  readonly open: (file: File) => void;
  readonly save: () => void;
  readonly replacing: PendingReplacement | null;
  readonly confirmReplace: () => void;
  readonly cancelReplace: () => void;
}

interface Waiting extends PendingReplacement {
  readonly replace: () => Promise<void>;
}

/** Asks the browser to confirm leaving or reloading while the workbook holds changes. */
function useLeaveGuard(session: PlaygroundSession): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!session.port.hasChanges()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [session]);
}

/** `pane`: whether the task pane runs a long task; a replacement waits until it ends. */
export function usePlaygroundSession(initial: PlaygroundSession, pane: IdleGate): PlaygroundSessionApi {
  const [session, setSession] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const current = useRef(session);
  current.current = session;
  useLeaveGuard(session);

  // Every failure ends as a plain notice on the page; nothing is left unhandled.
  const guard = useCallback((work: () => Promise<void>): void => {
    setBusy(true);
    setNotice(null);
    work()
      .catch((error: unknown) => setNotice({ intent: 'error', text: messageOf(error) }))
      .finally(() => setBusy(false));
  }, []);

  /** Replaces at once on an unchanged workbook; otherwise waits for the user's answer. */
  const replaceOrAsk = useCallback(
    async (fileName: string | null, replace: () => Promise<void>): Promise<void> => {
      // A task still writing would write into a workbook no longer shown: wait for it, then ask as usual.
      await pane.whenIdle();
      const port = current.current.port;
      if (!port.hasChanges()) return replace();
      setWaiting({ fileName, changes: port.changesSoFar(), replace });
    },
    [pane],
  );

  const reset = useCallback(
    () =>
      guard(() =>
        replaceOrAsk(null, async () => {
          setSession(await sampleSession());
          setNotice({ intent: 'success', text: 'The sample workbook is back as it was.' });
        }),
      ),
    [guard, replaceOrAsk],
  );

  const open = useCallback(
    (file: File) =>
      guard(async () => {
        // Read and checked before asking: a file that is not a workbook never costs the user their work.
        const next = await openXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
        await replaceOrAsk(file.name, async () => {
          setSession(next);
          setNotice({ intent: 'success', text: `Opened ${file.name}. It stays in this page.` });
        });
      }),
    [guard, replaceOrAsk],
  );

  const save = useCallback(
    () =>
      guard(async () => {
        download(await saveXlsx(session), `${session.title}.xlsx`);
        session.port.markSaved();
      }),
    [guard, session],
  );

  const confirmReplace = useCallback(() => {
    if (!waiting) return;
    setWaiting(null);
    guard(waiting.replace);
  }, [guard, waiting]);

  const cancelReplace = useCallback(() => {
    setWaiting(null);
    setNotice({ intent: 'info', text: 'Nothing was replaced: your workbook is as you left it.' });
  }, []);

  return {
    session,
    busy,
    notice,
    dismiss: () => setNotice(null),
    reset,
    open,
    save,
    replacing: waiting ? { fileName: waiting.fileName, changes: waiting.changes } : null,
    confirmReplace,
    cancelReplace,
  };
}
