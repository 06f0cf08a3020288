/** The pane's frame: title, flow tabs, the active flow (inside its error boundary), progress and status. */
import { Spinner, Subtitle1, Tab, TabList } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { onFlowRequest, type FlowId, type FlowRequest } from '../flowRequests';
import { FLOWS } from '../flows';
import { HomeView } from '../home/HomeView';
import { LongTaskBar } from '../longTask/LongTaskBar';
import { useLongTask } from '../longTask/LongTaskContext';
import { usePort } from '../PortContext';
import { FlowErrorBoundary } from './FlowErrorBoundary';
import { useShellStyles } from './Shell.styles';
import { StatusLine } from './StatusLine';

export interface ShellProps {
  /** Shown first in the status line, e.g. "Not connected to Excel: Office.js did not load". */
  readonly notice?: string;
  /** @default 'home' */
  readonly initialFlow?: FlowId;
  /**
   * Inside a page that has its own main landmark (the playground): the panel is not a second main,
   * which may not sit inside another landmark. @default false
   */
  readonly embedded?: boolean;
}

function isFlowId(value: string): value is FlowId {
  return value === 'home' || FLOWS.some((f) => f.id === value);
}

export function tabId(id: FlowId): string {
  return `rudder-tab-${id}`;
}

function ActiveFlow({
  active,
  request,
  navigate,
}: {
  readonly active: FlowId;
  readonly request: FlowRequest | null;
  readonly navigate: (id: FlowId) => void;
}): JSX.Element {
  if (active === 'home') {
    return (
      <FlowErrorBoundary flowLabel="Home">
        <HomeView flows={FLOWS} navigate={navigate} />
      </FlowErrorBoundary>
    );
  }
  const flow = FLOWS.find((f) => f.id === active);
  if (!flow) throw new Error(`The pane was asked for a flow it does not know: "${active}".`);
  const FlowComponent = flow.component;
  return (
    <FlowErrorBoundary flowLabel={flow.label}>
      <Suspense fallback={<Spinner size="small" label={`Opening ${flow.label}…`} />}>
        <FlowComponent request={request} navigate={navigate} />
      </Suspense>
    </FlowErrorBoundary>
  );
}

export function Shell({ notice, initialFlow = 'home', embedded = false }: ShellProps): JSX.Element {
  const styles = useShellStyles();
  const port = usePort();
  const { busy } = useLongTask();
  const Panel = embedded ? 'div' : 'main';
  const [active, setActive] = useState<FlowId>(initialFlow);
  const [request, setRequest] = useState<FlowRequest | null>(null);

  const navigate = useCallback((id: FlowId) => {
    setRequest(null);
    setActive(id);
  }, []);

  // Ribbon commands run on this page (shared runtime) and ask for a flow through the mailbox.
  useEffect(
    () =>
      onFlowRequest((next) => {
        setActive(next.flow);
        setRequest(next);
      }),
    [],
  );

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>
          Rudder
        </Subtitle1>
        <TabList
          className={styles.tabs}
          selectedValue={active}
          onTabSelect={(_, data) => {
            const value = String(data.value);
            if (isFlowId(value)) navigate(value);
          }}
          aria-label="Rudder: choose what to do"
          disabled={busy}
          size="small"
        >
          {/* Labels without icons: five tabs must fit a 320-pixel pane. */}
          <Tab value="home" id={tabId('home')} aria-controls="rudder-panel">
            Home
          </Tab>
          {FLOWS.map((flow) => (
            <Tab key={flow.id} value={flow.id} id={tabId(flow.id)} aria-controls="rudder-panel">
              {flow.label}
            </Tab>
          ))}
        </TabList>
      </header>
      <LongTaskBar />
      {/* The tab panel inside the main landmark: ARIA allows neither role to replace the other. */}
      <Panel className={styles.panel} data-testid="pane-panel">
        <div id="rudder-panel" role="tabpanel" aria-labelledby={tabId(active)} data-flow={active}>
          <fieldset className={styles.fieldset} disabled={busy} aria-busy={busy}>
            <ActiveFlow key={active} active={active} request={request} navigate={navigate} />
          </fieldset>
        </div>
      </Panel>
      <StatusLine host={port.hostInfo()} notice={notice} />
    </div>
  );
}
