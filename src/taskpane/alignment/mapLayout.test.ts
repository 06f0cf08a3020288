import { buildStrategyGraph, runAlignment } from '../../core/alignment';
import { buildStrategyModel } from '../../core/model';
import { AS_OF, cleanTables, plantedTables } from '../../../test/unit/cli/auditBooks';
import { groupFindings } from './FindingsList';
import { layoutStrategyMap, MAP_WIDTH, toneOf } from './mapLayout';

const graphOf = (tables = cleanTables()) => buildStrategyGraph(buildStrategyModel(tables), { asOf: AS_OF });

describe('the strategy picture layout', () => {
  it('draws mission above values, goals and KPIs, each layer below the one it hangs from', () => {
    const layout = layoutStrategyMap(graphOf());
    const top = (level: number) => Math.min(...layout.nodes.filter((p) => p.node.level === level).map((p) => p.y));
    expect(top(0)).toBeLessThan(top(1));
    expect(top(1)).toBeLessThan(top(2));
    expect(top(2)).toBeLessThan(top(3));
    for (const { from, to } of layout.edges) expect(from.y + from.h).toBeLessThanOrEqual(to.y);
  });

  it('keeps every node inside the picture width, so it reads in a 320-pixel pane', () => {
    const layout = layoutStrategyMap(graphOf());
    for (const p of layout.nodes) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.w).toBeLessThanOrEqual(MAP_WIDTH);
    }
  });

  it('labels chips with their ID and links each KPI to the goal it measures', () => {
    const layout = layoutStrategyMap(graphOf());
    expect(layout.nodes.filter((p) => p.node.kind === 'kpi').map((p) => p.label)).toEqual(['K-001', 'K-002']);
    expect(layout.edges.some((e) => e.from.label === 'G-001' && e.to.label === 'K-001')).toBe(true);
  });

  it('draws a KPI linked to no goal as an orphan, first in its layer', () => {
    const layout = layoutStrategyMap(graphOf(plantedTables()));
    const kpis = layout.nodes.filter((p) => p.node.kind === 'kpi');
    expect(kpis[0].node).toMatchObject({ id: 'K-003', orphan: true });
  });

  it('draws at most a fixed number of chips per layer and says how many more there are', () => {
    const [strategy, goals, kpis] = cleanTables();
    const many = {
      ...kpis,
      rows: Array.from({ length: 500 }, (_, i) => kpis.rows[i % 2].map((v, c) => (c === 0 ? `K-${i + 1}` : v))),
    };
    const layout = layoutStrategyMap(graphOf([strategy, goals, many]), { maxPerLevel: 40 });
    expect(layout.nodes.filter((p) => p.node.kind === 'kpi')).toHaveLength(40);
    expect(layout.bands.find((b) => b.title === 'KPIs')?.hidden).toBe(460);
  });

  it('colours statuses the way people read them, whatever the direction of the KPI', () => {
    expect(
      ['Achieved', 'On track', 'At risk', 'Off track', 'Missed', 'Not started', 'No data', null].map(toneOf),
    ).toEqual(['good', 'good', 'risk', 'bad', 'bad', 'none', 'none', 'none']);
  });
});

describe('grouping findings for the pane', () => {
  it('groups by severity then rule, errors first, keeping every finding once', () => {
    const result = runAlignment(buildStrategyModel(plantedTables()), { asOf: AS_OF });
    const groups = groupFindings(result.findings);
    expect(groups[0].severity).toBe('error');
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(result.findings.length);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });
});
