/** Hands the workbook port to components, so no component ever talks to Office.js directly. */
import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbookPort } from '../host/port';

const PortContext = createContext<WorkbookPort | null>(null);

export function PortProvider({
  port,
  children,
}: {
  readonly port: WorkbookPort;
  readonly children: ReactNode;
}): JSX.Element {
  return <PortContext.Provider value={port}>{children}</PortContext.Provider>;
}

/** The workbook the pane works on; throws when used outside `PortProvider` (a wiring mistake). */
export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  if (!port) throw new Error('usePort() was called outside <PortProvider>: wrap the component in the task pane App.');
  return port;
}
