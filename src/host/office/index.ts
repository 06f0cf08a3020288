/** The Office.js adapter. Import `officeHostFromGlobals` only inside Excel, after Office.onReady. */
export { OfficeWorkbook } from './officeWorkbook';
export { officeHostFromGlobals } from './officeGlobals';
export { PAYLOAD_LIMIT_BYTES, CHUNK_BUDGET_BYTES, READ_BYTES_PER_CELL, readBands, writeBands } from './chunks';
export type { OfficeHost, ExcelLike, OfficeSettings, OfficeRequirements } from './officeApi';
