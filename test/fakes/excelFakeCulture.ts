/** The fake's `context.workbook.application.cultureInfo`: the system culture the Excel being played runs in. */
import type { LoadArg, OfficeApplication, OfficeCultureInfo } from '../../src/host/office/officeApi';
import { checkedApi, type FakeRequirements } from './excelFakeRequirements';
import { propsOf, Proxy, type FakeContextLike } from './excelFakeProxy';
import { fakeError, type FakeWorkbookState } from './excelFakeState';

export class CultureInfo extends Proxy<FakeWorkbookState> implements OfficeCultureInfo {
  static readonly apiType = 'Excel.CultureInfo';
  load(properties: LoadArg): CultureInfo {
    this.loadProps(propsOf(properties));
    return this;
  }
  protected read(target: FakeWorkbookState, prop: string): unknown {
    if (prop === 'name') return target.culture;
    throw fakeError('InvalidArgument', `The fake does not load CultureInfo.${prop}.`);
  }
  get name(): string {
    return this.got('name');
  }
}

export function fakeApplication(ctx: FakeContextLike, requirements: () => FakeRequirements): OfficeApplication {
  return checkedApi({ cultureInfo: new CultureInfo(ctx, () => ctx.fake.state) }, 'Excel.Application', requirements);
}
