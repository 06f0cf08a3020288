/**
 * Timing shared by the ratio benchmarks. A full garbage collection runs before each timed step, so
 * that no step pays for collecting what the step before it left: ExcelJS leaves tens of megabytes
 * after a read, and whichever step ran next used to be charged for it. What a step allocates itself
 * is still collected, and charged, while it runs. The read's leftovers are charged to nobody, which
 * can only make a ratio to the read look worse. CPU time counts every thread of the process (the
 * collector's helpers too), so a busy machine disturbs it less than wall time.
 */
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Wall and CPU milliseconds of one synchronous or asynchronous step. */
export interface Cost {
  readonly wall: number;
  readonly cpu: number;
}

/** CPU milliseconds of every thread of the process, since `since` (or since it started). */
export const cpuMs = (since?: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A full collection marks on the main thread but sweeps on helper threads afterwards; on a heap of
 * hundreds of megabytes that sweeping takes a few hundred milliseconds of CPU, and whichever step
 * started next was charged for it. Wait until the process is idle (under a fifth of a core for three
 * 10 ms spells in a row), for at most a second.
 */
async function settle(): Promise<void> {
  let quiet = 0;
  for (let tries = 0; tries < 100 && quiet < 3; tries++) {
    const before = process.cpuUsage();
    await pause(10);
    quiet = cpuMs(before) < 2 ? quiet + 1 : 0;
  }
}

export async function timed<T>(step: () => T | Promise<T>): Promise<{ value: T; cost: Cost }> {
  collectGarbage();
  await settle();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const value = await step();
  const wall = performance.now() - wall0;
  return { value, cost: { wall, cpu: cpuMs(cpu0) } };
}
