/** The playground page: header, the sample workbook's grid, and the real task pane on the same workbook. */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { App } from '../taskpane/App';
import { useColorScheme } from '../taskpane/shell/useColorScheme';
import { useResultFocus } from '../taskpane/shell/useResultFocus';
import { SheetView } from './grid/SheetView';
import { HeaderBar } from './HeaderBar';
import { IdleGate } from './idleGate';
import { ReplaceDialog } from './ReplaceDialog';
import type { PlaygroundSession } from './session';
import { usePlaygroundSession } from './usePlaygroundSession';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  body: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
    // Narrow screens: the grid on top, the pane below it, scrolling the page.
    '@media (max-width: 900px)': { flexDirection: 'column', overflowY: 'auto' },
  },
  grid: {
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    '@media (max-width: 900px)': { flexGrow: 0, height: '60vh', flexShrink: 0 },
  },
  pane: {
    width: '380px',
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    '@media (max-width: 900px)': {
      width: 'auto',
      height: '640px',
      borderLeft: 'none',
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    },
  },
});

export function PlaygroundApp({ initial }: { readonly initial: PlaygroundSession }): JSX.Element {
  const styles = useStyles();
  const scheme = useColorScheme();
  // While the pane writes to this workbook, replacing it would throw that work away: Open and Reset wait.
  const [paneBusy, setPaneBusy] = useState(false);
  const [paneGate] = useState(() => new IdleGate());
  const onPaneBusy = useCallback(
    (busy: boolean) => {
      paneGate.setBusy(busy);
      setPaneBusy(busy);
    },
    [paneGate],
  );
  const api = usePlaygroundSession(initial, paneGate);
  const { session, busy, notice, dismiss } = api;
  // Open, Reset and their question end in a notice; the keyboard focus goes to it, not to the page.
  const noticeFocus = useResultFocus(notice);
  const focusingNotice =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      noticeFocus.arm();
      action(...args);
    };
  const workbookName = session.fileName ?? `the ${session.title} sample`;
  useEffect(() => {
    document.title = `${session.fileName ?? `${session.title} sample`} – Rudder playground`;
  }, [session]);
  return (
    <FluentProvider theme={scheme === 'dark' ? webDarkTheme : webLightTheme} data-theme={scheme}>
      <div className={styles.page}>
        <HeaderBar
          workbookName={workbookName}
          busy={busy || paneBusy}
          onReset={focusingNotice(api.reset)}
          onOpen={focusingNotice(api.open)}
          onDownload={api.save}
        />
        <ReplaceDialog
          pending={api.replacing}
          onConfirm={focusingNotice(api.confirmReplace)}
          onCancel={focusingNotice(api.cancelReplace)}
        />
        {notice ? (
          <MessageBar
            intent={notice.intent}
            role={notice.intent === 'error' ? 'alert' : 'status'}
            data-testid="playground-notice"
            tabIndex={-1}
            ref={noticeFocus.ref}
          >
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={dismiss}>
                Dismiss
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {/* The grid and the pane are the page's main content; the pane is a named region inside it, not an aside. */}
        <main className={styles.body}>
          <div className={styles.grid}>
            <SheetView key={session.id} workbook={session.port} widthHint={session.widthHint} />
          </div>
          <section className={styles.pane} aria-label="Rudder task pane" data-testid="task-pane">
            <App key={session.id} port={session.port} onBusyChange={onPaneBusy} embedded />
          </section>
        </main>
      </div>
    </FluentProvider>
  );
}
