/** The playground's header: what this page is, which workbook is open, and Reset / Open / Download. */
import { Body1, Button, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons/lib/atoms/svg/arrow-download';
import { ArrowReset20Regular } from '@fluentui/react-icons/lib/atoms/svg/arrow-reset';
import { FolderOpen20Regular } from '@fluentui/react-icons/lib/atoms/svg/folder-open';
import { useRef, type ChangeEvent } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: '240px', flexShrink: 1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
});

export interface HeaderBarProps {
  /** What is open: the file's name, or the sample's. */
  readonly workbookName: string;
  readonly busy: boolean;
  readonly onReset: () => void;
  readonly onOpen: (file: File) => void;
  readonly onDownload: () => void;
}

export function HeaderBar({ workbookName, busy, onReset, onOpen, onDownload }: HeaderBarProps): JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again still fires a change.
    event.target.value = '';
    if (file) onOpen(file);
  };
  return (
    <header className={styles.root}>
      <div className={styles.text}>
        <Subtitle1 as="h1">Rudder playground</Subtitle1>
        <Body1>
          Open: <strong data-testid="open-workbook">{workbookName}</strong>. The add-in works on it in your browser;
          nothing leaves this page.
        </Body1>
      </div>
      <div className={styles.actions}>
        {/* Focusable while they wait, so the keyboard focus stays on the button just pressed. */}
        <Button icon={<ArrowReset20Regular />} onClick={onReset} disabledFocusable={busy}>
          Reset sample
        </Button>
        <Button icon={<FolderOpen20Regular />} onClick={() => input.current?.click()} disabledFocusable={busy}>
          Open .xlsx
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Open an .xlsx workbook"
          data-testid="open-xlsx-input"
          onChange={onFile}
        />
        <Button icon={<ArrowDownload20Regular />} onClick={onDownload} disabledFocusable={busy}>
          Download .xlsx
        </Button>
      </div>
    </header>
  );
}
