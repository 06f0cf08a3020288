/**
 * The system culture Excel reads typed dates by ("en-US", "de-DE"), so that Structure reads text
 * dates such as 03/04/2027 the way this user's Excel would. `Application.cultureInfo` is in ExcelApi
 * 1.11, above the sets the manifest declares: an older Excel says nothing, and Structure then takes
 * the order from the sheet's own date formats or reads day first, and its notes say so.
 */
import type { OfficeRequestContext } from './officeApi';

/** One sync: the culture's name, or `null` when it is empty. */
export async function readOfficeCulture(context: OfficeRequestContext): Promise<string | null> {
  const culture = context.workbook.application.cultureInfo.load('name');
  await context.sync();
  return culture.name.trim() === '' ? null : culture.name;
}
