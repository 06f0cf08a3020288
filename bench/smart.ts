import { shipped } from './shipped';

type Smart = typeof import('../src/core/smart');

const SUBJECTS = [
  'sales of our sourdough range',
  'repeat customers',
  'customer complaints',
  'average order value',
  'online bookings',
  'gross margin on catering',
  'staff turnover',
  'late deliveries',
  'waste in the kitchen',
  'newsletter sign-ups',
];
const SHAPES: readonly ((s: string, n: number) => string)[] = [
  (s, n) => `Increase ${s} by ${n}% in the next quarter`,
  (s, n) => `Reduce ${s} from ${n * 4} to ${n} a month by 30 June 2027`,
  (s) => `Improve ${s}`,
  (s, n) => `Grow ${s} to $${n}k by Q3 2027 (confidence 7/10)`,
  (s, n) => `Review ${s} ${n % 3 === 0 ? 'three times a week' : 'every month'} with the team`,
  (s, n) => `Double ${s} within ${n % 12 || 6} months; we have budget for two hires`,
  (s) => `Do more marketing for ${s} soon`,
  (s, n) => `Cut ${s} between ${n} and ${n + 5} percent before the end of the year, 60% confident`,
];

/** A varied, deterministic set of business goals: every shape of goal the engine reads, with different numbers. */
export function benchGoals(count = 10_000): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const shape = SHAPES[i % SHAPES.length];
    out.push(shape(SUBJECTS[(i * 7) % SUBJECTS.length], 5 + (i % 40)));
  }
  return out;
}

/**
 * Mean microseconds per SMARTSCORE-style analysis over 10,000 goals, after a warm-up. Budget: under 10 µs.
 * Measured as this process's CPU time, not wall time, so other work on a shared machine does not
 * count against the engine; `wallMicrosPerGoal` is reported beside it.
 */
export function benchSmartScore(): { microsPerGoal: number; goals: number; wallMicrosPerGoal: number } {
  const { analyzeGoal } = shipped<Smart>('core/smart/index');
  const goals = benchGoals();
  const asOf = 46200;
  let sink = 0;
  for (let i = 0; i < 2; i++) for (const text of goals) sink += analyzeGoal({ text }, { asOf }).score;
  const rounds = 3;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const text of goals) sink += analyzeGoal({ text }, { asOf }).score;
  const elapsedNs = Number(process.hrtime.bigint() - start);
  const cpu = process.cpuUsage(cpuStart);
  if (sink < 0) throw new Error('unreachable: scores are never negative');
  const runs = rounds * goals.length;
  return {
    microsPerGoal: (cpu.user + cpu.system) / runs,
    goals: goals.length,
    wallMicrosPerGoal: elapsedNs / 1000 / runs,
  };
}
