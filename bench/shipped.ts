/**
 * Rudder's code as people run it: `rudder` runs the build in lib/ (TypeScript's own output, as `npm run
 * build:cli` makes it), and the add-in runs webpack bundles compiled by ts-loader from the same compiler. The
 * bench itself runs under tsx, which compiles each source file with esbuild as it loads: its CommonJS output
 * reaches every imported function through a getter and renames functions (tsx turns esbuild's keepNames on).
 * Measured side by side on one machine, the audit from src/ under tsx cost 1.3 to 1.8 times the audit from
 * lib/ (10,000 and 100,000 rows), so a ratio taken on src/ would describe tsx, not Rudder. The same holds for SMARTSCORE, KPI_STATUS and
 * the forecast functions (about a fifth of their time under tsx is its getters), so their benches load lib/ too. The types still
 * come from src/, so the two cannot drift apart without the bench failing to compile.
 */
import { existsSync } from 'fs';
import { join } from 'path';

type Alignment = typeof import('../src/core/alignment');
type ModelReading = typeof import('../src/host/readStrategyModel');
type XlsxPort = typeof import('../src/host/xlsx');

export interface ShippedAudit {
  readonly runAlignment: Alignment['runAlignment'];
  readonly readStrategyModel: ModelReading['readStrategyModel'];
  readonly XlsxFilePort: XlsxPort['XlsxFilePort'];
}

const LIB = join(__dirname, '..', 'lib');

/** A module of the build in lib/ (`path` without `.js`), typed by its source in src/. */
export function shipped<T>(path: string): T {
  const file = join(LIB, `${path}.js`);
  if (!existsSync(file)) {
    throw new Error(`The built CLI is missing (${file}). Run "npm run build:cli" first; "npm run bench" does.`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the path is only known at run time
  return require(file) as T;
}

export function shippedAudit(): ShippedAudit {
  return {
    runAlignment: shipped<Alignment>('core/alignment/index').runAlignment,
    readStrategyModel: shipped<ModelReading>('host/readStrategyModel').readStrategyModel,
    XlsxFilePort: shipped<XlsxPort>('host/xlsx/index').XlsxFilePort,
  };
}
