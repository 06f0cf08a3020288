/** Holds the current workbook session and runs Reset / Open / Download with plain messages. */
import { useCallback, useState } from 'react';
import { sampleSession, type PlaygroundSession } from './session';
import { openXlsx, saveXlsx } from './xlsxFiles';

export type Notice = { readonly intent: 'error' | 'success'; readonly text: string } | null;

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
}

export function usePlaygroundSession(initial: PlaygroundSession): PlaygroundSessionApi {
  const [session, setSession] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  // Every failure ends as a plain notice on the page; nothing is left unhandled.
  const guard = useCallback((work: () => Promise<void>): void => {
    setBusy(true);
    setNotice(null);
    work()
      .catch((error: unknown) => setNotice({ intent: 'error', text: messageOf(error) }))
      .finally(() => setBusy(false));
  }, []);

  const reset = useCallback(
    () =>
      guard(async () => {
        setSession(await sampleSession());
        setNotice({ intent: 'success', text: 'The sample workbook is back as it was.' });
      }),
    [guard],
  );

  const open = useCallback(
    (file: File) =>
      guard(async () => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        setSession(await openXlsx(bytes, file.name));
        setNotice({ intent: 'success', text: `Opened ${file.name}. It stays in this page.` });
      }),
    [guard],
  );

  const save = useCallback(
    () =>
      guard(async () => {
        download(await saveXlsx(session), `${session.title}.xlsx`);
      }),
    [guard, session],
  );

  return { session, busy, notice, dismiss: () => setNotice(null), reset, open, save };
}
