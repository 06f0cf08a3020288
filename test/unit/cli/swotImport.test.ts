import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CellInput } from '../../../src/host/port';
import { createXlsxPort } from '../../../src/host/xlsx';
import { runCli } from './cliHarness';

/** Writes a one-sheet workbook to a temp .xlsx and returns its path. */
async function book(sheet: string, topLeft: string, rows: readonly (readonly CellInput[])[]): Promise<string> {
  const port = createXlsxPort(sheet);
  await port.writeBlock(sheet, topLeft, rows);
  const file = join(mkdtempSync(join(tmpdir(), 'rudder-swot-')), 'swot.xlsx');
  await port.saveAs(file);
  return file;
}

interface JsonItem {
  quadrant: string;
  text: string;
  sheet: string;
  cell: string;
}

async function importJson(file: string): Promise<{ code: number; items: JsonItem[]; stderr: string }> {
  const run = await runCli(['swot', 'import', file, '--json']);
  const parsed = JSON.parse(run.stdout) as { items: JsonItem[] };
  return { code: run.code, items: parsed.items, stderr: run.stderr };
}

describe('rudder swot import', () => {
  it('reads one item per row with a category column, with the cell of each item', async () => {
    const file = await book('SWOT', 'A1', [
      ['Category', 'Item', 'Impact'],
      ['Strength', 'Loyal regulars who bring friends', 4],
      ['Weakness', 'No online ordering', 3],
      ['Opportunity', 'Office catering near the station', 5],
      ['Threat', 'A supermarket bakery opening in spring', 5],
    ]);
    const run = await importJson(file);
    expect(run.code).toBe(0);
    expect(run.items).toEqual([
      { quadrant: 'strength', text: 'Loyal regulars who bring friends', sheet: 'SWOT', cell: 'B2' },
      { quadrant: 'weakness', text: 'No online ordering', sheet: 'SWOT', cell: 'B3' },
      { quadrant: 'opportunity', text: 'Office catering near the station', sheet: 'SWOT', cell: 'B4' },
      { quadrant: 'threat', text: 'A supermarket bakery opening in spring', sheet: 'SWOT', cell: 'B5' },
    ]);
  });

  it('prints exactly the keys DESIGN §5 names in --json (items, and strategies beside them), nothing more', async () => {
    const file = await book('SWOT', 'A1', [
      ['Category', 'Item', 'Impact'],
      ['Strength', 'Loyal regulars', 4],
    ]);
    const run = await runCli(['swot', 'import', file, '--json']);
    const doc = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['items', 'strategies']);
    expect(Object.keys((doc.items as Record<string, unknown>[])[0]).sort()).toEqual([
      'cell',
      'quadrant',
      'sheet',
      'text',
    ]);
  });

  it('reads a column per quadrant', async () => {
    const file = await book('Analysis', 'B2', [
      ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'],
      ['Skilled team', 'Old van', 'New housing estate', 'Rising fuel prices'],
      ['Good reviews', null, 'Council tenders', null],
    ]);
    const run = await importJson(file);
    expect(run.items.map((i) => [i.quadrant, i.text, i.cell])).toEqual([
      ['strength', 'Skilled team', 'B3'],
      ['weakness', 'Old van', 'C3'],
      ['opportunity', 'New housing estate', 'D3'],
      ['threat', 'Rising fuel prices', 'E3'],
      ['strength', 'Good reviews', 'B4'],
      ['opportunity', 'Council tenders', 'D4'],
    ]);
  });

  it('reads a 2x2 grid with titles and skips the guiding questions under them', async () => {
    const file = await book('Grid', 'A1', [
      ['Strengths', null, 'Weaknesses'],
      ['What do you do well?', null, 'Where do you lose customers?'],
      ['Sourdough with a following', null, 'Most sales before 10am'],
      ['Corner spot on the high street', null, 'Books done late at night'],
      [],
      ['Opportunities', null, 'Threats'],
      ['Office catering', null, 'Supermarket in-store bakery'],
    ]);
    const run = await importJson(file);
    expect(run.items.map((i) => `${i.quadrant}:${i.text}@${i.cell}`)).toEqual([
      'strength:Sourdough with a following@A3',
      'weakness:Most sales before 10am@C3',
      'strength:Corner spot on the high street@A4',
      'weakness:Books done late at night@C4',
      'opportunity:Office catering@A7',
      'threat:Supermarket in-store bakery@C7',
    ]);
  });

  it('prints a readable list per quadrant without --json, each item with its cell', async () => {
    const file = await book('SWOT', 'A1', [
      ['Category', 'Item'],
      ['Strength', 'Loyal regulars'],
      ['Threat', 'Rent review in 2027'],
    ]);
    const run = await runCli(['swot', 'import', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file}: 2 SWOT items found`);
    expect(run.stdout).toMatch(/Strengths \(1\)\n {2}- Loyal regulars {2}SWOT!B2/);
    expect(run.stdout).toMatch(/Weaknesses \(0\)\n {2}\(none\)/);
    expect(run.stdout).toMatch(/Threats \(1\)\n {2}- Rent review in 2027 {2}SWOT!B3/);
  });

  it('keeps a duplicate once and warns about it on stderr, leaving stdout pure JSON', async () => {
    const file = await book('SWOT', 'A1', [
      ['Category', 'Item'],
      ['Strength', 'Loyal regulars'],
      ['Strength', 'loyal regulars.'],
    ]);
    const run = await importJson(file);
    expect(run.items).toHaveLength(1);
    expect(run.stderr).toContain('warning: SWOT!B3 repeats the item in SWOT!B2, so it was imported once.');
  });

  it('says on stderr when a workbook has no SWOT items, and exits 0 with an empty list', async () => {
    const file = await book('Numbers', 'A1', [
      ['Month', 'Sales'],
      ['Jan', 1200],
    ]);
    const run = await importJson(file);
    expect(run.code).toBe(0);
    expect(run.items).toEqual([]);
    expect(run.stderr).toContain('No SWOT items were found in Numbers.');
  });

  it('reads only the sheet asked for with --sheet, and refuses a sheet that is not there', async () => {
    const file = await book('SWOT', 'A1', [
      ['Category', 'Item'],
      ['Strength', 'Loyal regulars'],
    ]);
    const ok = await runCli(['swot', 'import', file, '--sheet', 'swot', '--json']);
    expect(JSON.parse(ok.stdout)).toEqual({
      items: [{ quadrant: 'strength', text: 'Loyal regulars', sheet: 'SWOT', cell: 'B2' }],
      strategies: [],
    });
    const missing = await runCli(['swot', 'import', file, '--sheet', 'Plans']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `rudder: ${file} has no sheet named "Plans" with anything on it; its sheets are: SWOT.\n`,
    );
  });

  it('exits 2 with one plain line for a file that is not a workbook, and for a missing file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rudder-swot-')), 'notes.xlsx');
    writeFileSync(file, 'just some text, not a spreadsheet');
    const bad = await runCli(['swot', 'import', file, '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^rudder: .*notes\.xlsx/);
    const gone = await runCli(['swot', 'import', '/no/such/swot.xlsx']);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toBe('rudder: /no/such/swot.xlsx does not exist.\n');
  });

  it('keeps an item that looks like a formula as the text it is', async () => {
    const file = await book('SWOT', 'A1', [
      ['Category', 'Item'],
      ['Strength', '=SUM(A1:A2) is how we track loyalty'],
    ]);
    const run = await importJson(file);
    expect(run.items.map((i) => i.text)).toEqual(['=SUM(A1:A2) is how we track loyalty']);
  });
});

describe('rudder swot import with strategies beside the items', () => {
  it('lists countermeasures apart from the items, and keeps them out of the --json items', async () => {
    const file = await book('SWOT', 'A1', [
      ['Strengths', 'Threats'],
      ['Loyal regulars -> loyalty card', 'Chain store opening (impact: high)'],
    ]);
    const text = await runCli(['swot', 'import', file]);
    expect(text.stdout).toMatch(/Strengths \(1\)\n {2}- Loyal regulars {2}SWOT!A2/);
    expect(text.stdout).toMatch(/Threats \(1\)\n {2}- Chain store opening \(impact 5\) {2}SWOT!B2/);
    expect(text.stdout).toMatch(
      /Strategies written beside the items \(1\)\n {2}- loyalty card {2}SWOT!A2 \(answers SWOT!A2\)/,
    );
    const json = await importJson(file);
    expect(json.items.map((i) => i.text)).toEqual(['Loyal regulars', 'Chain store opening']);
    const doc = JSON.parse((await runCli(['swot', 'import', file, '--json'])).stdout) as { strategies: unknown[] };
    expect(doc.strategies).toEqual([
      { type: null, text: 'loyalty card', sheet: 'SWOT', cell: 'A2', from: ['SWOT!A2'] },
    ]);
  });
});
