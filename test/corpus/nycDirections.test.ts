/**
 * direction-conflict on a real plan: the New York City agencies' goals, each measured by its indicators with
 * the direction the agencies chose for them (Up or Down). People who run those indicators set the directions,
 * so a conflict reported here is a false alarm.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { runAlignment } from '../../src/core/alignment';
import { parseCsv } from '../../src/core/grid/csv';
import { buildStrategyModel } from '../../src/core/model';
import { AS_OF, goals, kpis, type Row } from '../unit/alignment/fixtures';

const CSV = path.resolve(__dirname, '../../../shared/corpus/kpi/nyc-mmr-indicators.csv');

function nycPlan(): { goalRows: Row[]; kpiRows: Row[] } {
  const [header, ...rows] = parseCsv(readFileSync(CSV, 'utf8'));
  const at = (name: string): number => header.indexOf(name);
  const goalIds = new Map<string, string>();
  const kpiRows: Row[] = [];
  for (const row of rows) {
    const goal = (row[at('Goal')] ?? '').trim();
    const direction = row[at('Desired.Direction')] ?? '';
    if (goal === '' || (direction !== 'Up' && direction !== 'Down')) continue;
    if (!goalIds.has(goal)) goalIds.set(goal, `G-${goalIds.size + 1}`);
    kpiRows.push({
      ID: `K-${kpiRows.length + 1}`,
      KPI: row[at('Indicator')],
      Goal: goalIds.get(goal) ?? '',
      Direction: direction,
    });
  }
  const goalRows = [...goalIds].map(([text, id]) => ({ ID: id, Goal: text }));
  return { goalRows, kpiRows };
}

describe("direction-conflict on the NYC Mayor's Management Report", () => {
  it('judges real goal and indicator pairs and raises no false alarm on directions their owners chose', () => {
    const { goalRows, kpiRows } = nycPlan();
    expect(goalRows.length).toBeGreaterThan(150);
    expect(kpiRows.length).toBeGreaterThan(1000);
    const result = runAlignment(buildStrategyModel([goals(goalRows), kpis(kpiRows)]), { asOf: AS_OF });
    const rule = result.rules.find((r) => r.rule === 'direction-conflict');
    // Pairs whose goal wording acts on what the indicator counts ("Reduce ... complaints" and a count of complaints).
    expect(rule?.checks).toBeGreaterThan(30);
    expect(result.findings.filter((f) => f.rule === 'direction-conflict').map((f) => f.message)).toEqual([]);
  });
});
