/**
 * Rudder's custom functions as a HyperFormula function plugin, built from `RudderFunction`
 * data so that the playground and the formula-engine tests call exactly the functions Excel
 * calls, with arguments shaped the way a spreadsheet passes them.
 *
 * HyperFormula is GPLv3: this file lives under src/host/memory and must never be imported by
 * the add-in bundles (src/core, src/functions, src/taskpane, src/commands).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import {
  isExcelError,
  type ExcelArg,
  type ExcelCellResult,
  type ExcelResult,
  type ExcelScalar,
  type RudderFunction,
} from '../../functions/types';

/** The namespace Excel shows in front of our functions. */
export const RUDDER_NAMESPACE = 'RUDDER';

/** Base class exposing the protected helpers the generated methods need, with their real types. */
abstract class RudderPluginBase extends FunctionPlugin {
  run(...params: Parameters<RudderPluginBase['runFunction']>): ReturnType<RudderPluginBase['runFunction']> {
    return this.runFunction(...params);
  }
  sizeOf(...params: Parameters<RudderPluginBase['arraySizeForAst']>): ArraySize {
    return this.arraySizeForAst(...params);
  }
}

type AstArgs = Parameters<RudderPluginBase['run']>[0];
type InterpreterStateArg = Parameters<RudderPluginBase['run']>[1];
type InterpreterResult = ReturnType<RudderPluginBase['run']>;
/** What HyperFormula hands a plugin method: the call's syntax tree (only `args` is read here). */
interface CallAst {
  readonly args: AstArgs;
}
type ScalarInternal = SimpleRangeValue['data'][number][number];
/** A scalar result cell: what a plugin may return (rich numbers are only ever inputs here). */
type RawScalar = number | string | boolean | typeof EmptyValue | CellError;

/** `SMARTSCORE` → `RUDDER.SMARTSCORE`. */
export function qualifiedName(fn: RudderFunction): string {
  return `${RUDDER_NAMESPACE}.${fn.name.toUpperCase()}`;
}

function methodName(index: number): string {
  return `rudderCall${index}`;
}

function sizeMethodName(index: number): string {
  return `rudderSize${index}`;
}

/** HyperFormula's internal scalar (rich numbers, the empty marker, errors) as Excel would pass it. */
function toExcelScalar(value: ScalarInternal | undefined): ExcelScalar | CellError {
  if (value === undefined || value === EmptyValue) return null;
  if (value instanceof CellError) return value;
  if (typeof value === 'object') return value.val;
  return value;
}

/** Converts one argument; the first error met is returned so it propagates, as Excel does. */
function toExcelArg(value: unknown): ExcelArg | CellError {
  if (value instanceof SimpleRangeValue) {
    const rows: ExcelScalar[][] = [];
    for (const row of value.data) {
      const out: ExcelScalar[] = [];
      for (const cell of row) {
        const v = toExcelScalar(cell);
        if (v instanceof CellError) return v;
        out.push(v);
      }
      rows.push(out);
    }
    return rows;
  }
  return toExcelScalar(value as ScalarInternal | undefined);
}

const ERROR_TYPES: Readonly<Record<string, ErrorType>> = {
  '#VALUE!': ErrorType.VALUE,
  '#N/A': ErrorType.NA,
  '#NUM!': ErrorType.NUM,
};

function toInternalCell(value: ExcelCellResult): RawScalar {
  if (isExcelError(value)) return new CellError(ERROR_TYPES[value.error] ?? ErrorType.VALUE, value.message);
  if (value === null) return EmptyValue;
  if (typeof value === 'number' && !Number.isFinite(value))
    return new CellError(ErrorType.NUM, 'The result is not a finite number.');
  return value;
}

function shapeOf(result: ExcelResult): { width: number; height: number } {
  if (!Array.isArray(result)) return { width: 1, height: 1 };
  const rows = result as readonly (readonly ExcelCellResult[])[];
  return { height: rows.length, width: rows.reduce((w, row) => Math.max(w, row.length), 0) };
}

/**
 * Fits a result into the size predicted before evaluation: HyperFormula reserves the spill
 * area when it parses the formula, so a result of another shape is cropped, or padded with
 * #N/A like Excel pads a spill that is larger than its data.
 */
function toInternalResult(result: ExcelResult, size: ArraySize): InterpreterResult {
  const predictedScalar = size.width <= 1 && size.height <= 1;
  if (!Array.isArray(result)) {
    const cell = toInternalCell(result as ExcelCellResult);
    return predictedScalar ? cell : SimpleRangeValue.onlyValues(padded([[cell]], size));
  }
  const rows = (result as readonly (readonly ExcelCellResult[])[]).map((row) => row.map(toInternalCell));
  if (predictedScalar) return rows[0]?.[0] ?? new CellError(ErrorType.NA, 'The function returned an empty range.');
  return SimpleRangeValue.onlyValues(padded(rows, size));
}

