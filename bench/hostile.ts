/**
 * Hostile workbooks against the built CLI (`bin/rudder.js`), each run under `/usr/bin/time -v` for
 * its wall time and peak memory: the 1 MB zip bomb, the 1,000,000-row sheet without `<dimension>`
 * and 30 million shared strings must be refused in under 5 s and 500 MB. The files are made here
 * (test/unit/host/hostileBooks.ts) and deleted afterwards; none is committed.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { manySharedStrings, rowsWithoutDimension, zipBomb } from '../test/unit/host/hostileBooks';

const ROOT = join(__dirname, '..');
const TIME = '/usr/bin/time';

export interface HostileRun {
  readonly file: string;
  readonly seconds: number;
  readonly peakMb: number;
  readonly exitCode: number;
  readonly stderrLines: number;
}

export interface HostileLine {
  readonly figure: string;
  readonly value: string;
  readonly budget: string;
  readonly ok: boolean | null;
}

/** Runs `rudder audit FILE` under /usr/bin/time -v and reads its wall time and peak resident memory. */
export function measureCli(args: readonly string[]): Omit<HostileRun, 'file'> {
  const run = spawnSync(TIME, ['-v', process.execPath, join(ROOT, 'bin', 'rudder.js'), ...args], {
    encoding: 'utf8',
  });
  const report = run.stderr;
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? NaN);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(report);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const own = report.split('\n').filter((l) => l.startsWith('rudder:'));
  return { seconds, peakMb: peakKb / 1024, exitCode: run.status ?? -1, stderrLines: own.length };
}

export async function benchHostile(): Promise<{ data: HostileRun[]; lines: HostileLine[] }> {
  execFileSync(TIME, ['true'], { stdio: 'ignore' }); // fails clearly here if /usr/bin/time is missing
  const dir = mkdtempSync(join(tmpdir(), 'rudder-bench-hostile-'));
  try {
    const files: Record<string, Uint8Array> = {
      '1 MB zip bomb (1.1 GB unpacked)': zipBomb(),
      '1,000,000 rows without <dimension>': await rowsWithoutDimension(1_000_000),
      '30 million shared strings in 1.2 MB': manySharedStrings(30_000_000),
    };
    const data: HostileRun[] = [];
    for (const [file, bytes] of Object.entries(files)) {
      const path = join(dir, 'hostile.xlsx');
      writeFileSync(path, bytes);
      data.push({ file, ...measureCli(['audit', path]) });
    }
    const lines = data.map((r) => ({
      figure: `refused: ${r.file}`,
      value: `${r.seconds.toFixed(2)} s, ${Math.round(r.peakMb)} MB peak, exit ${r.exitCode}`,
      budget: '< 5 s, < 500 MB, exit 2, one line',
      ok: r.seconds < 5 && r.peakMb < 500 && r.exitCode === 2 && r.stderrLines === 1,
    }));
    return { data, lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchHostile().then((r) => console.log(JSON.stringify(r, null, 2)));
}
