/**
 * Real-label evaluation of the KPI engine on NYC Mayor's Management Report indicators
 * (../shared/corpus/kpi/nyc-mmr-indicators.csv, never copied here): does "Achieved" agree
 * with the report's own Met_Goal / Did_Not_Meet label for the 2023 actual against the target?
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { evaluateKpi, parseDirection, parseTarget } from '../src/core/kpi';

export interface NycRow {
  id: string;
  indicator: string;
  direction: string;
  target: number;
  actual: number;
  label: 'Met_Goal' | 'Did_Not_Meet';
  status: string;
}

export interface NycReport {
  /** Rows with a direction, a target, a 2023 actual and a Success label. */
  considered: number;
  agreements: number;
  rate: number;
  disagreements: NycRow[];
  /** Rows skipped, with why (no label, no target, no actual, unreadable direction or target). */
  skipped: Record<string, number>;
}

import { parseCsv } from '../src/core/grid/csv';

const NA = (v: string | undefined): boolean => v === undefined || v.trim() === '' || v.trim() === 'NA';

export async function runNycEval(corpusRoot: string): Promise<NycReport> {
  const text = await readFile(join(corpusRoot, 'kpi', 'nyc-mmr-indicators.csv'), 'utf8');
  const [header, ...data] = parseCsv(text);
  // The yearly columns are out of order in the file: find them by name, never by position.
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`column ${name} not found in the NYC file`);
    return i;
  };
  const c = {
    id: col('ID'),
    direction: col('Desired.Direction'),
    actual: col('2023'),
    target: col('Target.MMR'),
    success: col('Success'),
    indicator: col('Indicator'),
  };
  const skipped: Record<string, number> = {};
  const skip = (why: string): void => {
    skipped[why] = (skipped[why] ?? 0) + 1;
  };
  const rows: NycRow[] = [];
  for (const r of data) {
    if (r.length < header.length) continue;
    const label = r[c.success];
    if (NA(label)) {
      skip('no Success label');
      continue;
    }
    if (NA(r[c.target])) {
      skip('no target');
      continue;
    }
    if (NA(r[c.actual])) {
      skip('no 2023 actual');
      continue;
    }
    const direction = parseDirection(r[c.direction]);
    if (!direction.ok) {
      skip('unreadable direction');
      continue;
    }
    const target = parseTarget(r[c.target], direction.value);
    const actual = Number(r[c.actual]);
    if (!target.ok || !Number.isFinite(actual) || (label !== 'Met_Goal' && label !== 'Did_Not_Meet')) {
      skip('unreadable target, actual or label');
      continue;
    }
    const result = evaluateKpi({ actual, target: target.value, direction: direction.value });
    rows.push({
      id: r[c.id],
      indicator: r[c.indicator],
      direction: r[c.direction],
      target: target.value.kind === 'value' ? target.value.value : Number.NaN,
      actual,
      label,
      status: result.status,
    });
  }
  const disagreements = rows.filter((row) => (row.status === 'Achieved') !== (row.label === 'Met_Goal'));
  const agreements = rows.length - disagreements.length;
  return {
    considered: rows.length,
    agreements,
    rate: rows.length === 0 ? 0 : agreements / rows.length,
    disagreements,
    skipped,
  };
}

export function formatNycReport(report: NycReport): string {
  const lines = [
    `NYC MMR indicators: "Achieved" agrees with Met_Goal on ${report.agreements} of ${report.considered} labelled rows (${(report.rate * 100).toFixed(1)}%).`,
    `Skipped: ${
      Object.entries(report.skipped)
        .map(([why, n]) => `${n} ${why}`)
        .join(', ') || 'none'
    }.`,
  ];
  for (const d of report.disagreements) {
    lines.push(
      `  ID ${d.id} (${d.direction}): actual ${d.actual}, target ${d.target}, label ${d.label}, Rudder says ${d.status}: ${d.indicator}`,
    );
  }
  return lines.join('\n');
}

if (require.main === module) {
  const root = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'corpus');
  runNycEval(root).then(
    (report) => console.log(formatNycReport(report)),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
