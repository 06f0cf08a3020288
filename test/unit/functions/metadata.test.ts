import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { RUDDER_FUNCTIONS } from '../../../src/functions/registry';

const ROOT = join(__dirname, '..', '..', '..');

interface MetadataParam {
  name: string;
  description: string;
  optional?: boolean;
  dimensionality?: string;
}
interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetadataParam[];
  result: { dimensionality?: string };
}

async function generatedMetadata(): Promise<MetadataFunction[]> {
  const result = await generateCustomFunctionsMetadata(join(ROOT, 'src/functions/functions.ts'), false);
  expect(result.errors).toEqual([]);
  return (JSON.parse(result.metadataJson) as { functions: MetadataFunction[] }).functions;
}

describe('functions.json from the official generator', () => {
  it('lists every Rudder function with its parameters, in the order and words of the shared registry', async () => {
    const functions = await generatedMetadata();
    expect(functions.map((f) => f.id).sort()).toEqual(RUDDER_FUNCTIONS.map((f) => f.name).sort());
    for (const spec of RUDDER_FUNCTIONS) {
      const meta = functions.find((f) => f.id === spec.name);
      expect(meta?.name).toBe(spec.name);
      expect(meta?.description).toBe(spec.description);
      expect(meta?.parameters.map((p) => [p.name, p.description, p.optional === true])).toEqual(
        spec.params.map((p) => [p.name, p.description, p.optional]),
      );
    }
  });

  it('accepts ranges for every parameter and spills results', async () => {
    for (const f of await generatedMetadata()) {
      expect(f.parameters.every((p) => p.dimensionality === 'matrix')).toBe(true);
      expect(f.result.dimensionality).toBe('matrix');
    }
  });
});

describe('manifest.xml', () => {
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

  it('declares the RUDDER namespace, a shared runtime and the least permission it needs', () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="RUDDER"\/>/);
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Shared.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it('points only at files the build produces', async () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]);
    const paths = [...new Set(urls.map((u) => new URL(u).pathname.slice(1)))].sort();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(join(ROOT, 'webpack.config.js')) as (
      env: object,
      argv: { mode: string },
    ) => Promise<WebpackConfig>;
    const config = await makeConfig({}, { mode: 'production' });
    const produced = new Set<string>();
    for (const name of Object.keys(config.entry)) produced.add(`${name}.js`);
    for (const plugin of config.plugins) {
      const p = plugin as {
        userOptions?: { filename?: string };
        options?: { output?: string };
        patterns?: { from: string; to: string }[];
      };
      if (p.userOptions?.filename) produced.add(p.userOptions.filename);
      if (p.options?.output) produced.add(p.options.output);
      for (const pattern of p.patterns ?? []) {
        // A copied folder glob keeps each file's name under `to`'s folder.
        if (pattern.to.includes('[name]')) {
          const dir = pattern.from.slice(0, pattern.from.lastIndexOf('/'));
          const ext = pattern.from.slice(pattern.from.lastIndexOf('.'));
          for (const file of readdirSync(join(ROOT, dir)))
            if (file.endsWith(ext)) produced.add(`${pattern.to.slice(0, pattern.to.indexOf('['))}${file}`);
        } else produced.add(pattern.to);
      }
    }
    expect(paths.filter((p) => !produced.has(p))).toEqual([]);
    for (const size of [16, 32, 64, 80])
      expect(
        readFileSync(join(ROOT, `assets/icon-${size}.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
  });
});

interface WebpackConfig {
  entry: Record<string, string>;
  plugins: object[];
}
