import { idNumber, nextItemId, nextStrategyId } from './ids';

describe('stable SWOT IDs', () => {
  it('starts each quadrant at 1', () => {
    expect(nextItemId([], 'strength')).toBe('S-1');
    expect(nextItemId([], 'weakness')).toBe('W-1');
    expect(nextItemId([], 'opportunity')).toBe('O-1');
    expect(nextItemId([], 'threat')).toBe('T-1');
  });

  it('counts per quadrant', () => {
    const items = [{ id: 'S-1' }, { id: 'S-2' }, { id: 'W-1' }];
    expect(nextItemId(items, 'strength')).toBe('S-3');
    expect(nextItemId(items, 'weakness')).toBe('W-2');
    expect(nextItemId(items, 'threat')).toBe('T-1');
  });

  it('never reuses the number of a deleted item below the highest', () => {
    // S-2 was deleted: its number must not come back while S-3 exists.
    expect(nextItemId([{ id: 'S-1' }, { id: 'S-3' }], 'strength')).toBe('S-4');
  });

  it('goes past a remembered highest number even when that item is gone', () => {
    expect(nextItemId([{ id: 'S-1' }], 'strength', 7)).toBe('S-8');
  });

  it('ignores IDs it did not give and reads case-insensitively', () => {
    expect(nextItemId([{ id: 'G-001' }, { id: 's-4' }, { id: 'SO-9' }, { id: 'S-x' }], 'strength')).toBe('S-5');
  });

  it('numbers TOWS strategies per type', () => {
    expect(nextStrategyId([{ id: 'SO-1' }, { id: 'SO-2' }, { id: 'WT-1' }], 'SO')).toBe('SO-3');
    expect(nextStrategyId([{ id: 'SO-1' }], 'ST')).toBe('ST-1');
    expect(idNumber('WT-12')).toBe(12);
    expect(idNumber('nothing')).toBe(0);
  });
});
