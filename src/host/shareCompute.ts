/**
 * Reads the arguments of a RUDDER call in a cell (literals, single cells, TODAY()) and computes
 * the call with Rudder's own functions, for the advisor copy's values. Arguments it cannot read
 * (ranges, expressions) give `undefined`, and the copy then keeps the value Excel saved.
 */
import type { CellValue } from '../core/grid/types';
import { isCellError } from '../core/grid/types';
import { argumentShape, type RudderCall } from '../core/share';
import { createRudderFunctions, findRudderFunction } from '../functions/registry';
import { isExcelError, type ExcelScalar, type RudderFunction } from '../functions/types';

/** Looks up a single-cell reference as written in the formula (`B2`, `$B$2`, `Sheet2!B2`). */
export type CellLookup = (ref: string) => CellValue | undefined;

export function argumentValue(arg: string, lookup: CellLookup, today: number): ExcelScalar | undefined {
  const shape = argumentShape(arg);
  const a = arg.trim();
  switch (shape) {
    case 'blank':
      return null;
    case 'number':
      return Number(a);
    case 'string':
      return a.slice(1, -1).replace(/""/g, '"');
    case 'today':
      return today;
    case 'cell': {
      const v = lookup(a);
      if (v === undefined || isCellError(v)) return undefined;
      return v;
    }
    default:
      return undefined;
  }
}

/** A computer of calls for one share run, with `today` fixed to the day of the copy. */
export function callComputer(today: number): (call: RudderCall, lookup: CellLookup) => CellValue | undefined {
  const functions = createRudderFunctions(() => today);
  const byName = new Map<string, RudderFunction | null>();
  return (call, lookup) => {
    if (!byName.has(call.name)) {
      try {
        byName.set(call.name, findRudderFunction(call.name, functions));
      } catch {
        byName.set(call.name, null); // an unknown RUDDER.* name: keep whatever Excel saved
      }
    }
    const fn = byName.get(call.name);
    if (!fn) return undefined;
    const args: ExcelScalar[] = [];
    for (const arg of call.args) {
      const v = argumentValue(arg, lookup, today);
      if (v === undefined) return undefined;
      args.push(v);
    }
    const result = fn.evaluate(args);
    // A spilled result (SMARTPROFILE) is kept in its first cell; the other cells keep their saved values.
    const first = Array.isArray(result) ? (result as readonly (readonly unknown[])[])[0]?.[0] : result;
    if (first === undefined || isExcelError(first)) return undefined;
    return first as ExcelScalar;
  };
}
