/**
 * The Check-in flow: the KPIs due for a new value first, each with its latest value, sparkline, trend and
 * outlook; one form for this period's values and notes; Save adds them to RudderHistory, Undo takes them back.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from '@fluentui/react-components';
import type { CheckinKpi } from '../../core/checkin';
import type { FlowProps } from '../flowTypes';
import { useLongTask } from '../longTask/LongTaskContext';
import { usePort } from '../PortContext';
import { useCheckinStyles } from './CheckinFlow.styles';
import { ReplaceDialog } from './ReplaceDialog';
import { Sparkline } from './Sparkline';
import { CHECKIN_TEXT } from './text';
import { useCheckin, type Typed } from './useCheckin';

const SPARK_POINTS = 12;
/** Earlier periods offered for a correction, latest first. */
const EARLIER_PERIODS = 12;

function KpiCard(props: {
  readonly kpi: CheckinKpi;
  readonly typed: Typed;
  readonly busy: boolean;
  readonly type: (id: string, field: keyof Typed, value: string) => void;
}): JSX.Element {
  const styles = useCheckinStyles();
  const { kpi, typed, busy, type } = props;
  const values = kpi.history.slice(-SPARK_POINTS).map((p) => p.actual ?? 0);
  const outlook = kpi.outlook;
  return (
    <li className={styles.card} data-testid={`checkin-${kpi.id}`}>
      <div className={styles.head}>
        <Subtitle2 as="h3">{kpi.id ? `${kpi.id} · ${kpi.name}` : kpi.name}</Subtitle2>
        <Sparkline values={values} label={CHECKIN_TEXT.sparkline(kpi.name, values.length)} />
      </div>
      <Caption1>{CHECKIN_TEXT.latest(kpi.latest?.actual ?? null, kpi.latest?.period ?? null, kpi.unit)}</Caption1>
      <Caption1 data-testid={`checkin-outlook-${kpi.id}`}>
        {outlook
          ? `${CHECKIN_TEXT.trend(outlook.trend)} · ${CHECKIN_TEXT.outlook(outlook.outlook, outlook.probability)}`
          : CHECKIN_TEXT.noOutlook}
      </Caption1>
      <div className={styles.fields}>
        {kpi.history.length > 0 ? (
          <Field label={CHECKIN_TEXT.period}>
            <Select
              value={typed.period}
              disabled={busy}
              onChange={(_, data) => type(kpi.id, 'period', data.value)}
              data-testid={`checkin-period-${kpi.id}`}
            >
              <option value="">{CHECKIN_TEXT.nextPeriod(kpi.nextPeriod)}</option>
              {kpi.history
                .slice(-EARLIER_PERIODS)
                .reverse()
                .map((p) => (
                  <option key={p.period} value={String(p.period)}>
                    {CHECKIN_TEXT.earlierPeriod(p.period ?? 0, p.actual)}
                  </option>
                ))}
            </Select>
          </Field>
        ) : null}
        <Field label={CHECKIN_TEXT.forPeriod(kpi.period, typed.period === '' ? kpi.nextPeriod : Number(typed.period))}>
          <Input
            inputMode="decimal"
            className={styles.input}
            value={typed.actual}
            disabled={busy}
            onChange={(_, data) => type(kpi.id, 'actual', data.value)}
            data-testid={`checkin-actual-${kpi.id}`}
          />
        </Field>
        <Field label={CHECKIN_TEXT.note}>
          <Input
            className={styles.input}
            value={typed.note}
            disabled={busy}
            onChange={(_, data) => type(kpi.id, 'note', data.value)}
            data-testid={`checkin-note-${kpi.id}`}
          />
        </Field>
      </div>
    </li>
  );
}

export function CheckinFlow(_props: FlowProps): JSX.Element {
  const styles = useCheckinStyles();
  const port = usePort();
  const { busy } = useLongTask();
  const state = useCheckin(port);
  const { kpis, typed, notice, problems, last, pending } = state;
  const due = kpis?.filter((k) => k.due) ?? [];
  const later = kpis?.filter((k) => !k.due) ?? [];
  const card = (kpi: CheckinKpi): JSX.Element => (
    <KpiCard
      key={kpi.index}
      kpi={kpi}
      typed={typed[kpi.id] ?? { actual: '', note: '', period: '' }}
      busy={busy}
      type={state.type}
    />
  );
  return (
    <div className={styles.root} data-testid="checkin-flow">
      <Body1>{CHECKIN_TEXT.intro}</Body1>
      <ReplaceDialog pending={pending} onConfirm={state.confirm} onCancel={state.cancel} />
      {notice ? (
        <MessageBar intent={notice.intent} data-testid="checkin-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {problems.map((p) => (
        <MessageBar key={p} intent="warning">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      {kpis !== null && kpis.length === 0 ? <Body1>{CHECKIN_TEXT.noKpis}</Body1> : null}
      {kpis !== null && kpis.length > 0 ? (
        <>
          <section className={styles.section} aria-labelledby="rudder-checkin-due">
            <Subtitle2 as="h2" id="rudder-checkin-due">
              {CHECKIN_TEXT.dueHeading(due.length)}
            </Subtitle2>
            <ul className={styles.list}>{due.map(card)}</ul>
          </section>
          {later.length > 0 ? (
            <section className={styles.section} aria-labelledby="rudder-checkin-later">
              <Subtitle2 as="h2" id="rudder-checkin-later">
                {CHECKIN_TEXT.laterHeading}
              </Subtitle2>
              <ul className={styles.list}>{later.map(card)}</ul>
            </section>
          ) : null}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={state.save} data-testid="checkin-save">
              {CHECKIN_TEXT.save}
            </Button>
            <Button disabled={busy || last === null} onClick={state.undo} data-testid="checkin-undo">
              {CHECKIN_TEXT.undo}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
