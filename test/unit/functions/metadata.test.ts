import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { RUDDER_FUNCTIONS } from '../../../src/functions/registry';

const ROOT = join(__dirname, '..', '..', '..');

interface MetadataParam {
  name: string;
  description: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetadataParam[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: MetadataFunction[];
}
interface Hosting {
  FUNCTION_LANGUAGES: readonly { language: string; locales: readonly string[] }[];
  localizedMetadata(english: Metadata, translation: unknown, language: string): Metadata;
  readTranslation(root: string, language: string): unknown;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const hosting = require(join(ROOT, 'scripts/hosting.js')) as Hosting;

async function generatedJson(): Promise<Metadata> {
  const result = await generateCustomFunctionsMetadata(join(ROOT, 'src/functions/functions.ts'), false);
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson) as Metadata;
}

async function generatedMetadata(): Promise<MetadataFunction[]> {
  return (await generatedJson()).functions;
}

/** The functions.json of each language, as the build writes it. */
async function everyLanguage(): Promise<{ language: string; functions: MetadataFunction[] }[]> {
  const english = await generatedJson();
  return [
    { language: 'en', functions: english.functions },
    ...hosting.FUNCTION_LANGUAGES.map(({ language }) => ({
      language,
      functions: hosting.localizedMetadata(english, hosting.readTranslation(ROOT, language), language).functions,
    })),
  ];
}

const PARAMETER_TYPES = ['number', 'string', 'boolean', 'any'];
const DIMENSIONALITIES = ['scalar', 'matrix'];

/** Excel's rules for a function name (Office docs, "Custom functions naming and localization"). */
function nameProblems(name: string): string[] {
  const problems: string[] = [];
  if (!/^\p{L}[\p{L}_.]{2,}$/u.test(name))
    problems.push('letters, underscore and period only, from a letter, 3 or more');
  if (name !== name.toUpperCase()) problems.push('upper case');
  if (name.length > 128) problems.push('at most 128 characters');
  // A1 to XFD1048576 and R1C1 references; names without digits cannot be either, but say why if one slips in.
  if (/^[A-Z]{1,3}\d+$/i.test(name) || /^R\d*C\d*$/i.test(name)) problems.push('not a cell reference');
  return problems;
}

describe('functions.json from the official generator', () => {
  it('lists every Rudder function with its parameters, in the order of the shared registry', async () => {
    const functions = await generatedMetadata();
    expect(functions.map((f) => f.id).sort()).toEqual(RUDDER_FUNCTIONS.map((f) => f.name).sort());
    for (const spec of RUDDER_FUNCTIONS) {
      const meta = functions.find((f) => f.id === spec.name);
      expect(meta?.name).toBe(spec.name);
      expect(meta?.description).toMatch(/\S/);
      expect(meta?.parameters.map((p) => [p.name, p.optional === true])).toEqual(
        spec.params.map((p) => [p.name, p.optional]),
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

describe('functions.json against what Excel requires', () => {
  it('has upper-case ids of A-Z, 0-9, _ and ., unique, and names that follow the naming rules', async () => {
    const functions = await generatedMetadata();
    for (const f of functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect([f.name, nameProblems(f.name)]).toEqual([f.name, []]);
    }
    expect(new Set(functions.map((f) => f.id)).size).toBe(functions.length);
    expect(new Set(functions.map((f) => f.name)).size).toBe(functions.length);
  });

  it('gives parameters valid types and dimensionality, descriptions, unique names, and optional ones last', async () => {
    for (const f of await generatedMetadata()) {
      expect(f.description.trim().length).toBeGreaterThan(10);
      expect(DIMENSIONALITIES).toContain(f.result.dimensionality);
      const names = f.parameters.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      const firstOptional = f.parameters.findIndex((p) => p.optional === true);
      for (const [i, p] of f.parameters.entries()) {
        expect(PARAMETER_TYPES).toContain(p.type ?? 'any');
        expect(DIMENSIONALITIES).toContain(p.dimensionality);
        expect(p.description.trim().length).toBeGreaterThan(5);
        if (firstOptional >= 0 && i > firstOptional) expect([f.id, p.name, p.optional]).toEqual([f.id, p.name, true]);
      }
    }
  });
});

describe('functions.json in the five languages of the language layer', () => {
  it('names and describes every function and parameter in each language, under the same ids', async () => {
    const languages = await everyLanguage();
    expect(languages.map((l) => l.language)).toEqual(['en', 'es', 'fr', 'de', 'pt']);
    const [english] = languages;
    for (const { language, functions } of languages) {
      expect(functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
      for (const [i, f] of functions.entries()) {
        const en = english.functions[i];
        expect([language, f.name, nameProblems(f.name)]).toEqual([language, f.name, []]);
        expect(f.description.trim().length).toBeGreaterThan(10);
        expect(f.parameters.map((p) => [p.type, p.optional, p.dimensionality])).toEqual(
          en.parameters.map((p) => [p.type, p.optional, p.dimensionality]),
        );
        for (const p of f.parameters) {
          expect(p.name).toMatch(/^\p{Ll}[\p{Ll}_]*$/u);
          expect(p.description.trim().length).toBeGreaterThan(5);
        }
        expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
        if (language !== 'en') expect(f.description).not.toBe(en.description);
      }
      expect(new Set(functions.map((f) => f.name)).size).toBe(functions.length);
    }
  });

  it('keeps the English names as they are', async () => {
    const [english] = await everyLanguage();
    expect(english.functions.map((f) => f.name)).toEqual(english.functions.map((f) => f.id));
  });

  it('refuses to build a language that misses a function, naming what is missing', async () => {
    const english = await generatedJson();
    const partial = { ...(hosting.readTranslation(ROOT, 'de') as Record<string, unknown>) };
    delete partial.KPI_PROGRESS;
    expect(() => hosting.localizedMetadata(english, partial, 'de')).toThrow(
      'src/functions/locales/de.json has no translation for KPI_PROGRESS.',
    );
  });
});
