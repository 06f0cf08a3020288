import { serialFromYmd } from '../dates';
import { buildStrategyModel } from '../model';
import { gatherShareFacts } from './facts';
import { pageBudget, REPORT_LIMITS } from './reportBudget';

const DAY = serialFromYmd(2027, 1, 15);
const id = (prefix: string, n: number): string => `${prefix}-${String(n).padStart(3, '0')}`;

function factsWith(goals: number, kpis: number) {
  const model = buildStrategyModel([
    {
      name: 'RudderGoals',
      sheet: 'Goals',
      range: `A1:B${goals + 1}`,
      headers: ['ID', 'Goal'],
      rows: Array.from({ length: goals }, (_, i) => [id('G', i + 1), `Open ${i + 1} new accounts by June 2027`]),
    },
    {
      name: 'RudderKPIs',
      sheet: 'KPIs',
      range: `A1:F${kpis + 1}`,
      headers: ['ID', 'KPI', 'Goal', 'Direction', 'Target', 'Actual'],
      rows: Array.from({ length: kpis }, (_, i) => [
        id('K', i + 1),
        `Accounts in area ${i + 1}`,
        id('G', i + 1),
        'higher',
        10,
        5,
      ]),
    },
  ]);
  return gatherShareFacts(model, DAY, 'Plan');
}

describe('what of the KPI table and the findings fits the printed page', () => {
  it('shows every KPI of a small plan', () => {
    expect(pageBudget(factsWith(3, 3)).kpis).toBe(3);
  });

  it('gives the KPI table fewer rows when the picture is at its tallest, leaving room for findings', () => {
    const small = pageBudget(factsWith(3, 20));
    const big = pageBudget(factsWith(500, 500));
    expect(small.kpis).toBe(REPORT_LIMITS.kpis);
    expect(big.kpis).toBeLessThanOrEqual(small.kpis);
    expect(big.findings).toBeGreaterThanOrEqual(3 * 14 + 24);
  });
});
