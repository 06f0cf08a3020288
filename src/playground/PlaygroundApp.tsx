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
import { useEffect } from 'react';
import { App } from '../taskpane/App';
import { useColorScheme } from '../taskpane/shell/useColorScheme';
import { SheetView } from './grid/SheetView';
import { HeaderBar } from './HeaderBar';
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
  const api = usePlaygroundSession(initial);
  const { session, busy, notice, dismiss } = api;
  const workbookName = session.fileName ?? `the ${session.title} sample`;
  useEffect(() => {
    document.title = `${session.fileName ?? `${session.title} sample`} – Rudder playground`;
  }, [session]);
  return (
    <FluentProvider theme={scheme === 'dark' ? webDarkTheme : webLightTheme} data-theme={scheme}>
      <div className={styles.page}>
        <HeaderBar
          workbookName={workbookName}
          busy={busy}
          onReset={api.reset}
          onOpen={api.open}
          onDownload={api.save}
        />
        <ReplaceDialog pending={api.replacing} onConfirm={api.confirmReplace} onCancel={api.cancelReplace} />
        {notice ? (
          <MessageBar
            intent={notice.intent}
            role={notice.intent === 'error' ? 'alert' : 'status'}
            data-testid="playground-notice"
          >
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={dismiss}>
                Dismiss
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        <div className={styles.body}>
          <div className={styles.grid}>
            <SheetView key={session.id} workbook={session.port} widthHint={session.widthHint} />
          </div>
          <aside className={styles.pane} aria-label="Rudder task pane" data-testid="task-pane">
            <App key={session.id} port={session.port} />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
