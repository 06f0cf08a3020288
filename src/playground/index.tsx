/** Playground entry: the bakery sample in a memory workbook, the grid and the real task pane. No Office.js. */
import { createRoot } from 'react-dom/client';
import { PlaygroundApp } from './PlaygroundApp';
import { sampleSession } from './session';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element to render into.');
  const initial = await sampleSession();
  createRoot(container).render(<PlaygroundApp initial={initial} />);
}

start().catch((error: unknown) => {
  console.error('The Rudder playground could not start', error);
  const container = document.getElementById('root');
  if (container)
    container.textContent = `The playground could not start: ${error instanceof Error ? error.message : String(error)}`;
});
