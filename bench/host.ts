/** Host-layer figures for `npm run bench`: Office adapter sync counts on the Excel fake (DESIGN §7). */
export { measureOfficeSyncCounts, measureSheet } from '../test/fakes/officeSyncCounts';
export type { SheetSyncCounts, OperationSyncs } from '../test/fakes/officeSyncCounts';
