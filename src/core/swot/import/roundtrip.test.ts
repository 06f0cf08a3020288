import type { CellValue, SheetSnapshot } from '../../grid/types';
import { buildSwotTables } from '../tables';
import type { SwotItem } from '../types';
import { importSwot } from './importSwot';

const items: SwotItem[] = [
  { id: 'S-1', quadrant: 'strength', text: 'Loyal regulars', impact: 5, evidence: 'Card data', goals: ['G-001'] },
  { id: 'W-1', quadrant: 'weakness', text: 'Old ovens', impact: 4, evidence: '', goals: [] },
  { id: 'O-1', quadrant: 'opportunity', text: 'Office catering', impact: 3, evidence: '', goals: [] },
  { id: 'T-1', quadrant: 'threat', text: '=HYPERLINK("http://x","y")', impact: 2, evidence: '', goals: [] },
];
const asSheet = (name: string, rows: readonly (readonly CellValue[])[]): SheetSnapshot => ({
  name,
  origin: { row: 0, col: 0 },
  values: rows,
});

describe('reading back what Rudder writes', () => {
  const tables = buildSwotTables({ items, strategies: [] });

  it('imports the RudderSWOT table with its quadrants, texts and impacts', () => {
    const result = importSwot([asSheet('SWOT', [tables.swot.headers, ...tables.swot.rows])]);
    expect(result.items.map((i) => [i.quadrant, i.text, i.cell, i.impact])).toEqual([
      ['strength', 'Loyal regulars', 'C2', 5],
      ['weakness', 'Old ovens', 'C3', 4],
      ['opportunity', 'Office catering', 'C4', 3],
      ['threat', '=HYPERLINK("http://x","y")', 'C5', 2],
    ]);
  });

  it('imports the printed 2x2 grid, impacts included', () => {
    const result = importSwot([asSheet('Grid', tables.grid)]);
    expect(result.items.map((i) => [i.quadrant, i.text, i.impact])).toEqual([
      ['strength', 'Loyal regulars', 5],
      ['weakness', 'Old ovens', 4],
      ['opportunity', 'Office catering', 3],
      ['threat', '=HYPERLINK("http://x","y")', 2],
    ]);
  });
});
