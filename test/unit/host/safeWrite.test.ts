import { spawn } from 'child_process';
import { promises as fs, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { WorkbookError } from '../../../src/host/errors';
import { checkOutputPath, writeOutputFile } from '../../../src/host/xlsx/safeWrite';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'rudder-write-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const EARLIER = 'the earlier output, which must survive';

describe('writing an output file whole or not at all', () => {
  it('writes the bytes and leaves nothing else in the folder', async () => {
    const out = join(dir, 'out.xlsx');
    await writeOutputFile(out, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(out)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('keeps the earlier output byte for byte when writing fails half way', async () => {
    const out = join(dir, 'out.xlsx');
    writeFileSync(out, EARLIER);
    const failing = writeOutputFile(out, async (stream) => {
      stream.write(Buffer.alloc(4096, 0x62));
      await Promise.resolve();
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    await expect(failing).rejects.toThrow(`Could not write ${out}: the disk is full. Free some space and try again.`);
    expect(readFileSync(out, 'utf8')).toBe(EARLIER);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('refuses the input file, a folder and a device node with one plain sentence', async () => {
    const input = join(dir, 'plan.xlsx');
    writeFileSync(input, 'input');
    await expect(writeOutputFile(input, 'x', { inputPath: input })).rejects.toThrow(/Refusing to overwrite/);
    await expect(writeOutputFile(dir, 'x')).rejects.toThrow(/it is a folder/);
    await expect(writeOutputFile('/dev/null', 'x')).rejects.toThrow(/it is a device or special file/);
    expect(readFileSync(input, 'utf8')).toBe('input');
  });

  it('says the folder does not exist for an output in a missing folder', async () => {
    const out = join(dir, 'missing', 'out.xlsx');
    await expect(checkOutputPath(out)).rejects.toThrow(`the folder ${join(dir, 'missing')} does not exist`);
    await expect(writeOutputFile(out, 'x')).rejects.toBeInstanceOf(WorkbookError);
  });

  it('replaces the file a symbolic link points to and keeps the link a link', async () => {
    const real = join(dir, 'real.xlsx');
    const link = join(dir, 'link.xlsx');
    writeFileSync(real, EARLIER);
    symlinkSync(real, link);
    await writeOutputFile(link, 'new');
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.xlsx', 'real.xlsx']);
  });

  it('leaves one whole file, never a mix, when two writes go to one output at once', async () => {
    const out = join(dir, 'out.xlsx');
    const a = Buffer.alloc(2_000_000, 0x61);
    const b = Buffer.alloc(3_000_000, 0x62);
    await Promise.all([writeOutputFile(out, a), writeOutputFile(out, b)]);
    const result = readFileSync(out);
    expect(result.equals(a) || result.equals(b)).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('removes a temporary file that a killed run left for the same output', async () => {
    const out = join(dir, 'out.xlsx');
    // A pid above the kernel's maximum belongs to no process.
    writeFileSync(join(dir, '.out.xlsx.99999999.0a1b2c3d.rudder.tmp'), 'left over');
    writeFileSync(join(dir, '.other.xlsx.99999999.0a1b2c3d.rudder.tmp'), 'not ours');
    await writeOutputFile(out, 'new');
    expect(readdirSync(dir).sort()).toEqual(['.other.xlsx.99999999.0a1b2c3d.rudder.tmp', 'out.xlsx']);
  });
});

describe('a run killed while writing', () => {
  const child = join(__dirname, 'fixtures', 'slowWrite.ts');

  function killWhileWriting(out: string, signal: NodeJS.Signals): Promise<NodeJS.Signals | null> {
    return new Promise((done, fail) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, out], { stdio: ['ignore', 'pipe', 'inherit'] });
      proc.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('writing')) proc.kill(signal);
      });
      proc.on('error', fail);
      proc.on('exit', (_code, sig) => done(sig));
    });
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'by %s leaves the earlier output unchanged and nothing else',
    async (signal) => {
      const out = join(dir, 'out.xlsx');
      writeFileSync(out, EARLIER);
      expect(await killWhileWriting(out, signal)).toBe(signal);
      expect(readFileSync(out, 'utf8')).toBe(EARLIER);
      expect(readdirSync(dir)).toEqual(['out.xlsx']);
    },
    30_000,
  );

  it('by SIGKILL leaves the earlier output unchanged, and the next write clears what it left', async () => {
    const out = join(dir, 'out.xlsx');
    writeFileSync(out, EARLIER);
    expect(await killWhileWriting(out, 'SIGKILL')).toBe('SIGKILL');
    expect(readFileSync(out, 'utf8')).toBe(EARLIER);
    await writeOutputFile(out, 'next');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  }, 30_000);
});
