/**
 * The real Office.js objects as an `OfficeHost`. Only called at run time inside Excel, after
 * `Office.onReady`; the assignment also makes the compiler check that the real API matches the
 * structural subset the adapter is written against.
 */
import type { ExcelLike, OfficeHost, OfficeRequirements, OfficeSettings } from './officeApi';

export function officeHostFromGlobals(label = 'Excel'): OfficeHost {
  const excel: ExcelLike = Excel;
  const settings: OfficeSettings = Office.context.document.settings;
  const requirements: OfficeRequirements = Office.context.requirements;
  return { excel, settings, requirements, label };
}
