import { describeWorkbook } from '../../../src/host/inspect';
import { MemoryWorkbook } from '../../../src/host/memory/memoryWorkbook';

describe('describeWorkbook', () => {
  it('lists sheets in order with used ranges and the tables on each', async () => {
    const wb = new MemoryWorkbook();
    await wb.addSheet('Notes');
    await wb.addSheet('Goals');
    await wb.writeBlock('Notes', 'B2', [['hello']]);
    await wb.upsertTable({
      name: 'RudderGoals',
      sheet: 'Goals',
      topLeft: 'A1',
      columns: [{ header: 'ID' }, { header: 'Goal' }],
      rows: [['G-001', 'Grow']],
    });
    expect(await describeWorkbook(wb)).toEqual({
      sheets: [
        { name: 'Notes', usedRange: 'B2', tables: [] },
        {
          name: 'Goals',
          usedRange: 'A1:B2',
          tables: [{ name: 'RudderGoals', range: 'A1:B2', headers: ['ID', 'Goal'] }],
        },
      ],
    });
  });
});
