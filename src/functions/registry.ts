/**
 * Every Rudder custom function, as data: Excel (functions.ts), HyperFormula (playground, tests)
 * and the CLI call these same implementations.
 */
import { forecastFunctions } from './forecastFunctions';
import { kpiFunctions } from './kpiFunctions';
import { smartFunctions } from './smartFunctions';
import type { RudderFunction } from './types';
import { serialFromYmd } from '../core/dates/serial';

/** Today's date as an Excel serial, in the local calendar of the machine running the workbook. */
export function localToday(): number {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Builds the functions with a given notion of "today" (tests and the CLI pass a fixed date). */
export function createRudderFunctions(today: () => number = localToday): readonly RudderFunction[] {
  return [...smartFunctions(today), ...kpiFunctions(today), ...forecastFunctions()];
}

export const RUDDER_FUNCTIONS: readonly RudderFunction[] = createRudderFunctions();

export function findRudderFunction(
  name: string,
  functions: readonly RudderFunction[] = RUDDER_FUNCTIONS,
): RudderFunction {
  const found = functions.find((f) => f.name === name.toUpperCase().replace(/^RUDDER\./, ''));
  if (!found) throw new RangeError(`There is no Rudder function called ${name}.`);
  return found;
}
