/**
 * What Excel checks in manifest.xml before it runs any of Rudder's code and the schema cannot see. The
 * schema itself is checked in test/corpus/manifestSchema.test.ts, beside the other tests that read
 * ../shared (where the offline Office schemas are).
 */
import { spawnSync } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from './officeApiScan';

interface Hosting {
  DEV_ORIGIN: string;
  FUNCTION_LANGUAGES: readonly { language: string; locales: readonly string[] }[];
  parseOrigin(value: unknown): string;
  manifestFor(xml: string, origin: string): string;
}
interface WebpackConfig {
  entry: Record<string, string>;
  plugins: object[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const hosting = require(join(ROOT, 'scripts/hosting.js')) as Hosting;
const DEV_MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const HOSTED = 'https://rudder.example.com';

function attributes(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
}

/** Every file name the production build writes at the top of dist/ (and under assets/). */
async function builtFiles(): Promise<Set<string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, 'webpack.config.js')) as (
    env: object,
    argv: { mode: string },
  ) => Promise<WebpackConfig>;
  const config = await makeConfig({ origin: HOSTED }, { mode: 'production' });
  const produced = new Set<string>(Object.keys(config.entry).map((name) => `${name}.js`));
  for (const plugin of config.plugins) {
    const p = plugin as {
      constructor: { name: string };
      userOptions?: { filename?: string };
      options?: { output?: string };
      patterns?: { from: string; to: string }[];
    };
    if (p.userOptions?.filename) produced.add(p.userOptions.filename);
    if (p.options?.output) produced.add(p.options.output);
    if (p.constructor.name === 'HostingPlugin') {
      produced.add('manifest.xml');
      for (const { language } of hosting.FUNCTION_LANGUAGES) produced.add(`functions-${language}.json`);
    }
    for (const pattern of p.patterns ?? []) {
      if (!pattern.to.includes('[name]')) produced.add(pattern.to);
      else {
        // A copied folder glob keeps each file's name under `to`'s folder.
        const dir = pattern.from.slice(0, pattern.from.lastIndexOf('/'));
        const ext = pattern.from.slice(pattern.from.lastIndexOf('.'));
        for (const file of readdirSync(join(ROOT, dir)))
          if (file.endsWith(ext)) produced.add(`${pattern.to.slice(0, pattern.to.indexOf('['))}${file}`);
      }
    }
  }
  return produced;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml and the manifests the build writes', () => {
  const hosted = hosting.manifestFor(DEV_MANIFEST, HOSTED);

  it('resolve every resid to a resource, and define no resource nothing uses', () => {
    const used = new Set(attributes(DEV_MANIFEST, 'resid'));
    const defined = [...DEV_MANIFEST.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it('point every URL at the build origin and at a file the build writes', async () => {
    const produced = await builtFiles();
    const urls = [...attributes(hosted, 'DefaultValue'), ...attributes(hosted, 'Value')].filter((v) =>
      v.includes('://'),
    );
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(`${HOSTED}/`))).toEqual([]);
    expect(urls.map((u) => new URL(u).pathname.slice(1)).filter((p) => !produced.has(p))).toEqual([]);
    expect(DEV_MANIFEST).not.toContain(HOSTED);
    expect(attributes(DEV_MANIFEST, 'DefaultValue').filter((v) => v.includes('://'))).toEqual(
      urls.filter((u) => !/functions-\w+\.json$/.test(u)).map((u) => u.replace(HOSTED, hosting.DEV_ORIGIN)),
    );
  });

  it('name icons whose files have the size they are declared at', () => {
    const images = new Map(
      [...DEV_MANIFEST.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    );
    const declared = [...DEV_MANIFEST.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)].map((m) => ({
      size: Number(m[1]),
      url: images.get(m[2]) as string,
    }));
    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(DEV_MANIFEST)?.[1] as string;
    const highRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(DEV_MANIFEST)?.[1] as string;
    // Excel shows IconUrl at 32 x 32 and HighResolutionIconUrl at 64 x 64.
    for (const { size, url } of [...declared, { size: 32, url: icon }, { size: 64, url: highRes }]) {
      expect(pngSize(join(ROOT, new URL(url).pathname.slice(1)))).toEqual({ width: size, height: size });
    }
    expect(declared.length).toBeGreaterThanOrEqual(6);
  });

  it('declare the RUDDER namespace and a ribbon function the commands register', () => {
    expect(DEV_MANIFEST).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="RUDDER"\/>/);
    const commands = readFileSync(join(ROOT, 'src/commands/commands.ts'), 'utf8');
    for (const name of [...DEV_MANIFEST.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]))
      expect(commands).toContain(`Office.actions.associate('${name}'`);
    expect(DEV_MANIFEST).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(DEV_MANIFEST).toMatch(/<Runtime resid="Shared.Url" lifetime="long"\/>/);
  });

  it('send each language of the language layer to its own functions metadata', () => {
    const metadataUrl = /<bt:Url id="Functions.Metadata.Url"[^>]*>([\s\S]*?)<\/bt:Url>/.exec(hosted)?.[1] ?? '';
    const overrides = [...metadataUrl.matchAll(/<bt:Override Locale="([^"]+)" Value="([^"]+)"\/>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    const expected = hosting.FUNCTION_LANGUAGES.flatMap(({ language, locales }) =>
      locales.map((locale) => [locale, `${HOSTED}/functions-${language}.json`]),
    );
    expect(overrides).toEqual(expected);
  });
});

describe('the build origin', () => {
  it('accepts an https origin, with a port if given', () => {
    expect(hosting.parseOrigin('https://rudder.example.com')).toBe('https://rudder.example.com');
    expect(hosting.parseOrigin('https://Office.Bakery.example:8443')).toBe('https://office.bakery.example:8443');
  });

  it.each([
    ['https://rudder.example.com/addin', 'has a path (/addin)'],
    ['https://rudder.example.com/', 'ends with a slash'],
    ['http://rudder.example.com', 'uses http'],
    ['ftp://rudder.example.com', 'must start with https://'],
    ['rudder.example.com', 'is not a web address'],
    ['not a url', 'is not a web address'],
    ['https://rudder.example.com?x=1', 'has more than a host'],
    ['', 'is empty'],
  ])('refuses %j, saying it %s', (origin, problem) => {
    expect(() => hosting.parseOrigin(origin)).toThrow(problem);
  });

  it('stops the build with one plain line naming the problem', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
        '--mode',
        'production',
        '--env',
        'origin=http://rudder.example.com',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'The origin "http://rudder.example.com" uses http: Excel only loads add-ins over https, so give https://rudder.example.com.',
    ]);
  }, 60_000);
});
