import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { firstNonUtf8Line, readUtf8TextFile } from '../../../src/cli/textFile';
import { runCli } from './cliHarness';

describe('batch files with a list or an object where a value belongs', () => {
  it('smart --file answers the good lines and names the bad field of the others, exit 2', async () => {
    const file = [
      '{"goal": "Cut waste by 20% by Q2 2027"}',
      '{"goal": "Grow repeat customers", "baseline": {"a": 1}}',
      '{"goal": ["not", "text"]}',
      '{"goal": "Open a second shop by 2028"}',
    ].join('\n');
    const run = await runCli(['smart', '--file', 'goals.jsonl', '--json'], { 'goals.jsonl': file });
    expect(run.code).toBe(2);
    const goals = run.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { goal: string }).goal);
    expect(goals).toEqual(['Cut waste by 20% by Q2 2027', 'Open a second shop by 2028']);
    expect(run.stderr).toMatch(/^line 2: "baseline" is an object/m);
    expect(run.stderr).toMatch(/^line 3: "goal" is a list/m);
    expect(run.stderr).not.toMatch(/unexpected error|is not a function/);
  });

  it('kpi --file answers every line it can for any JSON type in any field', async () => {
    const values = ['{"a": 1}', '[260]', 'true', 'null', '"x"', '1e308'];
    const fields = ['actual', 'target', 'direction', 'baseline', 'start', 'due', 'asOf'];
    const lines: string[] = [];
    for (const field of fields)
      for (const value of values) lines.push(`{"actual": 230, "target": 260, "${field}": ${value}}`);
    const run = await runCli(['kpi', '--file', 'kpis.jsonl', '--json'], { 'kpis.jsonl': lines.join('\n') });
    expect(run.code).toBe(2);
    const answered = run.stdout.trim().split('\n').filter(Boolean).length;
    const refused = run.stderr.trim().split('\n').filter(Boolean);
    expect(answered + refused.length).toBe(lines.length);
    for (const line of refused) expect(line).toMatch(/^line \d+: /);
    expect(run.stderr).not.toMatch(/unexpected error|is not a function/);
    expect(run.stderr).toMatch(/"target" is a list/);
  });
});

describe('reading a batch file from disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'rudder-batch-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('refuses bytes that are not UTF-8 naming the line, instead of replacing them', async () => {
    const path = join(dir, 'latin1.jsonl');
    await fs.writeFile(
      path,
      Buffer.concat([Buffer.from('{"goal": "ok"}\n{"goal": "caf'), Buffer.from([0xe9, 0x22, 0x7d])]),
    );
    await expect(readUtf8TextFile(path)).rejects.toThrow(/line 2 is not UTF-8 text/);
  });

  it('finds the first line that is not UTF-8', () => {
    expect(firstNonUtf8Line(Buffer.from('a\nb\n'))).toBeNull();
    expect(firstNonUtf8Line(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xff]))).toBe(3);
  });

  it('says a missing file does not exist and a folder is a folder', async () => {
    await expect(readUtf8TextFile(join(dir, 'none.jsonl'))).rejects.toThrow(/does not exist/);
    await expect(readUtf8TextFile(dir)).rejects.toThrow(/is a folder/);
  });

  it('refuses a file over the batch limit by its size, not as a bad path', async () => {
    const path = join(dir, 'huge.jsonl');
    const handle = await fs.open(path, 'w');
    await handle.truncate(600 * 1024 * 1024); // sparse: no disk used
    await handle.close();
    await expect(readUtf8TextFile(path)).rejects.toThrow(/is 600 MB; Rudder reads batch files up to 256 MB/);
  });
});
