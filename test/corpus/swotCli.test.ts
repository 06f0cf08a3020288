/** `rudder swot import` on the real corpus workbooks, read where they are (never copied here). */
import { readFileSync, statSync } from 'fs';
import * as path from 'path';
import { textKey } from '../../src/core/swot';
import { runCli } from '../unit/cli/cliHarness';

const corpus = path.resolve(__dirname, '../../../shared/corpus');

interface Expected {
  readonly file: string;
  readonly items: readonly { quadrant: string; text: string; cell: string }[];
}

interface CliItem {
  quadrant: string;
  text: string;
  sheet: string;
  cell: string;
}

const expectations = (
  JSON.parse(readFileSync(path.join(__dirname, 'swot-expectations.json'), 'utf8')) as { files: Expected[] }
).files;

const key = (i: { quadrant: string; text: string; cell: string }): string =>
  `${i.quadrant} ${i.cell} ${textKey(i.text)}`;

describe('rudder swot import on the corpus SWOT workbooks', () => {
  const results: string[] = [];
  afterAll(() => console.log(`rudder swot import on the corpus:\n${results.join('\n')}`));

  it.each(['competitor-swot.xlsx', 'swot-item-rows.xlsx', 'swot-grid-fr.xlsx', 'empty-swot-template.xlsx'])(
    'finds exactly the expected items, quadrants and cells in %s',
    async (name) => {
      const file = path.join(corpus, 'workbooks', name);
      const before = statSync(file).mtimeMs;
      const expected = expectations.find((e) => e.file === `workbooks/${name}`);
      if (!expected) throw new Error(`swot-expectations.json has no entry for ${name}`);
      const run = await runCli(['swot', 'import', file, '--json']);
      expect(run.code).toBe(0);
      const items = (JSON.parse(run.stdout) as { items: CliItem[] }).items;
      for (const item of items) {
        expect(Object.keys(item).sort()).toEqual(['cell', 'quadrant', 'sheet', 'text']);
        expect(item.sheet.length).toBeGreaterThan(0);
      }
      const found = new Set(items.map(key));
      const wanted = new Set(expected.items.map(key));
      const misses = [...wanted].filter((k) => !found.has(k));
      const extras = [...found].filter((k) => !wanted.has(k));
      results.push(
        `  ${name}: ${items.length} items, ${wanted.size - misses.length}/${wanted.size} expected found, ${extras.length} extra`,
      );
      expect({ misses, extras }).toEqual({ misses: [], extras: [] });
      // Reading never touches the input file.
      expect(statSync(file).mtimeMs).toBe(before);
    },
    60_000,
  );

  it('says plainly on stderr that the empty template holds no items', async () => {
    const run = await runCli(['swot', 'import', path.join(corpus, 'workbooks', 'empty-swot-template.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 SWOT items found');
    expect(run.stderr).toMatch(/warning: No SWOT items were found in /);
  });

  it('prints the French grid as a readable list per quadrant with the cell of each item', async () => {
    const run = await runCli(['swot', 'import', path.join(corpus, 'workbooks', 'swot-grid-fr.xlsx')]);
    expect(run.code).toBe(0);
    for (const title of ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'])
      expect(run.stdout).toMatch(new RegExp(`^${title} \\(\\d+\\)$`, 'm'));
    expect(run.stdout).toMatch(/^ {2}- .+ {2}.+![A-Z]+\d+$/m);
  });
});
