/** KPI_STATUS throughput in the core (DESIGN §7: over 5 million evaluations per second), of `evaluateKpi`: the compiled definition. */
import type { KpiInput } from '../src/core/kpi';
import { shipped } from './shipped';

type Kpi = typeof import('../src/core/kpi');

function sampleInputs(): KpiInput[] {
  const inputs: KpiInput[] = [];
  const directions = ['higher', 'lower', 'range', 'maintainAbove', 'maintainBelow'] as const;
  for (let i = 0; i < 1024; i++) {
    const direction = directions[i % 5];
    const dated = i % 3 !== 0;
    inputs.push({
      actual: i % 17 === 0 ? null : 40 + ((i * 7919) % 80),
      target:
        direction === 'range'
          ? { kind: 'range', low: 90, high: 110 }
          : { kind: 'value', value: direction === 'lower' ? 20 : 100 },
      direction,
      baseline: i % 4 === 0 ? null : 60,
      start: dated ? 46000 : null,
      due: dated ? 46365 : null,
      asOf: dated ? 45990 + ((i * 31) % 420) : null,
    });
  }
  return inputs;
}

/**
 * Rate per second of this process's CPU time (the shared CI machines are busy: wall-clock
 * rates there measure the neighbours); `wallEvaluationsPerSecond` is given alongside.
 */
export function benchKpiStatus(durationMs = 1000): { evaluationsPerSecond: number; wallEvaluationsPerSecond: number } {
  const { evaluateKpi } = shipped<Kpi>('core/kpi/index');
  const inputs = sampleInputs();
  let sink = 0;
  // Unmeasured runs first, so the clock starts on code that has run before.
  for (let i = 0; i < 200_000; i++) sink += evaluateKpi(inputs[i & 1023]).status.length;
  let count = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let i = 0; i < 100_000; i++) sink += evaluateKpi(inputs[i & 1023]).status.length;
    count += 100_000;
    elapsed = performance.now() - t0;
  }
  const cpu = process.cpuUsage(cpu0);
  if (sink === 0) throw new Error('benchmark result unused');
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return {
    evaluationsPerSecond: Math.round((count / Math.max(cpuMs, 1)) * 1000),
    wallEvaluationsPerSecond: Math.round((count / elapsed) * 1000),
  };
}

if (require.main === module) {
  console.log(JSON.stringify(benchKpiStatus()));
}
