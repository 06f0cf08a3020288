import { readFileSync } from 'fs';
import { join } from 'path';
import {
  API_REQUIREMENTS,
  DECLARED_SETS,
  isCoveredByManifest,
  TABLE_RESIZE,
  CULTURE_INFO,
  GUARDED_REQUIREMENTS,
} from '../../../src/host/office/requirementSets';
import { ROOT, scanOfficeApiUses, typesRequirement, type ApiUse } from './officeApiScan';
import { requirementTable } from './requirementTable';

describe('Office.js requirement sets of the Office adapter and the ribbon commands', () => {
  let uses: ApiUse[];
  beforeAll(() => {
    const scan = scanOfficeApiUses();
    expect(scan.problems).toEqual([]);
    uses = scan.uses;
  }, 60_000);

  it('lists every Office.js member the sources use, and nothing they no longer use', () => {
    const listed = API_REQUIREMENTS.map((r) => r.api);
    const used = uses.map((u) => u.api);
    expect(uses.filter((u) => !listed.includes(u.api))).toEqual([]);
    expect(listed.filter((api) => !used.includes(api))).toEqual([]);
    expect(used.length).toBeGreaterThan(60);
  });

  it('gives each member the set @types/office-js names for it', () => {
    const wrong = API_REQUIREMENTS.flatMap(({ api, requirement }) => {
      const typed = typesRequirement(api);
      // Mailbox is Outlook's set; in Excel the add-in command event came with the first add-in commands, in no set.
      const expected = typed?.set === 'Mailbox' ? null : typed;
      return JSON.stringify(expected) === JSON.stringify(requirement) ? [] : [{ api, listed: requirement, expected }];
    });
    expect(wrong).toEqual([]);
  });

  it('declares in manifest.xml exactly the sets requirementSets.ts declares', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const sets = [...manifest.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => ({
      set: m[1],
      version: m[2],
    }));
    expect(sets).toEqual(DECLARED_SETS);
  });

  it('uses nothing above the declared sets but Table.resize and the system culture, which the adapter asks about first', () => {
    const above = API_REQUIREMENTS.filter((r) => !isCoveredByManifest(r.requirement));
    expect(above).toEqual([
      { api: 'Excel.Application.cultureInfo', requirement: CULTURE_INFO },
      { api: 'Excel.CultureInfo.load', requirement: CULTURE_INFO },
      { api: 'Excel.CultureInfo.name', requirement: CULTURE_INFO },
      { api: 'Excel.Table.resize', requirement: TABLE_RESIZE },
    ]);
    expect(GUARDED_REQUIREMENTS).toEqual([TABLE_RESIZE, CULTURE_INFO]);
  });

  it('shows the same table in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(requirementTable(API_REQUIREMENTS));
  });
});
