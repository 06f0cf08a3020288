/**
 * Rudder's settings in an .xlsx file: a very hidden sheet (`RudderSettings`) with the key in
 * column A and the JSON text in column B, continued in C, D… past Excel's 32,767 characters per
 * cell. Very hidden keeps it out of the user's way (only the VBA editor shows it) while the file
 * stays a plain workbook, and ExcelJS round-trips it, which it does not do for custom XML parts.
 */
import type ExcelJS from 'exceljs';
import type { JsonValue } from '../port';

export const SETTINGS_SHEET = 'RudderSettings';
/** Below Excel's 32,767-character cell limit. */
const CHUNK = 32_000;

export function isSettingsSheet(sheet: ExcelJS.Worksheet): boolean {
  return sheet.name === SETTINGS_SHEET && sheet.state === 'veryHidden';
}

function settingsSheet(workbook: ExcelJS.Workbook, create: boolean): ExcelJS.Worksheet | undefined {
  const found = workbook.worksheets.find(isSettingsSheet);
  if (found || !create) return found;
  const sheet = workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  return sheet;
}

function rowOf(sheet: ExcelJS.Worksheet, key: string): number | null {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === key) return r;
  return null;
}

export function readSettingFrom(workbook: ExcelJS.Workbook, key: string): JsonValue | undefined {
  const sheet = settingsSheet(workbook, false);
  const row = sheet ? rowOf(sheet, key) : null;
  if (!sheet || row === null) return undefined;
  let text = '';
  for (let c = 2; ; c++) {
    const part = sheet.getCell(row, c).value;
    if (typeof part !== 'string') break;
    text += part;
  }
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined; // edited by hand into something that is not JSON: treat as unset rather than fail the pane
  }
}

export function writeSettingTo(workbook: ExcelJS.Workbook, key: string, value: JsonValue): void {
  const sheet = settingsSheet(workbook, true) as ExcelJS.Worksheet;
  const row = rowOf(sheet, key) ?? sheet.rowCount + 1;
  const text = JSON.stringify(value);
  const r = sheet.getRow(row);
  const oldWidth = r.cellCount;
  r.getCell(1).value = key;
  const chunks = Math.max(1, Math.ceil(text.length / CHUNK));
  for (let i = 0; i < chunks; i++) r.getCell(2 + i).value = text.slice(i * CHUNK, (i + 1) * CHUNK);
  for (let c = 2 + chunks; c <= oldWidth; c++) r.getCell(c).value = null;
}

/** Every key stored in the settings sheet, in row order. */
export function settingKeysIn(workbook: ExcelJS.Workbook): string[] {
  const sheet = settingsSheet(workbook, false);
  const keys: string[] = [];
  if (!sheet) return keys;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const v = sheet.getCell(r, 1).value;
    if (typeof v === 'string' && v !== '') keys.push(v);
  }
  return keys;
}
