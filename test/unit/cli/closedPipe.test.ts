/** `rudder … | head`: the reader closes the pipe early, and the CLI ends quietly instead of with a stack trace. */
import { spawn } from 'child_process';
import { join } from 'path';

jest.setTimeout(60_000);

const rudder = join(__dirname, 'fixtures', 'rudder.ts');

function runWithPipeClosedAfterFirstChunk(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', rudder, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.once('data', () => proc.stdout.destroy());
    proc.on('error', fail);
    proc.on('exit', (code) => done({ code, stderr }));
  });
}

describe('rudder with its output closed early', () => {
  it('ends without an error when the reader stops after the first lines', async () => {
    // Help is long enough to need more than one write, and each language's words add more.
    const run = await runWithPipeClosedAfterFirstChunk(['kpi', '--help']);
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(run.code).toBe(0);
  });
});
