/**
 * The memory adapter (playground and tests). GPLv3 HyperFormula inside: never import this from
 * the add-in bundles (src/core, src/functions, src/taskpane, src/commands).
 */
export { MemoryWorkbook, type CellDisplay, type MemoryWorkbookOptions, type WorkbookListener } from './memoryWorkbook';
export { fromSampleWorkbook, fromXlsxBytes, toXlsxBytes, type SampleWorkbook } from './xlsxBridge';
export { createRudderPlugin, qualifiedName, RUDDER_NAMESPACE } from './rudderPlugin';
export { formatCell } from './display';
