import { runCli } from './cliHarness';

describe('rudder smart', () => {
  it('prints the score, each criterion and tips for one goal', async () => {
    const run = await runCli(['smart', 'Increase sales']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^SMART score \d+\/100/);
    expect(run.stdout).toMatch(/Time-bound/);
    expect(run.stdout).toMatch(/Tips:/);
  });

  it('answers --json with the documented shape', async () => {
    const run = await runCli(['smart', 'Reduce customer complaints from 40 to 10 a month by 30 June 2027', '--json']);
    const doc = JSON.parse(run.stdout) as {
      goal: string;
      score: number;
      criteria: Record<string, number>;
      tips: string[];
    };
    expect(Object.keys(doc)).toEqual(['goal', 'score', 'criteria', 'tips']);
    expect(Object.keys(doc.criteria)).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
    expect(doc.criteria.measurable).toBeGreaterThanOrEqual(0.8);
    expect(doc.criteria.timeBound).toBeGreaterThanOrEqual(0.8);
  });

  it('scores a JSON Lines file, reports bad lines by number and exits 2 at the end', async () => {
    const file = [
      '{"goal": "Grow"}',
      'not json',
      '{"goal": "Open a shop", "due": "whenever"}',
      '',
      '{"goal": "Cut waste by 20% by Q2 2027"}',
    ].join('\n');
    const run = await runCli(['smart', '--file', 'goals.jsonl', '--json'], { 'goals.jsonl': file });
    expect(run.code).toBe(2);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { goal: string });
    expect(lines.map((l) => l.goal)).toEqual(['Grow', 'Cut waste by 20% by Q2 2027']);
    expect(run.stderr).toMatch(/^line 2: this line is not valid JSON$/m);
    expect(run.stderr).toMatch(/^line 3: due: "whenever"/m);
  });

  it('exits 2 with one plain line for an unknown option or a missing goal', async () => {
    const unknown = await runCli(['smart', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await runCli(['smart']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^rudder: Give a goal/);
  });

  it('explains itself with an example in --help', async () => {
    const run = await runCli(['smart', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:\n {2}rudder smart "/);
  });
});

describe('rudder kpi', () => {
  it('lists the direction words of all five languages in --help, and reads them', async () => {
    const help = await runCli(['kpi', '--help']);
    expect(help.code).toBe(0);
    for (const words of ['menor es mejor', 'plus bas est mieux', 'niedriger ist besser', 'menor é melhor', 'lower'])
      expect(help.stdout).toContain(words);
    const run = await runCli(['kpi', '--actual', '4', '--target', '5', '--direction', 'plus bas est mieux', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { status: string }).status).toBe('Achieved');
  });

  it('says a lower-is-better cost KPI at 80 against 100 is Achieved', async () => {
    const run = await runCli(['kpi', '--actual', '80', '--target', '100', '--direction', 'lower', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { status: string; progress: number; expected: null };
    expect(doc.status).toBe('Achieved');
    expect(doc.progress).toBeCloseTo(1.25);
    expect(doc.expected).toBeNull();
  });

  it('reads a direction in Spanish, Portuguese, French or German, whatever its case and spacing', async () => {
    for (const [direction, status] of [
      [' Menor  ES mejor', 'Achieved'],
      ['menor é melhor', 'Achieved'],
      ['plus bas est mieux', 'Achieved'],
      ['steigend', 'Off track'],
    ]) {
      const run = await runCli(['kpi', '--actual', '80', '--target', '100', '--direction', direction, '--json']);
      expect([direction, run.code, (JSON.parse(run.stdout) as { status: string }).status]).toEqual([
        direction,
        0,
        status,
      ]);
    }
    const unknown = await runCli(['kpi', '--actual', '80', '--target', '100', '--direction', 'besser ist schneller']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('höher ist besser');
  });

  it('paces a dated KPI as of the given date', async () => {
    const run = await runCli([
      'kpi',
      '--actual',
      '230',
      '--target',
      '260',
      '--baseline',
      '200',
      '--start',
      '2027-01-01',
      '--due',
      '2027-12-31',
      '--as-of',
      '2027-07-02',
      '--json',
    ]);
    const doc = JSON.parse(run.stdout) as { status: string; expected: number };
    expect(doc.status).toBe('On track');
    expect(doc.expected).toBeCloseTo(0.5, 1);
  });

  it('exits 2 naming the argument for an unknown direction', async () => {
    const run = await runCli(['kpi', '--actual', '5', '--target', '10', '--direction', 'sideways']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^rudder: direction: /);
  });

  it('answers a JSON Lines batch line by line', async () => {
    const file =
      '{"actual": 80, "target": 100, "direction": "lower"}\n{"actual": "x", "target": 1}\n{"actual": null, "target": 5}';
    const run = await runCli(['kpi', '--file', 'k.jsonl', '--json'], { 'k.jsonl': file });
    expect(run.code).toBe(2);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { status: string }).status),
    ).toEqual(['Achieved', 'No data']);
    expect(run.stderr).toMatch(/^line 2: actual must be a number/m);
  });
});
