import fc from 'fast-check';
import { runCli } from './cliHarness';

const dates = ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30'];
const line = (fields: Record<string, unknown>): string =>
  JSON.stringify({ values: [100, 102, 99, 101, 100, 100], dates, ...fields });

describe('rudder outlook', () => {
  it('answers each KPI of a JSON Lines file with the documented fields', async () => {
    const file = [line({ target: 90, due: '2027-12-31' }), line({ target: 150, due: '2027-12-31' })].join('\n');
    const run = await runCli(['outlook', '--file', 'h.jsonl', '--json'], { 'h.jsonl': file });
    expect(run.code).toBe(0);
    const docs = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(docs[0])).toEqual(['outlook', 'trend', 'forecast', 'low', 'high', 'probability']);
    expect(docs.map((d) => d.outlook)).toEqual(['Achieved', 'Projected to miss']);
    expect(docs[0].trend).toBe('Steady');
    expect(docs[1].probability as number).toBeLessThan(0.05);
  });

  it('says it in words without --json', async () => {
    const run = await runCli(['outlook', '--file', 'h.jsonl'], { 'h.jsonl': line({ target: 90, due: '2027-12-31' }) });
    expect(run.stdout).toMatch(/^Achieved {2}\(chance \d+%; expected [\d.]+ on 2027-12-31, 80% between/);
  });

  it('reports a malformed line with its number, answers the others and exits 2', async () => {
    const file = [
      line({ target: 90 }),
      'not json',
      line({ target: 'lots' }),
      line({ target: 90, values: 'many' }),
    ].join('\n');
    const run = await runCli(['outlook', '--file', 'h.jsonl', '--json'], { 'h.jsonl': file });
    expect(run.code).toBe(2);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^line 2: this line is not valid JSON$/m);
    expect(run.stderr).toMatch(/^line 3: target: /m);
    expect(run.stderr).toMatch(/^line 4: "values" must be a list/m);
  });

  it('takes a range target as a list of two numbers', async () => {
    const run = await runCli(['outlook', '--file', 'h.jsonl', '--json'], {
      'h.jsonl': line({ target: [95, 105], direction: 'range', due: '2027-09-30' }),
    });
    expect((JSON.parse(run.stdout) as { outlook: string }).outlook).toBe('Achieved');
  });

  it('asks for --file and shows an example in --help', async () => {
    const bare = await runCli(['outlook']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/--file history\.jsonl/);
    const help = await runCli(['outlook', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Example line:/);
  });

  it('never crashes on any JSON type in any field: an answer or a numbered line on stderr', async () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { values: json, dates: json, target: json, direction: json, due: json, asOf: json, baseline: json },
          { requiredKeys: [] },
        ),
        async (fields) => {
          const run = await runCli(['outlook', '--file', 'h.jsonl', '--json'], { 'h.jsonl': JSON.stringify(fields) });
          expect([0, 2]).toContain(run.code);
          if (run.code === 0) expect(Object.keys(JSON.parse(run.stdout) as object)).toHaveLength(6);
          else expect(run.stderr).toMatch(/^line 1: /);
        },
      ),
      { numRuns: 300 },
    );
  });
});
