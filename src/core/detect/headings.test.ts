import { detectTables, type DetectedTable } from './index';
import { sheetOf } from './testSheet';

function only(result: ReturnType<typeof detectTables>): DetectedTable {
  if (!result.ok) throw new Error(result.reason);
  expect(result.tables).toHaveLength(1);
  return result.tables[0];
}

const merged = (text: string, n: number): string[] => Array.from({ length: n }, () => text);

describe('detectTables: headings that are not headers', () => {
  it('passes over a document heading (a merged title beside "Page: 2" or "Date" and its value) to the real header', () => {
    const t = only(
      detectTables(
        sheetOf([
          [null, ...merged('Prepared by the owner', 4), 'Code:', 'REG-001'],
          [null, ...merged('SWOT ANALYSIS', 4), 'Page:', 2],
          [null, ...merged('SWOT ANALYSIS', 4), 'Date', 45383],
          [],
          [null, 'Strengths', 'Weaknesses'],
          [null, 'Loyal regulars who order every week', 'One oven limits what we can bake'],
          [null, 'Sourdough people cross town for', 'No online ordering yet'],
        ]),
      ),
    );
    expect(t.headerRow).toBe(5);
    expect(t.kind).toBe('swot');
  });

  it('does not take a line of form fields ("Employee no.: 100050") above the header for a group row', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['Employee no.：', 100050, null, 'Name：', 'Wang Li'],
          ['Date', 'Machine', 'Order', 'Hours', 'Good quantity'],
          ['2026-01-05', 'M-01', 'PO-1001', 8, 950],
          ['2026-01-06', 'M-02', 'PO-1002', 7.5, 900],
          ['2026-01-07', 'M-01', 'PO-1003', 8, 970],
        ]),
      ),
    );
    expect(t.headerRow).toBe(2);
    expect(t.headerRows).toBe(1);
    expect(t.columns[0].header).toBe('Date');
  });

  it('reads a "Description" column beside the goal as notes, and "Weightage" as the weight', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['Goal Name', 'Weightage', 'Goal Description'],
          ['Customer delight', 40, '1. Answer every complaint within a day 2. Keep returns under 2%'],
          ['Own the project', 30, '1. Deliver within 5% of the planned schedule'],
          ['Learn and grow', 30, '1. Finish the food safety course by June'],
        ]),
      ),
    );
    expect(t.columns.map((c) => c.role)).toEqual(['goal', 'weight', 'notes']);
  });
});

describe('detectTables: SWOT boxes and the goals that pair their factors', () => {
  it('reads quadrant names in the row above "ID / Items / Points" as a SWOT table, the points as weights', () => {
    const t = only(
      detectTables(
        sheetOf([
          [null, 'Forças', 27, null, null, 'Fraquezas', 27],
          ['ID', 'Itens', 'Pontos', null, 'ID', 'Itens', 'Pontos'],
          ['S1', 'Teste', 10, null, 'W1', 'Poucos clientes', 10],
          ['S2', 'Marca conhecida', 9, null, 'W2', 'Equipe pequena', 9],
          ['S3', 'Bom preço', 8, null, 'W3', 'Sem site', 8],
        ]),
      ),
    );
    expect(t.kind).toBe('swot');
    expect(t.columns.map((c) => c.role)).toEqual(['id', 'other', 'weight', 'other', 'id', 'other', 'weight']);
  });

  it('reads a table pairing two quadrants with an action to take as goals linked to those factors', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['ID', 'Strengths', 'Threats', 'Action to take'],
          [1, 'Loyal regulars', 'New chain bakery nearby', 'Start a loyalty card for regulars by March'],
          [2, 'Sourdough known in town', 'Flour prices rising', 'Agree a yearly flour price with the mill'],
        ]),
      ),
    );
    expect(t.kind).toBe('goals');
    expect(t.columns.map((c) => c.role)).toEqual(['id', 'link', 'link', 'goal']);
  });
});
