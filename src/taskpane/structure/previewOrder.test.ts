import { leadWithStatus } from './previewOrder';

describe('the order of the preview columns', () => {
  it('puts Status then Progress first, keeping the other columns in their order', () => {
    const preview = leadWithStatus({
      headers: ['ID', 'KPI', 'Target', 'Progress', 'Status'],
      rows: [['K-1', 'Loaves a day', '120', '45%', 'At risk']],
    });
    expect(preview.headers).toEqual(['Status', 'Progress', 'ID', 'KPI', 'Target']);
    expect(preview.rows).toEqual([['At risk', '45%', 'K-1', 'Loaves a day', '120']]);
  });

  it('moves Status alone when there is no Progress column', () => {
    const preview = leadWithStatus({
      headers: ['ID', 'Goal', 'SMART', 'Status'],
      rows: [['G-1', 'Grow', '40', 'On track']],
    });
    expect(preview.headers).toEqual(['Status', 'ID', 'Goal', 'SMART']);
    expect(preview.rows[0]).toEqual(['On track', 'G-1', 'Grow', '40']);
  });

  it('leaves a table without computed columns as it is', () => {
    const strategy = { headers: ['Type', 'ID', 'Statement'], rows: [['Mission', 'M-1', 'Bake honest bread']] };
    expect(leadWithStatus(strategy)).toBe(strategy);
  });
});
