import { cellError, type CellValue, type SheetSnapshot } from '../../grid/types';
import { SWOT_MESSAGES } from '../messages';
import { importSwot, toSwotImportJson } from './importSwot';

const sheet = (name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({
  name,
  origin: { row: 0, col: 0 },
  values,
  ...extra,
});
const _ = null;

describe('importSwot on awkward input', () => {
  it('skips error values in item cells with a warning, and ignores errors elsewhere', () => {
    const result = importSwot([
      sheet('SWOT', [
        ['Category', 'Item', 'Variance'],
        ['Strength', 'Skilled team', cellError('#DIV/0!')],
        ['Weakness', cellError('#N/A'), 3],
      ]),
    ]);
    expect(result.items.map((i) => i.text)).toEqual(['Skilled team']);
    expect(result.warnings).toEqual([SWOT_MESSAGES.importErrorCell('SWOT', 'B3', '#N/A')]);
  });

  it('skips an error under a quadrant title with a warning', () => {
    const result = importSwot([
      sheet('G', [
        ['Strengths', 'Threats'],
        [cellError('#REF!'), 'Rents'],
      ]),
    ]);
    expect(result.items.map((i) => i.text)).toEqual(['Rents']);
    expect(result.warnings).toEqual([SWOT_MESSAGES.importErrorCell('G', 'A2', '#REF!')]);
  });

  it('takes the text a formula shows, and formula-looking text as plain text', () => {
    const result = importSwot([
      sheet(
        'SWOT',
        [
          ['Strengths', 'Weaknesses'],
          ['Team of 5', '=HYPERLINK("http://x","y")'],
        ],
        {
          formulas: [
            [null, null],
            ['=CONCAT("Team of ",5)', null],
          ],
        },
      ),
    ]);
    expect(result.items.map((i) => i.text)).toEqual(['Team of 5', '=HYPERLINK("http://x","y")']);
  });

  it('never takes numbers, booleans or blanks as items', () => {
    expect(
      importSwot([
        sheet('G', [
          ['Strengths', 'Threats'],
          [42, true],
          ['  ', 'Rents'],
        ]),
      ]).items.map((i) => i.cell),
    ).toEqual(['B3']);
  });

  it('keeps very long items whole (the wizard shortens them, not the importer)', () => {
    const long = 'A very detailed strength about our team and our customers '.repeat(30).trim();
    const [item] = importSwot([sheet('G', [['Strengths'], [long]])]).items;
    expect(item.text).toBe(long);
  });

  it('reads hundreds of item rows quickly', () => {
    const words = ['Strength', 'Weakness', 'Opportunity', 'Threat'];
    const rows: CellValue[][] = [['Category', 'Description', 'Impact']];
    for (let i = 0; i < 2000; i++) rows.push([words[i % 4], `Item number ${i}`, (i % 5) + 1]);
    const started = Date.now();
    const result = importSwot([sheet('Big', rows)]);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.items).toHaveLength(2000);
    expect(result.items[1999]).toMatchObject({
      quadrant: 'threat',
      text: 'Item number 1999',
      cell: 'B2001',
      impact: 5,
    });
  });

  it('reads hundreds of items under column titles', () => {
    const rows: CellValue[][] = [['Strengths', 'Weaknesses', 'Opportunities', 'Threats']];
    for (let i = 0; i < 300; i++) rows.push([`Skill ${i}`, `Weak spot ${i}`, `Market ${i}`, `Rival ${i}`]);
    expect(importSwot([sheet('Cols', rows)]).items).toHaveLength(1200);
  });

  it('keeps a duplicate once per quadrant with a warning, ignoring case and spacing', () => {
    const result = importSwot([
      sheet('G', [
        ['Strengths', 'Threats'],
        ['Loyal customers', 'Rents'],
        ['loyal  CUSTOMERS.', 'Loyal customers'],
      ]),
    ]);
    expect(result.items.map((i) => `${i.quadrant}:${i.cell}`)).toEqual(['strength:A2', 'threat:B2', 'threat:B3']);
    expect(result.warnings).toEqual([
      SWOT_MESSAGES.importDuplicate('G', 'A3', 'G!A2'),
      SWOT_MESSAGES.importOtherQuadrant('G', 'B3', 'threat', 'G!A2', 'strength'),
    ]);
  });

  it('keeps the same words side by side under two quadrant titles in both, with a note (not as one merged cell)', () => {
    const result = importSwot([
      sheet('G', [
        ['Strengths', 'Weaknesses'],
        ['Our location', 'Our location'],
        ['Fresh bread', 'Old oven'],
      ]),
    ]);
    expect(result.items.map((i) => `${i.quadrant}:${i.cell}`)).toEqual([
      'strength:A2',
      'weakness:B2',
      'strength:A3',
      'weakness:B3',
    ]);
    expect(result.warnings).toEqual([SWOT_MESSAGES.importOtherQuadrant('G', 'B2', 'weakness', 'G!A2', 'strength')]);
  });

  it('still reads an item merged across the columns of its own quadrant once', () => {
    const result = importSwot([
      sheet('G', [
        ['Strengths', _, _, 'Weaknesses'],
        ['Bread baked on site every morning', 'Bread baked on site every morning', _, 'Old oven'],
      ]),
    ]);
    expect(result.items.map((i) => `${i.quadrant}:${i.cell}`)).toEqual(['strength:A2', 'weakness:D2']);
  });

  it('reads an item merged under a merged quadrant title once (both merges repeat their text)', () => {
    const result = importSwot([
      sheet('G', [
        ['Strengths', 'Strengths', 'Weaknesses', 'Weaknesses'],
        ['Bread baked on site', 'Bread baked on site', 'Old oven', 'Old oven'],
      ]),
    ]);
    expect(result.items.map((i) => `${i.quadrant}:${i.cell}`)).toEqual(['strength:A2', 'weakness:C2']);
  });

  it('gives addresses on the sheet when the snapshot starts away from A1', () => {
    const result = importSwot([sheet('G', [['Strengths'], ['Team']], { origin: { row: 4, col: 2 } })]);
    expect(result.items[0].cell).toBe('C6');
  });

  it('copes with empty, ragged and unrelated sheets', () => {
    const result = importSwot([
      sheet('Empty', []),
      sheet('Ragged', [[], ['x'], [_, _, _, 'y']]),
      sheet('Budget', [
        ['Month', 'Sales'],
        ['Jan', 100],
        ['Threats to cash flow are real in winter', _],
      ]),
    ]);
    expect(result.items).toEqual([]);
    expect(result.warnings).toEqual([SWOT_MESSAGES.importNoItems('Empty, Ragged, Budget')]);
  });

  it('turns into the rudder swot import JSON with only quadrant, text, sheet and cell per item', () => {
    const result = importSwot([
      sheet('Co', [
        ['Company', 'Strengths'],
        ['Acme', 'Team'],
      ]),
    ]);
    expect(result.items[0].entity).toBe('Acme');
    expect(toSwotImportJson(result)).toEqual({
      items: [{ quadrant: 'strength', text: 'Team', sheet: 'Co', cell: 'B2' }],
      strategies: [],
    });
  });

  it('reports an impact it cannot read and keeps the item', () => {
    const result = importSwot([
      sheet('T', [
        ['Type', 'Item', 'Impact'],
        ['Strength', 'Team', 'High'],
        ['Threat', 'Rents', 'soonish'],
        ['Weakness', 'Cash', 'low'],
      ]),
    ]);
    expect(result.items.map((i) => i.impact)).toEqual([5, undefined, 1]);
    expect(result.warnings).toEqual([SWOT_MESSAGES.importImpactUnread('T', 'C3', 'soonish')]);
  });
});
