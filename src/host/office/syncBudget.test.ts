import { measureSheet, type OperationSyncs, type SheetSyncCounts } from '../../../test/fakes/officeSyncCounts';
import { FAKE_PAYLOAD_LIMIT } from '../../../test/fakes/excelFake';

function base(op: OperationSyncs): number {
  return op.syncs - op.extraBands;
}

describe('Office adapter sync budget', () => {
  let small: SheetSyncCounts;
  let large: SheetSyncCounts;
  beforeAll(async () => {
    small = await measureSheet(10);
    large = await measureSheet(100_000);
  }, 120_000);

  it.each(['writeBlock', 'readSheet', 'upsertTable', 'readTable'] as const)(
    '%s makes at most 3 syncs on 10 rows, with no extra bands',
    (op) => {
      expect(small[op].syncs).toBeLessThanOrEqual(3);
      expect(small[op].extraBands).toBe(0);
    },
  );

  it.each(['writeBlock', 'readSheet', 'upsertTable', 'readTable'] as const)(
    '%s on 100,000 rows costs the same plus one sync per 5 MB band',
    (op) => {
      expect(base(large[op])).toBe(base(small[op]));
      expect(base(large[op])).toBeLessThanOrEqual(3);
    },
  );

  it('splits 100,000-row reads into bands and never sends or receives more than 5 MB', () => {
    expect(large.readSheet.extraBands).toBeGreaterThan(0);
    expect(large.largestPayload).toBeLessThanOrEqual(FAKE_PAYLOAD_LIMIT);
    expect(large.largestPayload).toBeGreaterThan(1024 * 1024);
  });
});
