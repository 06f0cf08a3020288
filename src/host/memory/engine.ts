/** The HyperFormula engine behind the memory workbook, configured like Excel where it matters. */
import { DetailedCellError, HyperFormula, type CellValue as HfCellValue, type RawCellContent } from 'hyperformula';
import { cellError, type CellValue } from '../../core/grid/types';
import type { RudderFunction } from '../../functions/types';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../common/addresses';
import { createRudderPlugin } from './rudderPlugin';

export interface EngineOptions {
  readonly functions?: readonly RudderFunction[];
  /**
   * Rows per sheet the engine accepts. HyperFormula's default (40,000) is too small for real
   * sheets, so this defaults to Excel's 1,048,576.
   * @default 1048576
   */
  readonly maxRows?: number;
}

export function buildEngine(options: EngineOptions): HyperFormula {
  const functions = options.functions ?? [];
  const plugins = [...HyperFormula.getAllFunctionPlugins()];
  if (functions.length > 0) plugins.push(createRudderPlugin(functions).plugin);
  return HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    maxRows: options.maxRows ?? MAX_SHEET_ROWS,
    maxColumns: MAX_SHEET_COLUMNS,
    functionPlugins: plugins,
    // Excel 365 semantics: blank references read as 0 in results, ranges combine element-wise.
    evaluateNullToZero: true,
    useArrayArithmetic: true,
  });
}

export function fromEngineValue(value: HfCellValue): CellValue {
  if (value instanceof DetailedCellError) return cellError(value.value);
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return cellError('#NUM!');
  return value;
}

/** The message HyperFormula attached to an error value (e.g. the one a Rudder function returned). */
export function engineErrorMessage(value: HfCellValue): string | null {
  return value instanceof DetailedCellError ? value.message : null;
}

/**
 * Plain strings go to HyperFormula behind a leading apostrophe, which it reads as "this is
 * text": `=cmd|' /C calc'!A0`, `123` and `TRUE` stay the strings they were.
 */
export function textContent(text: string): RawCellContent {
  return `'${text}`;
}
