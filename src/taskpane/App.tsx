/**
 * The task pane app, the same in Excel, the playground and the browser tests: it gets a workbook
 * port and never touches Office.js itself.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { WorkbookPort } from '../host/port';
import type { FlowId } from './flowRequests';
import { LongTaskProvider } from './longTask/LongTaskContext';
import { PortProvider } from './PortContext';
import { Shell } from './shell/Shell';
import { useColorScheme, type ColorScheme } from './shell/useColorScheme';

export interface AppProps {
  readonly port: WorkbookPort;
  /** Office's theme when known; `'system'` follows `prefers-color-scheme`. @default 'system' */
  readonly theme?: ColorScheme | 'system';
  /** A connection notice for the status line, e.g. "Not connected to Excel: Office.js did not load". */
  readonly notice?: string;
  /** @default 'home' */
  readonly initialFlow?: FlowId;
  /** Inside a page with its own main landmark (the playground): the pane adds none. @default false */
  readonly embedded?: boolean;
  /** Told when a long task starts and ends, so the page around the pane can wait for it (the playground's Open). */
  readonly onBusyChange?: (busy: boolean) => void;
}

/**
 * Full height through the inline style, not a class: Fluent copies the provider's classes onto its
 * portal layer (menus, drop-downs), where a full height would cover the page and swallow clicks.
 */
const PROVIDER_STYLE = { height: '100%' } as const;

export function App({ port, theme = 'system', notice, initialFlow, embedded, onBusyChange }: AppProps): JSX.Element {
  const system = useColorScheme();
  const scheme = theme === 'system' ? system : theme;
  return (
    <FluentProvider theme={scheme === 'dark' ? webDarkTheme : webLightTheme} style={PROVIDER_STYLE} data-theme={scheme}>
      <PortProvider port={port}>
        <LongTaskProvider onBusyChange={onBusyChange}>
          <Shell notice={notice} initialFlow={initialFlow} embedded={embedded} />
        </LongTaskProvider>
      </PortProvider>
    </FluentProvider>
  );
}
