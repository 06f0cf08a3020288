/** Home: what Rudder found in this workbook, and what each flow does with a button to go there. */
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2 } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons/lib/atoms/svg/arrow-clockwise';
import { parseRangeAddress } from '../../core/grid/a1';
import type { TableInfo } from '../../host/port';
import type { FlowId } from '../flowRequests';
import type { FlowDefinition } from '../flowTypes';
import { usePort } from '../PortContext';
import { useHomeStyles } from './HomeView.styles';
import { useWorkbookSummary } from './useWorkbookSummary';

/** The tables Rudder writes and reads (DESIGN §2), with what each holds. */
const RUDDER_TABLES: readonly { readonly name: string; readonly holds: string }[] = [
  { name: 'RudderStrategy', holds: 'mission, vision, values and pillars' },
  { name: 'RudderGoals', holds: 'goals' },
  { name: 'RudderKPIs', holds: 'KPIs' },
  { name: 'RudderSWOT', holds: 'SWOT items' },
  { name: 'RudderTOWS', holds: 'SWOT strategies' },
  { name: 'RudderFindings', holds: 'alignment findings' },
];

function bodyRows(table: TableInfo): number {
  const r = parseRangeAddress(table.range);
  return r.bottom - r.top;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function RudderTables({ tables }: { readonly tables: readonly TableInfo[] }): JSX.Element {
  const styles = useHomeStyles();
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  const found = RUDDER_TABLES.filter((t) => byName.has(t.name.toLowerCase()));
  if (found.length === 0) {
    return (
      <Body1>
        No Rudder tables yet. Start with Structure to turn your goals, KPIs and strategy (mission, values, pillars) into
        tables Rudder can score and check.
      </Body1>
    );
  }
  return (
    <ul className={styles.list} aria-label="Rudder tables">
      {RUDDER_TABLES.map(({ name, holds }) => {
        const table = byName.get(name.toLowerCase());
        return (
          <li key={name}>
            <Body1 className={table ? styles.found : styles.muted}>
              {table
                ? `${name}: ${plural(bodyRows(table), 'row')} of ${holds} on ${table.sheet}`
                : `${name}: not yet (${holds})`}
            </Body1>
          </li>
        );
      })}
    </ul>
  );
}

function FlowCard({
  flow,
  navigate,
}: {
  readonly flow: FlowDefinition;
  readonly navigate: (id: FlowId) => void;
}): JSX.Element {
  const styles = useHomeStyles();
  const Icon = flow.icon;
  return (
    <li className={styles.flow}>
      <Icon className={styles.flowIcon} aria-hidden />
      <div className={styles.flowBody}>
        <Body1>
          <strong>{flow.label}</strong>: {flow.summary}
        </Body1>
        <Button size="small" onClick={() => navigate(flow.id)}>
          Open {flow.label}
        </Button>
      </div>
    </li>
  );
}

export function HomeView({
  flows,
  navigate,
}: {
  readonly flows: readonly FlowDefinition[];
  readonly navigate: (id: FlowId) => void;
}): JSX.Element {
  const styles = useHomeStyles();
  const port = usePort();
  const { summary, reload } = useWorkbookSummary(port);
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="rudder-home-found">
        <div className={styles.header}>
          <Subtitle2 as="h2" id="rudder-home-found">
            In this workbook
          </Subtitle2>
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowClockwise16Regular />}
            onClick={reload}
            aria-label="Look again"
          >
            Look again
          </Button>
        </div>
        {summary.state === 'loading' ? (
          <Spinner size="tiny" label="Reading the workbook…" labelPosition="after" />
        ) : null}
        {summary.state === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>Rudder could not read this workbook: {summary.message}</MessageBarBody>
          </MessageBar>
        ) : null}
        {summary.state === 'ready' ? (
          <>
            <Body1 data-testid="home-sheets">
              {summary.sheets.length === 0
                ? 'This workbook has no sheets Rudder can read.'
                : `${plural(summary.sheets.length, 'sheet')}: ${summary.sheets.map((s) => s.name).join(', ')}`}
            </Body1>
            <RudderTables tables={summary.tables} />
          </>
        ) : null}
      </section>
      <section className={styles.section} aria-labelledby="rudder-home-flows">
        <Subtitle2 as="h2" id="rudder-home-flows">
          What Rudder can do
        </Subtitle2>
        <ul className={styles.flowList}>
          {flows.map((flow) => (
            <FlowCard key={flow.id} flow={flow} navigate={navigate} />
          ))}
        </ul>
        <Caption1 className={styles.muted}>Everything runs inside this workbook. Nothing is sent anywhere.</Caption1>
      </section>
    </div>
  );
}
