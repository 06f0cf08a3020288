/**
 * `npm run bench`: every speed and size budget of DESIGN §7 in one run. Prints a table and writes
 * bench/results.json (not committed). Pass section names to run only some: `npm run bench -- smart kpi`.
 * Times are CPU-based where the section supports it, since the machine may be shared.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { AUDIT_BUDGET, benchAudit } from './audit';
import { benchDetection } from './detect';
import { benchFormulaEngine } from './formulaEngine';
import { forecastSection } from './forecast';
import { measureOfficeSyncCounts } from './host';
import { benchHostile } from './hostile';
import { benchShare } from './share';
import { benchKpiStatus } from './kpi';
import { benchSmartScore } from './smart';
import { measurePlaygroundFirstRender } from '../test/browser/firstRender';
import { measurePlaygroundAudit } from '../test/browser/playgroundAudit';

const ROOT = join(__dirname, '..');

interface Line {
  readonly figure: string;
  readonly value: string;
  readonly budget: string;
  readonly ok: boolean | null;
}

type Section = () => Promise<{ data: unknown; lines: Line[] }>;

const fmt = (n: number, digits = 1): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function bundleSizes(): { data: Record<string, number>; lines: Line[] } {
  if (!existsSync(join(ROOT, 'dist', 'taskpane.js')) || process.env.RUDDER_BENCH_BUILD === '1') {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  }
  const size = (file: string): number => gzipSync(readFileSync(join(ROOT, 'dist', file)), { level: 9 }).length / 1024;
  const data = {
    taskpane: size('taskpane.js'),
    functions: size('functions.js'),
    commands: size('commands.js'),
    playground: size('playground.js'),
  };
  return {
    data,
    lines: [
      {
        figure: 'task pane bundle (gzip)',
        value: `${fmt(data.taskpane)} KB`,
        budget: '<= 250 KB',
        ok: data.taskpane <= 250,
      },
      {
        figure: 'functions bundle (gzip)',
        value: `${fmt(data.functions)} KB`,
        budget: '<= 40 KB',
        ok: data.functions <= 40,
      },
      { figure: 'commands bundle (gzip)', value: `${fmt(data.commands)} KB`, budget: 'reported', ok: null },
      { figure: 'playground bundle (gzip)', value: `${fmt(data.playground)} KB`, budget: 'reported', ok: null },
    ],
  };
}

const SECTIONS: Record<string, Section> = {
  forecast: forecastSection,
  smart: async () => {
    const r = benchSmartScore();
    return {
      data: r,
      lines: [
        {
          figure: 'SMARTSCORE per goal (CPU)',
          value: `${fmt(r.microsPerGoal, 2)} µs`,
          budget: '< 10 µs',
          ok: r.microsPerGoal < 10,
        },
      ],
    };
  },
  kpi: async () => {
    const r = benchKpiStatus();
    return {
      data: r,
      lines: [
        {
          figure: 'KPI_STATUS evaluations/s (CPU)',
          value: fmt(r.evaluationsPerSecond / 1e6, 2) + ' M',
          budget: '> 5 M',
          ok: r.evaluationsPerSecond > 5e6,
        },
      ],
    };
  },
  formulaEngine: async () => {
    const r = benchFormulaEngine(Number(process.env.RUDDER_BENCH_ROWS ?? 100_000), 1);
    return {
      data: r,
      lines: [
        {
          figure: `RUDDER.KPI_STATUS / native IF, ${r.rows.toLocaleString('en-US')} rows`,
          value: `${fmt(r.ratio, 2)}x (${fmt(r.customMs / 1000)} s vs ${fmt(r.nativeMs / 1000)} s, ${r.disagreements} disagreements)`,
          budget: '<= 1.2x',
          ok: r.ratio <= 1.2 && r.disagreements === 0,
        },
      ],
    };
  },
  host: async () => {
    const r = await measureOfficeSyncCounts();
    const lines: Line[] = [];
    for (const sheet of [r.small, r.large]) {
      for (const op of ['writeBlock', 'readSheet', 'upsertTable', 'readTable'] as const) {
        const { syncs, extraBands } = sheet[op];
        lines.push({
          figure: `Office syncs: ${op}, ${sheet.rows.toLocaleString('en-US')} rows`,
          value: `${syncs} (${extraBands} extra 5 MB bands)`,
          budget: '<= 3 + bands',
          ok: syncs <= 3 + extraBands,
        });
      }
    }
    return { data: r, lines };
  },
  detect: async () => {
    const r = await benchDetection();
    return {
      data: r,
      lines: r.map((row) => ({
        figure: `detection / ExcelJS read, ${row.rows.toLocaleString('en-US')} rows`,
        value: `${fmt(row.ratio, 3)} (${fmt(row.detectMs)} ms vs ${fmt(row.exceljsReadMs)} ms)`,
        budget: '<= 0.25',
        ok: row.ratio <= 0.25,
      })),
    };
  },
  audit: async () => {
    const r = await benchAudit();
    return {
      data: r,
      lines: r.map((row) => ({
        figure: `audit / ExcelJS read, ${row.rows.toLocaleString('en-US')} rows`,
        value: `${fmt(row.ratio, 3)} CPU (${fmt(row.auditMs)} ms vs ${fmt(row.exceljsReadMs)} ms), ${fmt(row.wallRatio, 3)} wall`,
        budget: `<= ${AUDIT_BUDGET}`,
        ok: row.ratio <= AUDIT_BUDGET,
      })),
    };
  },
  playgroundAudit: async () => {
    const r = await measurePlaygroundAudit(7);
    return {
      data: r,
      lines: [
        {
          figure: 'audit of the structured sample in the playground (median of 7)',
          value: `${fmt(r.medianMs)} ms`,
          budget: '< 50 ms',
          ok: r.medianMs < 50,
        },
      ],
    };
  },
  share: async () => {
    const r = await benchShare();
    return {
      data: r,
      lines: [
        {
          figure: `share / ExcelJS read, ${r.rows.toLocaleString('en-US')} rows`,
          value: `${fmt(r.shareRatio, 2)}x CPU (${fmt(r.shareMs)} ms vs ${fmt(r.exceljsReadMs)} ms)`,
          budget: '<= 3x',
          ok: r.shareRatio <= 3,
        },
      ],
    };
  },
  hostile: benchHostile,
  bundles: async () => bundleSizes(),
  firstRender: async () => {
    const r = await measurePlaygroundFirstRender(5);
    return {
      data: r,
      lines: [
        { figure: 'playground first render (median of 5)', value: `${r.medianMs} ms`, budget: 'reported', ok: null },
      ],
    };
  },
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => a in SECTIONS);
  const names = wanted.length ? wanted : Object.keys(SECTIONS);
  const results: Record<string, unknown> = {};
  const lines: Line[] = [];
  for (const name of names) {
    process.stderr.write(`bench: ${name}…\n`);
    const { data, lines: sectionLines } = await SECTIONS[name]();
    results[name] = data;
    lines.push(...sectionLines);
  }
  const width = Math.max(...lines.map((l) => l.figure.length));
  console.log(`${'figure'.padEnd(width)}  value / budget`);
  for (const l of lines)
    console.log(`${l.figure.padEnd(width)}  ${l.value}  [${l.budget}]${l.ok === null ? '' : l.ok ? '  ok' : '  OVER'}`);
  const out = join(__dirname, 'results.json');
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), results, lines }, null, 2)}\n`);
  console.log(`\nWrote ${out}`);
  if (lines.some((l) => l.ok === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
