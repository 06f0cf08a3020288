/**
 * The Share flow: says plainly what the copy for advisers changes, builds it as a download (or,
 * in Excel, adds the Advisor summary sheet after the user confirms), and downloads the report.
 */
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { CellAction } from '../../core/share';
import type { FlowProps } from '../flowTypes';
import { useLongTask } from '../longTask/LongTaskContext';
import { usePort } from '../PortContext';
import { useResultFocus } from '../shell/useResultFocus';
import { useShareStyles } from './ShareFlow.styles';
import { SHARE_FLOW_TEXT } from './text';
import { useShare, type CopySummary, type NamesSummary } from './useShare';
import { SHARE_TEXT } from '../../core/share/messages';

const ACTIONS: readonly CellAction[] = ['native', 'partial', 'computed', 'cached', 'missing'];

function CopyCounts({ copy }: { readonly copy: CopySummary }): JSX.Element {
  const styles = useShareStyles();
  const shown = ACTIONS.filter((a) => copy.counts[a] > 0 || a === 'native' || a === 'missing');
  const total = ACTIONS.reduce((n, a) => n + copy.counts[a], 0);
  return (
    <section className={styles.section} aria-labelledby="rudder-share-counts" data-testid="share-counts">
      <Subtitle2 as="h2" id="rudder-share-counts">
        {SHARE_FLOW_TEXT.countsHeading}
      </Subtitle2>
      {total === 0 ? <Body1>{SHARE_FLOW_TEXT.noRudderCells}</Body1> : null}
      <ul className={styles.list}>
        {shown.map((a) => (
          <li key={a} data-testid={`share-count-${a}`}>
            <Body1>{SHARE_FLOW_TEXT.countLine(a, copy.counts[a])}</Body1>
          </li>
        ))}
      </ul>
      {copy.warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}

function ShortNames(props: {
  readonly names: NamesSummary | null;
  readonly busy: boolean;
  readonly add: (overwrite?: readonly string[]) => void;
}): JSX.Element {
  const styles = useShareStyles();
  const { names, busy } = props;
  const namesFocus = useResultFocus(names);
  const add = (overwrite?: readonly string[]) => {
    namesFocus.arm();
    props.add(overwrite);
  };
  const conflicts = names?.conflicts.map((c) => c.name) ?? [];
  return (
    <section className={styles.section} aria-labelledby="rudder-share-names" data-testid="share-names">
      <Subtitle2 as="h2" id="rudder-share-names">
        {SHARE_FLOW_TEXT.namesHeading}
      </Subtitle2>
      <Body1>{SHARE_TEXT.shortNames.what}</Body1>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => add()}>
          {SHARE_FLOW_TEXT.addNames}
        </Button>
      </div>
      {names ? (
        <MessageBar
          intent={names.intent}
          role="status"
          data-testid="share-names-result"
          tabIndex={-1}
          ref={namesFocus.ref}
        >
          <MessageBarBody>
            {names.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {conflicts.length > 0 ? (
        <div className={styles.actions}>
          <Button disabled={busy} onClick={() => add(conflicts)}>
            {SHARE_FLOW_TEXT.replaceNames(conflicts)}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

export function ShareFlow(_props: FlowProps): JSX.Element {
  const styles = useShareStyles();
  const port = usePort();
  const { busy } = useLongTask();
  const share = useShare(port);
  const { notice, copy, names, addShortNames } = share;
  const [confirming, setConfirming] = useState(false);
  // Each action disables the pane while it runs; what it did (or why it could not) takes the focus after.
  const noticeFocus = useResultFocus(notice);
  const focusingNotice = (action: () => void) => () => {
    noticeFocus.arm();
    action();
  };
  const buildCopy = focusingNotice(share.buildCopy);
  const addSummary = focusingNotice(share.addSummary);
  const downloadReport = focusingNotice(share.downloadReport);
  // Excel cannot hand the whole file to the add-in, so there the summary goes into the workbook.
  const inExcel = port.hostInfo().kind === 'excel';

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="rudder-share-copy">
        <Subtitle2 as="h2" id="rudder-share-copy">
          {SHARE_FLOW_TEXT.heading}
        </Subtitle2>
        <Body1>{SHARE_FLOW_TEXT.intro}</Body1>
        <ul className={styles.list} data-testid="share-changes">
          {SHARE_FLOW_TEXT.changes.map((c) => (
            <li key={c}>
              <Body1>{c}</Body1>
            </li>
          ))}
        </ul>
        {inExcel ? (
          <>
            <Body1>{SHARE_FLOW_TEXT.excelIntro}</Body1>
            {confirming ? (
              <div className={styles.confirm} role="group" aria-label={SHARE_FLOW_TEXT.addSummary}>
                <Body1>{SHARE_FLOW_TEXT.confirmAsk}</Body1>
                <div className={styles.actions}>
                  <Button
                    appearance="primary"
                    disabled={busy}
                    onClick={() => {
                      setConfirming(false);
                      addSummary();
                    }}
                  >
                    {SHARE_FLOW_TEXT.confirmYes}
                  </Button>
                  <Button onClick={() => setConfirming(false)}>{SHARE_FLOW_TEXT.confirmNo}</Button>
                </div>
              </div>
            ) : (
              <div className={styles.actions}>
                <Button appearance="primary" disabled={busy} onClick={() => setConfirming(true)}>
                  {SHARE_FLOW_TEXT.addSummary}
                </Button>
              </div>
            )}
          </>
        ) : (
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={buildCopy}>
              {SHARE_FLOW_TEXT.buildCopy}
            </Button>
          </div>
        )}
      </section>
      {notice ? (
        <MessageBar
          intent={notice.intent}
          role={notice.intent === 'error' ? 'alert' : 'status'}
          data-testid="share-notice"
          tabIndex={-1}
          ref={noticeFocus.ref}
        >
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {copy ? <CopyCounts copy={copy} /> : null}
      <ShortNames names={names} busy={busy} add={addShortNames} />
      <section className={styles.section} aria-labelledby="rudder-share-report">
        <Subtitle2 as="h2" id="rudder-share-report">
          {SHARE_FLOW_TEXT.reportHeading}
        </Subtitle2>
        <Body1>{SHARE_FLOW_TEXT.reportIntro}</Body1>
        <div className={styles.actions}>
          <Button disabled={busy} onClick={downloadReport}>
            {SHARE_FLOW_TEXT.downloadReport}
          </Button>
        </div>
      </section>
    </div>
  );
}
