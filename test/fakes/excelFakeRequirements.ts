/**
 * Requirement sets in the Excel fake. The fake plays an Excel with given sets (a current Microsoft
 * 365 unless a test asks for an older one). Every member the adapter reaches is looked up in the
 * adapter's requirement-set table: one this Excel lacks fails as in Excel (`ApiNotFound`), and one
 * above the sets the manifest declares fails unless an `isSetSupported` check allowed it first, so
 * an unguarded call to a newer API fails the contract tests even on the newest Excel.
 */
import type { OfficeRequirements } from '../../src/host/office/officeApi';
import {
  API_REQUIREMENTS,
  compareVersions,
  DECLARED_SETS,
  isCoveredByManifest,
  UNIVERSAL_SETS,
  type Requirement,
} from '../../src/host/office/requirementSets';
import { fakeError } from './excelFakeState';

export type AvailableSets = Readonly<Record<string, string>>;

/** A current Microsoft 365 Excel. */
export const CURRENT_EXCEL: AvailableSets = {
  ExcelApi: '1.20',
  SharedRuntime: '1.2',
  CustomFunctionsRuntime: '1.5',
  Settings: '1.1',
};

/** The oldest Excel the manifest lets in: exactly the declared sets, plus those every Excel has. */
export const OLDEST_ADMITTED_EXCEL: AvailableSets = Object.fromEntries(
  [...DECLARED_SETS, ...UNIVERSAL_SETS].map((r) => [r.set, r.version]),
);

const REQUIREMENT_OF = new Map(API_REQUIREMENTS.map((r) => [r.api, r.requirement]));
const MEMBERS_OF = new Map<string, Set<string>>();
for (const { api } of API_REQUIREMENTS) {
  const type = api.slice(0, api.lastIndexOf('.'));
  MEMBERS_OF.set(type, (MEMBERS_OF.get(type) ?? new Set()).add(api.slice(api.lastIndexOf('.') + 1)));
}

export class FakeRequirements implements OfficeRequirements {
  private readonly allowed: Requirement[] = [];
  /** Every `isSetSupported` question asked, in order, as `ExcelApi 1.13`. */
  readonly asked: string[] = [];

  constructor(readonly available: AvailableSets = CURRENT_EXCEL) {}

  isSetSupported(name: string, minVersion = '1.1'): boolean {
    this.asked.push(`${name} ${minVersion}`);
    const have = this.available[name];
    const yes = have !== undefined && compareVersions(minVersion, have) <= 0;
    if (yes) this.allowed.push({ set: name, version: minVersion });
    return yes;
  }

  /** Throws when the adapter may not call `api` (an Office.js name such as `Excel.Table.resize`) here. */
  check(api: string): void {
    const requirement = REQUIREMENT_OF.get(api);
    if (!requirement) return; // not an API the adapter uses (or in no set at all)
    const have = this.available[requirement.set];
    if (have === undefined || compareVersions(requirement.version, have) > 0)
      throw fakeError('ApiNotFound', `This Excel has no ${api} (${requirement.set} ${requirement.version}).`);
    if (isCoveredByManifest(requirement)) return;
    const guarded = this.allowed.some(
      (a) => a.set === requirement.set && compareVersions(requirement.version, a.version) <= 0,
    );
    if (!guarded)
      throw fakeError(
        'UnguardedApi',
        `${api} needs ${requirement.set} ${requirement.version}, above what manifest.xml declares, ` +
          'and no isSetSupported check allowed it first.',
      );
  }
}

/**
 * Wraps a fake object so that reading, writing or calling any of its members is checked as the
 * Office.js member `${type}.${name}` first.
 */
export function checkedApi<T extends object>(target: T, type: string, requirements: () => FakeRequirements): T {
  // Only the members in the table are looked up; the fake's own helpers pass untouched and fast.
  const members = MEMBERS_OF.get(type) ?? new Set<string>();
  return new globalThis.Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'string' && members.has(prop)) requirements().check(`${type}.${prop}`);
      return Reflect.get(t, prop, receiver) as unknown;
    },
    set(t, prop, value, receiver) {
      if (typeof prop === 'string' && members.has(prop)) requirements().check(`${type}.${prop}`);
      return Reflect.set(t, prop, value, receiver);
    },
  });
}
