/**
 * Workbook names through Office.js (`context.workbook.names`). No requirement set says whether
 * Excel has LAMBDA, so a probe name `=LAMBDA(x,x+1)(1)` is added and read back: 2 means LAMBDA
 * works. The probe is deleted in the same operation, so nothing is left behind. Two syncs in the
 * usual case, three when the probe itself fails (DESIGN §7 allows three).
 */
import {
  namesResult,
  noLambdaResult,
  planNames,
  type AddNamesOptions,
  type ExistingName,
  type NamesResult,
  type WorkbookName,
} from '../../core/share/shortNames';
import type { OfficeNamedItem, OfficeRequestContext } from './officeApi';

/** A name no user would pick, so the probe never meets one of theirs. */
const PROBE_PREFIX = '_RudderLambdaProbe';
const PROBE_FORMULA = '=LAMBDA(x,x+1)(1)';
const NAME_PROPS = 'items/name,items/formula,items/comment';

function existingOf(items: readonly OfficeNamedItem[]): ExistingName[] {
  return items
    .filter((n) => !n.name.startsWith(PROBE_PREFIX))
    .map((n) => ({ name: n.name, formula: String(n.formula), comment: n.comment ?? '' }));
}

/** One sync: the workbook-level names. */
export async function listOfficeNames(context: OfficeRequestContext): Promise<ExistingName[]> {
  const names = context.workbook.names.load(NAME_PROPS);
  await context.sync();
  return existingOf(names.items);
}

/**
 * Probes LAMBDA while reading the names (sync 1), then deletes the probe and writes the plan
 * (sync 2). `learned` hears what the probe found, so `hostInfo` can tell it afterwards.
 */
export async function addOfficeNames(
  context: OfficeRequestContext,
  wanted: readonly WorkbookName[],
  options: AddNamesOptions | undefined,
  learned: (supportsLambda: boolean) => void,
): Promise<NamesResult> {
  const probeName = `${PROBE_PREFIX}${Date.now().toString(36)}`;
  const names = context.workbook.names;
  const probe = names.add(probeName, PROBE_FORMULA).load('value');
  names.load(NAME_PROPS);
  try {
    await context.sync();
  } catch {
    // Excel without LAMBDA refuses the probe formula outright; make sure no probe stayed.
    learned(false);
    const left = names.getItemOrNullObject(probeName).load('name');
    await context.sync();
    if (!left.isNullObject) {
      left.delete();
      await context.sync();
    }
    return noLambdaResult();
  }
  probe.delete();
  const works = Number(probe.value) === 2;
  learned(works);
  if (!works) {
    await context.sync();
    return noLambdaResult();
  }
  const plan = planNames(wanted, existingOf(names.items), options);
  for (const p of plan) {
    if (p.action !== 'add' && p.action !== 'replace') continue;
    // Excel refuses a second name of one spelling: the old one goes first, in the same batch.
    if (p.existing) names.getItemOrNullObject(p.existing.name).delete();
    names.add(p.wanted.name, p.wanted.formula, p.wanted.comment);
  }
  await context.sync();
  return namesResult(plan, true);
}