function padded(rows: RawScalar[][], size: ArraySize): RawScalar[][] {
  const out: RawScalar[][] = [];
  for (let r = 0; r < size.height; r++) {
    const row: RawScalar[] = [];
    for (let c = 0; c < size.width; c++)
      row.push(rows[r]?.[c] ?? new CellError(ErrorType.NA, 'No value at this position of the result.'));
    out.push(row);
  }
  return out;
}

/** Stand-ins tried, in order, to learn a function's result shape before any cell is computed. */
const PLACEHOLDERS: readonly ExcelScalar[] = ['placeholder text', null, 1];

interface LiteralAst {
  readonly type: string;
  readonly value?: unknown;
}

/**
 * Predicts the spill size: calls the function on stand-in values of the arguments' shapes
 * (literals keep their value). A function that answers a range for stand-ins spills that
 * shape, one that answers a value does not spill, and one that only errors on stand-ins
 * spills like its largest range argument (Rudder's functions answer a range in the shape of
 * the range they are given).
 */
function predictSize(fn: RudderFunction, argAsts: readonly LiteralAst[], argSizes: readonly ArraySize[]): ArraySize {
  if (fn.singleCell === true) return ArraySize.scalar();
  let largest: ArraySize | null = null;
  for (const size of argSizes) {
    if (size.width * size.height > 1 && (largest === null || size.width * size.height > largest.width * largest.height))
      largest = size;
  }
  for (const placeholder of PLACEHOLDERS) {
    const args: ExcelArg[] = argAsts.map((ast, i) => {
      const size = argSizes[i];
      if (size.width * size.height > 1) {
        return Array.from({ length: size.height }, () => new Array<ExcelScalar>(size.width).fill(placeholder));
      }
      if (
        (ast.type === 'NUMBER' || ast.type === 'STRING') &&
        (typeof ast.value === 'number' || typeof ast.value === 'string')
      )
        return ast.value;
      if (ast.type === 'EMPTY') return null;
      return placeholder;
    });
    let result: ExcelResult;
    try {
      result = fn.evaluate(args);
    } catch {
      continue; // a function must not throw; if it does, prediction just tries the next stand-in
    }
    if (Array.isArray(result)) {
      const shape = shapeOf(result);
      if (shape.width * shape.height > 1) return new ArraySize(shape.width, shape.height);
    } else if (!isExcelError(result)) {
      return ArraySize.scalar();
    }
  }
  return largest ?? ArraySize.scalar();
}

export interface RudderPlugin {
  readonly plugin: FunctionPluginDefinition;
  /** Function ids as HyperFormula knows them (`RUDDER.SMARTSCORE`). */
  readonly names: readonly string[];
}

/**
 * Builds a plugin class for this list of functions. The names are added to HyperFormula's
 * English function names (a global table, but an id only resolves in engines whose
 * `functionPlugins` include this plugin).
 */
export function createRudderPlugin(functions: readonly RudderFunction[]): RudderPlugin {
  class RudderFunctionsPlugin extends RudderPluginBase {}
  const implemented: { [id: string]: ImplementedFunctions[string] } = {};
  const prototype = RudderFunctionsPlugin.prototype as unknown as Record<string, unknown>;
  const names: string[] = [];

  functions.forEach((fn, index) => {
    const id = qualifiedName(fn);
    names.push(id);
    implemented[id] = {
      method: methodName(index),
      sizeOfResultArrayMethod: sizeMethodName(index),
      vectorizationForbidden: true,
      parameters: fn.params.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
    };
    prototype[sizeMethodName(index)] = function size(
      this: RudderFunctionsPlugin,
      ast: CallAst,
      state: InterpreterStateArg,
    ): ArraySize {
      const argAsts = ast.args as unknown as readonly LiteralAst[];
      const sizes = ast.args.map((arg) => this.sizeOf(arg, state));
      return predictSize(fn, argAsts, sizes);
    };
    prototype[methodName(index)] = function call(
      this: RudderFunctionsPlugin,
      ast: CallAst,
      state: InterpreterStateArg,
    ): InterpreterResult {
      const size = (prototype[sizeMethodName(index)] as (a: CallAst, s: InterpreterStateArg) => ArraySize).call(
        this,
        ast,
        state,
      );
      return this.run(ast.args, state, this.metadata(id), (...raw: unknown[]) => {
        const args: ExcelArg[] = [];
        for (const value of raw) {
          const arg = toExcelArg(value);
          if (arg instanceof CellError) return arg;
          args.push(arg);
        }
        while (args.length < fn.params.length) args.push(null);
        let result: ExcelResult;
        try {
          result = fn.evaluate(args);
        } catch (error) {
          // The contract says evaluate never throws; if one does, the cell shows why instead of the engine failing.
          return new CellError(
            ErrorType.VALUE,
            `${id} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        return toInternalResult(result, size);
      });
    };
  });

  RudderFunctionsPlugin.implementedFunctions = implemented;
  const translations: Record<string, string> = {};
  for (const name of names) translations[name] = name;
  HyperFormula.getLanguage('enGB').extendFunctions(translations);
  return { plugin: RudderFunctionsPlugin, names };
}
