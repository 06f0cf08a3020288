/** The bench's first-render measure works and reports plausible times. */
import { BUILD_TIMEOUT_MS, ensureBuilt } from './harness';
import { measurePlaygroundFirstRender } from './firstRender';

beforeAll(() => ensureBuilt(), BUILD_TIMEOUT_MS);

it('measures the playground first render as a median over the runs', async () => {
  const result = await measurePlaygroundFirstRender(3);
  expect(result.runs).toHaveLength(3);
  for (const ms of result.runs) expect(ms).toBeGreaterThan(0);
  expect(result.medianMs).toBe([...result.runs].sort((a, b) => a - b)[1]);
}, 180_000);
