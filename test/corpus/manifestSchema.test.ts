/**
 * manifest.xml and the manifest a build for another origin writes, against the Office manifest schema that
 * Excel checks at upload (../shared/office-schemas, with xmllint, which must be installed). It sits with the
 * other suites that read ../shared, so `npm test` runs on a checkout without it; CI runs it.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const SCHEMA = join(ROOT, '..', 'shared', 'office-schemas', 'OfficeAppManifestV1_1.xsd');
const DEV_MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hosting = require(join(ROOT, 'scripts/hosting.js')) as { manifestFor(xml: string, origin: string): string };

/** Runs xmllint on a manifest's text; fails (never skips) when xmllint is missing. */
function xmllint(xml: string): { ok: boolean; output: string } {
  if (!existsSync(SCHEMA))
    throw new Error(`The Office schemas are not at ${SCHEMA}: put ../shared beside the checkout.`);
  const file = join(mkdtempSync(join(tmpdir(), 'rudder-manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (run.error)
    throw new Error(
      'xmllint is not installed, so the manifest cannot be checked against the Office schema: install libxml2-utils (apt-get install libxml2-utils).',
    );
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe('manifest.xml and the manifests the build writes, against the Office schema', () => {
  it('conform, as Excel checks at upload', () => {
    for (const xml of [DEV_MANIFEST, hosting.manifestFor(DEV_MANIFEST, 'https://rudder.example.com')]) {
      const result = xmllint(xml);
      expect(result.output).toContain('validates');
      expect(result.ok).toBe(true);
    }
  });

  it('would be refused with the empty AppDomains element the schema forbids', () => {
    const broken = DEV_MANIFEST.replace('<Hosts>', '<AppDomains/>\n  <Hosts>');
    expect(xmllint(broken).ok).toBe(false);
  });
});
