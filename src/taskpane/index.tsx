/**
 * Task pane entry: connect to Excel when Office.js is there, else start on the sample so the pane
 * still works (offline, in a browser, in tests) and says plainly that it is not connected.
 */
import { createRoot } from 'react-dom/client';
import { OfficeWorkbook, officeHostFromGlobals } from '../host/office';
import { App, type AppProps } from './App';
import { probeOffice } from './boot/officeHost';
import { createSampleFallback } from './offline/sampleFallback';

async function appProps(): Promise<AppProps> {
  const probe = await probeOffice();
  if (probe.connected) return { port: new OfficeWorkbook(officeHostFromGlobals(probe.label)), theme: probe.theme };
  return { port: await createSampleFallback(), theme: 'system', notice: probe.reason };
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element to render into.');
  createRoot(container).render(<App {...await appProps()} />);
}

start().catch((error: unknown) => {
  // Nothing rendered: say so on the page itself, as text, and keep the details for developers.
  console.error('Rudder could not start', error);
  const container = document.getElementById('root');
  if (container) container.textContent = 'Rudder could not start. Close the pane and open it again.';
});
