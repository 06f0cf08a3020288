import { buildSwotTables, SWOT_TABLE_HEADERS, TOWS_TABLE_HEADERS } from './tables';
import type { SwotItem, TowsStrategy } from './types';

const items: SwotItem[] = [
  { id: 'T-1', quadrant: 'threat', text: 'New chain café', impact: 4, evidence: 'Opening in May', goals: [] },
  { id: 'S-1', quadrant: 'strength', text: 'Loyal regulars', impact: 3, evidence: '', goals: ['G-001', 'G-002'] },
  { id: 'S-2', quadrant: 'strength', text: '=HYPERLINK("http://evil","click")', impact: 5, evidence: '', goals: [] },
  { id: 'O-1', quadrant: 'opportunity', text: 'Office catering', impact: 2, evidence: '', goals: [] },
];
const strategies: TowsStrategy[] = [
  { id: 'SO-1', type: 'SO', text: '+Sell lunches', from: ['S-1', 'O-1'], goal: 'G-003' },
];

describe('buildSwotTables', () => {
  const tables = buildSwotTables({ items, strategies });

  it('writes RudderSWOT with the design headers, items in quadrant order', () => {
    expect(tables.swot.name).toBe('RudderSWOT');
    expect(tables.swot.headers).toEqual([...SWOT_TABLE_HEADERS]);
    expect(tables.swot.headers).toEqual(['ID', 'Quadrant', 'Item', 'Impact', 'Evidence', 'Goals']);
    expect(tables.swot.rows.map((r) => r[0])).toEqual(['S-1', 'S-2', 'O-1', 'T-1']);
    expect(tables.swot.rows[0]).toEqual(['S-1', 'Strength', 'Loyal regulars', 3, '', 'G-001, G-002']);
    expect(tables.swot.rows[3]).toEqual(['T-1', 'Threat', 'New chain café', 4, 'Opening in May', '']);
  });

  it('writes RudderTOWS with IDs joined by commas and a blank goal when none', () => {
    expect(tables.tows.name).toBe('RudderTOWS');
    expect(tables.tows.headers).toEqual([...TOWS_TABLE_HEADERS]);
    expect(tables.tows.rows).toEqual([['SO-1', 'SO', '+Sell lunches', 'S-1, O-1', 'G-003']]);
    const noGoal = buildSwotTables({ items, strategies: [{ ...strategies[0], goal: null }] });
    expect(noGoal.tows.rows[0][4]).toBe('');
  });

  it('keeps formula-looking user text as the same text, never a built formula', () => {
    expect(tables.swot.rows[1][2]).toBe('=HYPERLINK("http://evil","click")');
    const allCells = [...tables.swot.rows, ...tables.tows.rows, ...tables.grid].flat();
    const formulas = allCells.filter((c) => typeof c === 'string' && c.startsWith('='));
    expect(formulas).toEqual(['=HYPERLINK("http://evil","click")']);
  });

  it('prints a 2x2 grid: titles, bullets by impact, a blank row between halves', () => {
    expect(tables.grid).toEqual([
      ['Strengths', 'Weaknesses'],
      ['• =HYPERLINK("http://evil","click") (impact 5)', ''],
      ['• Loyal regulars (impact 3)', ''],
      ['', ''],
      ['Opportunities', 'Threats'],
      ['• Office catering (impact 2)', '• New chain café (impact 4)'],
    ]);
  });

  it('prints titles even for an empty SWOT', () => {
    expect(buildSwotTables({ items: [], strategies: [] }).grid).toEqual([
      ['Strengths', 'Weaknesses'],
      ['', ''],
      ['Opportunities', 'Threats'],
    ]);
  });
});
