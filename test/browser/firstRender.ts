/**
 * First-render time of the playground for `npm run bench`: from navigation start to the grid
 * and the task pane both visible, measured in the page's own clock (`performance.now()`).
 */
import { ensureBuilt, launchChromium, serveDist } from './harness';
import { UI_TIMEOUT_MS } from './pages';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function measurePlaygroundFirstRender(runs = 5): Promise<{ medianMs: number; runs: number[] }> {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a whole number from 1, got ${runs}`);
  ensureBuilt();
  const server = await serveDist();
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh context per run: no warm cache from the previous run.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/index.html`, { waitUntil: 'commit' });
      // No named inner functions: tsx (the bench runner) would wrap them in a helper the page lacks.
      const handle = await page.waitForFunction(
        () => {
          const cell = document.querySelector('[data-testid="grid"] [role="gridcell"]');
          const tabs = document.querySelector('[data-testid="task-pane"] [role="tablist"]');
          const shown =
            cell !== null &&
            tabs !== null &&
            cell.getBoundingClientRect().height > 0 &&
            tabs.getBoundingClientRect().height > 0;
          return shown ? performance.now() : false;
        },
        undefined,
        { timeout: UI_TIMEOUT_MS, polling: 'raf' },
      );
      times.push(Math.round((await handle.jsonValue()) as number));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { medianMs: median(times), runs: times };
}
