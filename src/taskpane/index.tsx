/**
 * Task pane entry: connect to Excel when Office.js is there, else start on the sample so the pane
 * still works (offline, in a browser, in tests) and says plainly that it is not connected.
 */
import { createRoot } from 'react-dom/client';
import type { WorkbookPort } from '../host/port';
import { App, type AppProps } from './App';
import { probeOffice } from './boot/officeHost';
import { createSampleFallback } from './offline/sampleFallback';

/** The Excel adapter, once `src/host/office` provides one; until then Excel falls back too. */
function createExcelPort(): WorkbookPort | null {
  return null;
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element to render into.');
  const probe = await probeOffice();
  let props: AppProps;
  const excel = probe.connected ? createExcelPort() : null;
  if (probe.connected && excel) {
    props = { port: excel, theme: probe.theme };
  } else {
    const notice = probe.connected ? 'Connected to Excel, but this version cannot read it yet' : probe.reason;
    props = { port: await createSampleFallback(), theme: probe.connected ? probe.theme : 'system', notice };
  }
  createRoot(container).render(<App {...props} />);
}

start().catch((error: unknown) => {
  // Nothing rendered: say so on the page itself, as text, and keep the details for developers.
  console.error('Rudder could not start', error);
  const container = document.getElementById('root');
  if (container) container.textContent = 'Rudder could not start. Close the pane and open it again.';
});
