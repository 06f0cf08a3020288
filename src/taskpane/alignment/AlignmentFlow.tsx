/**
 * The Alignment flow: run the check (or let the ribbon run it), read the score and the findings,
 * go to any finding's cell, see how the strategy connects, and write the report into the workbook.
 */
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { AlignmentResult } from '../../core/alignment';
import {
  REPORT_TEXT,
  reportTarget,
  whereText,
  writeAlignmentReport,
  type ReportTarget,
} from '../../host/alignmentReport';
import type { WorkbookPort } from '../../host/port';
import type { FlowProps } from '../flowTypes';
import { useLongTask } from '../longTask/LongTaskContext';
import { usePort } from '../PortContext';
import { useResultFocus } from '../shell/useResultFocus';
import { useAlignmentStyles } from './AlignmentFlow.styles';
import { FindingsList } from './FindingsList';
import { ScoreCard } from './ScoreCard';
import { StrategyMap } from './StrategyMap';
import { ALIGNMENT_TEXT } from './text';
import { useAlignmentCheck } from './useAlignmentCheck';

type Notice = { readonly intent: 'success' | 'error'; readonly text: string } | null;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function ReportSection({
  port,
  result,
  asOf,
  onNotice,
}: {
  readonly port: WorkbookPort;
  readonly result: AlignmentResult;
  readonly asOf: number;
  readonly onNotice: (n: Notice) => void;
}): JSX.Element {
  const styles = useAlignmentStyles();
  const { run } = useLongTask();
  const [target, setTarget] = useState<ReportTarget | null>(null);
  useEffect(() => {
    let live = true;
    reportTarget(port).then(
      (t) => live && setTarget(t),
      () => live && setTarget({ sheet: 'Alignment', exists: false }),
    );
    return () => {
      live = false;
    };
  }, [port, result]);
  const write = () => {
    run(ALIGNMENT_TEXT.writingReport, () => writeAlignmentReport(port, result, { asOf }))
      .then(
        (written) => {
          onNotice({ intent: 'success', text: written.message });
          setTarget({ sheet: written.sheet, exists: true });
          return port.select(written.sheet, 'A1');
        },
        (error: unknown) => onNotice({ intent: 'error', text: messageOf(error) }),
      )
      .catch((error: unknown) => onNotice({ intent: 'error', text: messageOf(error) }));
  };
  return (
    <section className={styles.section} aria-labelledby="rudder-alignment-report">
      <Subtitle2 as="h2" id="rudder-alignment-report">
        {ALIGNMENT_TEXT.reportHeading}
      </Subtitle2>
      {target ? (
        <Body1 data-testid="report-plan">
          {REPORT_TEXT.willWrite(target.sheet, result.findings.length, target.exists)}
        </Body1>
      ) : null}
      <div className={styles.actions}>
        <Button onClick={write} disabled={target === null}>
          {ALIGNMENT_TEXT.writeReport}
        </Button>
      </div>
    </section>
  );
}

export function AlignmentFlow({ request, navigate }: FlowProps): JSX.Element {
  const styles = useAlignmentStyles();
  const port = usePort();
  const { check, run } = useAlignmentCheck(port, request);
  const [notice, setNotice] = useState<Notice>(null);
  // The check disables the pane while it runs; its score (or why there is none) takes the focus after.
  const checkFocus = useResultFocus(check.state === 'idle' ? null : check);
  const { ref: noticeRef, arm: armNotice } = useResultFocus(notice);
  const reportNotice = useCallback(
    (next: Notice) => {
      armNotice();
      setNotice(next);
    },
    [armNotice],
  );

  const onGo = useCallback(
    (sheet: string, cell: string) => {
      port.select(sheet, cell).catch((error: unknown) =>
        setNotice({
          intent: 'error',
          text: ALIGNMENT_TEXT.selectFailed(whereText({ sheet, cell }), messageOf(error)),
        }),
      );
    },
    [port],
  );
  const start = () => {
    setNotice(null);
    checkFocus.arm();
    run();
  };

  return (
    <div className={styles.root} data-testid="alignment-flow">
      <section className={styles.section} aria-labelledby="rudder-alignment-heading">
        <Subtitle2 as="h2" id="rudder-alignment-heading">
          {ALIGNMENT_TEXT.heading}
        </Subtitle2>
        {check.state === 'idle' ? <Body1>{ALIGNMENT_TEXT.intro}</Body1> : null}
        <div className={styles.actions}>
          <Button appearance="primary" onClick={start}>
            {check.state === 'idle' ? ALIGNMENT_TEXT.run : ALIGNMENT_TEXT.runAgain}
          </Button>
        </div>
        {notice ? (
          <MessageBar intent={notice.intent} data-testid="alignment-notice" tabIndex={-1} ref={noticeRef}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        ) : null}
        {check.state === 'failed' ? (
          <MessageBar intent="error" tabIndex={-1} ref={checkFocus.ref}>
            <MessageBarBody>{ALIGNMENT_TEXT.failed(check.message)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {check.state === 'empty' ? (
          <>
            <MessageBar intent="info" data-testid="alignment-empty" tabIndex={-1} ref={checkFocus.ref}>
              <MessageBarBody>{check.reason}</MessageBarBody>
            </MessageBar>
            <div className={styles.actions}>
              <Button onClick={() => navigate('structure')}>{ALIGNMENT_TEXT.openStructure}</Button>
            </div>
          </>
        ) : null}
      </section>
      {check.state === 'done' ? (
        <>
          <ScoreCard result={check.result} asOf={check.asOf} focusRef={checkFocus.ref} />
          <section
            className={styles.section}
            aria-labelledby="rudder-alignment-findings"
            data-testid="alignment-findings"
          >
            <Subtitle2 as="h2" id="rudder-alignment-findings">
              {ALIGNMENT_TEXT.findingsHeading}
            </Subtitle2>
            <FindingsList findings={check.result.findings} onGo={onGo} />
          </section>
          <section className={styles.section} aria-labelledby="rudder-alignment-map">
            <Subtitle2 as="h2" id="rudder-alignment-map">
              {ALIGNMENT_TEXT.mapHeading}
            </Subtitle2>
            <Body1 className={styles.muted}>{ALIGNMENT_TEXT.mapIntro}</Body1>
            <StrategyMap graph={check.graph} onGo={onGo} />
          </section>
          <ReportSection port={port} result={check.result} asOf={check.asOf} onNotice={reportNotice} />
        </>
      ) : null}
    </div>
  );
}
