export { importSwot, toSwotImportJson } from './importSwot';
export type { ImportedSwotItem, ImportedSwotStrategy, SwotImportJson, SwotImportResult } from './importSwot';
export { splitBullets } from './bullets';
export { classifyText } from './classify';
export type { TextKind } from './classify';
export { readImpactCell } from './impact';
