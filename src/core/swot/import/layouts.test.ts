import type { CellValue, SheetSnapshot } from '../../grid/types';
import { importSwot } from './importSwot';

const sheet = (name: string, values: CellValue[][], origin = { row: 0, col: 0 }): SheetSnapshot => ({
  name,
  origin,
  values,
});
const brief = (sheets: SheetSnapshot[]) =>
  importSwot(sheets).items.map((i) => `${i.quadrant[0].toUpperCase()} ${i.cell} ${i.text}`);
const _ = null;

describe('layout (a): one item per row with a category column', () => {
  it('reads category words in mixed case, plurals, letters and other languages', () => {
    const result = importSwot([
      sheet('SWOT', [
        ['Category', 'Description', 'Owner', 'Impact'],
        ['Strength', 'Skilled team', 'Ana', 'High'],
        ['S', 'Loyal customers', 'Ben', 'medium'],
        ['weaknesses', 'Thin cash reserves', 'Ana', 'LOW'],
        ['Opportunities', 'New housing nearby', 'Ben', 4],
        ['THREAT', 'Chain store opening', 'Ana', ''],
        ['Menaces', 'Loyers en hausse', 'Ben', 'Low'],
      ]),
    ]);
    expect(result.items.map((i) => [i.quadrant, i.text, i.cell, i.impact])).toEqual([
      ['strength', 'Skilled team', 'B2', 5],
      ['strength', 'Loyal customers', 'B3', 3],
      ['weakness', 'Thin cash reserves', 'B4', 1],
      ['opportunity', 'New housing nearby', 'B5', 4],
      ['threat', 'Chain store opening', 'B6', undefined],
      ['threat', 'Loyers en hausse', 'B7', 1],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('finds the item column by its header even when it is not next to the category', () => {
    expect(
      brief([
        sheet('Risks', [
          ['Title: our SWOT review', _, _],
          [_, _, _],
          ['Type', 'Ref', 'Item'],
          ['Strength', 'x1', 'Good reviews'],
          ['Threat', 'x2', 'Parking charges'],
        ]),
      ]),
    ).toEqual(['S C4 Good reviews', 'T C5 Parking charges']);
  });

  it('reads items written left of the category column', () => {
    expect(
      brief([
        sheet('S1', [
          ['Description', 'Quadrant'],
          ['Fresh bread daily', 'Strength'],
          ['Old ovens', 'Weakness'],
          ['Office catering', 'Opportunity'],
        ]),
      ]),
    ).toEqual(['S A2 Fresh bread daily', 'W A3 Old ovens', 'O A4 Office catering']);
  });

  it('reads rows that hold several items after the quadrant name, with no header', () => {
    expect(
      brief([
        sheet('Grid', [
          ['Strengths', 'Team', 'Location'],
          ['Weaknesses', 'Cash', _],
          ['Opportunities', _, 'Tourists'],
          ['Threats', 'Rents', 'Chains'],
        ]),
      ]),
    ).toEqual(['S B1 Team', 'S C1 Location', 'W B2 Cash', 'O C3 Tourists', 'T B4 Rents', 'T C4 Chains']);
  });
});

describe('layout (b): one column per quadrant', () => {
  it('reads each column under its quadrant header and skips the title and header', () => {
    expect(
      brief([
        sheet('SWOT', [
          ['Our SWOT 2025', _, _, _],
          [_, _, _, _],
          ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'],
          ['Skilled team', 'Thin cash', 'New segment', 'New competitor'],
          ['Loyal customers', _, 'Grants', _],
        ]),
      ]),
    ).toEqual([
      'S A4 Skilled team',
      'W B4 Thin cash',
      'O C4 New segment',
      'T D4 New competitor',
      'S A5 Loyal customers',
      'O C5 Grants',
    ]);
  });

  it('attributes items to the company named on the first row of each block', () => {
    const result = importSwot([
      sheet('Competitors', [
        ['Company', 'Strengths', 'Weaknesses', 'Opportunities', 'Threats'],
        ['Bakery North', 'Sourdough', 'Small shop', 'Catering', 'Rents'],
        [_, 'Early opening', _, _, _],
        ['Café South', 'Terrace', 'Slow service', _, 'Rents'],
        [_, 'Terrace', _, _, _],
      ]),
    ]);
    expect(result.items.map((i) => [i.cell, i.entity])).toEqual([
      ['B2', 'Bakery North'],
      ['C2', 'Bakery North'],
      ['D2', 'Bakery North'],
      ['E2', 'Bakery North'],
      ['B3', 'Bakery North'],
      ['B4', 'Café South'],
      ['C4', 'Café South'],
      ['E4', 'Café South'],
    ]);
    // "Rents" twice but for two companies: both kept. "Terrace" twice for one company: kept once.
    expect(result.warnings).toEqual(['Competitors!B5 repeats the item in Competitors!B4, so it was imported once.']);
  });

  it('restarts a column when a new quadrant title appears in it', () => {
    expect(
      brief([
        sheet('Two by two in columns', [
          ['Strengths', 'Weaknesses'],
          ['Know-how', 'Small team'],
          ['Opportunities', 'Threats'],
          ['New market', 'Fast change'],
        ]),
      ]),
    ).toEqual(['S A2 Know-how', 'W B2 Small team', 'O A4 New market', 'T B4 Fast change']);
  });
});

describe('layout (c): a 2x2 grid with titles', () => {
  it('reads an English grid with axis labels, items below each title', () => {
    expect(
      brief([
        sheet('Grid', [
          [_, 'Helpful', _, 'Harmful'],
          ['Internal', 'Strengths', _, 'Weaknesses'],
          [_, 'Skilled team', _, 'Old equipment'],
          [_, 'Good location', _, _],
          ['External', 'Opportunities', _, 'Threats'],
          [_, 'Tourism growth', _, 'Rising rents'],
        ]),
      ]),
    ).toEqual([
      'S B3 Skilled team',
      'W D3 Old equipment',
      'S B4 Good location',
      'O B6 Tourism growth',
      'T D6 Rising rents',
    ]);
  });

  // Excel gives a merged title only in its first cell; a snapshot of ExcelJS repeats it on every row.
  const frenchMerged = (repeat: boolean): CellValue[][] => {
    const t = (title: string, first: boolean) => (first || repeat ? title : null);
    return [
      ['INTERNE', t('FORCES', true), _, t('FAIBLESSES', true), _],
      [t('INTERNE', false), t('FORCES', false), 'Savoir-faire', t('FAIBLESSES', false), 'Notoriété'],
      [t('INTERNE', false), t('FORCES', false), 'Confiance,', t('FAIBLESSES', false), _],
      ['EXTERNE', t('OPPORTUNITES', true), _, t('MENACES', true), _],
      [t('EXTERNE', false), t('OPPORTUNITES', false), 'Concurrence faible', t('MENACES', false), 'Taxe'],
    ];
  };

  it.each([
    ['title only in the first cell of each merge', false],
    ['title repeated down each merge', true],
  ])('reads a French grid with items to the right of the titles (%s)', (_label, repeat) => {
    expect(brief([sheet('SWOT', frenchMerged(repeat))])).toEqual([
      'S C2 Savoir-faire',
      'W E2 Notoriété',
      'S C3 Confiance',
      'O C5 Concurrence faible',
      'T E5 Taxe',
    ]);
  });

  it.each([
    ['Spanish', ['FORTALEZAS', 'DEBILIDADES', 'OPORTUNIDADES', 'AMENAZAS']],
    ['German', ['STÄRKEN', 'SCHWÄCHEN', 'CHANCEN', 'RISIKEN']],
    ['Portuguese', ['FORÇAS', 'FRAQUEZAS', 'OPORTUNIDADES', 'AMEAÇAS']],
    ['Italian', ['Punti di forza', 'Punti di debolezza', 'Opportunità', 'Minacce']],
  ])('reads a %s grid', (_lang, titles) => {
    const [s, w, o, t] = titles;
    expect(
      brief([
        sheet('G', [
          [s, _, w],
          ['Good bread', _, 'Old oven'],
          ['Loyal staff', _, _],
          [_, _, _],
          [o, _, t],
          ['Tourists', _, 'Rents'],
        ]),
      ]),
    ).toEqual(['S A2 Good bread', 'W C2 Old oven', 'S A3 Loyal staff', 'O A6 Tourists', 'T C6 Rents']);
  });

  it('reads a bare s/w/o/t template as empty', () => {
    const result = importSwot([
      sheet('List1', [
        ['s', _, 'w'],
        [_, _, _],
        ['o', _, 't'],
      ]),
    ]);
    expect(result.items).toEqual([]);
    expect(result.warnings).toEqual(['No SWOT items were found in List1.']);
  });

  it('trusts single letters as titles only when they spell out a SWOT', () => {
    expect(
      brief([
        sheet('Sizes', [
          ['S', 'M'],
          ['Small shirt', 'Medium shirt'],
        ]),
      ]),
    ).toEqual([]);
    expect(
      brief([
        sheet('Letters', [
          ['S', 'W'],
          ['Team', 'Cash'],
          ['O', 'T'],
          ['Tourists', 'Rents'],
        ]),
      ]),
    ).toEqual(['S A2 Team', 'W B2 Cash', 'O A4 Tourists', 'T B4 Rents']);
  });
});

describe('layout (d): one sheet per quadrant', () => {
  it('reads a list per sheet named after its quadrant, in any known language', () => {
    const result = importSwot([
      sheet('Strengths', [['Strengths'], ['Skilled team'], ['Loyal customers']]),
      sheet('Weaknesses', [
        ['Item', 'Impact'],
        ['Thin cash', 'High'],
        ['Old van', 2],
      ]),
      sheet('Opportunités', [['Tourisme'], ['Traiteur']]),
      sheet('Amenazas', [[_], ['Nuevos competidores']]),
      sheet('Notes', [['Call the bank on Monday']]),
    ]);
    expect(result.items.map((i) => [i.quadrant, i.sheet, i.cell, i.text, i.impact])).toEqual([
      ['strength', 'Strengths', 'A2', 'Skilled team', undefined],
      ['strength', 'Strengths', 'A3', 'Loyal customers', undefined],
      ['weakness', 'Weaknesses', 'A2', 'Thin cash', 5],
      ['weakness', 'Weaknesses', 'A3', 'Old van', 2],
      ['opportunity', 'Opportunités', 'A1', 'Tourisme', undefined],
      ['opportunity', 'Opportunités', 'A2', 'Traiteur', undefined],
      ['threat', 'Amenazas', 'A2', 'Nuevos competidores', undefined],
    ]);
  });
});

describe('layout (e): lists inside one cell', () => {
  it('splits bullet, dash and numbered lists into items sharing the cell address', () => {
    expect(
      brief([
        sheet('Grid', [
          ['Strengths', 'Weaknesses'],
          ['• Skilled team\n• Loyal customers', '- Thin cash; - Old van'],
          ['Opportunities', 'Threats'],
          ['1. Tourists\n2. Grants', 'Rents'],
        ]),
      ]),
    ).toEqual([
      'S A2 Skilled team',
      'S A2 Loyal customers',
      'W B2 Thin cash',
      'W B2 Old van',
      'O A4 Tourists',
      'O A4 Grants',
      'T B4 Rents',
    ]);
  });

  it('reads a cell holding its own title and list', () => {
    expect(
      brief([
        sheet('Board', [
          ['Strengths:\n• Skilled team\n• Location', 'Weaknesses\n- Cash'],
          ['Opportunities: tourism', 'Threats: rents'],
        ]),
      ]),
    ).toEqual(['S A1 Skilled team', 'S A1 Location', 'W B1 Cash', 'O A2 tourism', 'T B2 rents']);
  });
});

describe('templates with guidance text', () => {
  it('reads titles with explanations in brackets and skips guiding questions', () => {
    expect(
      brief([
        sheet('Template', [
          ['Strengths (what we do well)', 'Weaknesses [what holds us back]'],
          ['What do customers praise?', 'Where do we lose sales?'],
          ['Friendly staff', 'No website'],
          ['Opportunities: What is changing around us?', 'Threats (outside risks)'],
          ['Tourism', 'Rents'],
        ]),
      ]),
    ).toEqual(['S A3 Friendly staff', 'W B3 No website', 'O A5 Tourism', 'T B5 Rents']);
  });
});

describe('a quadrant written once per group', () => {
  const grouped: CellValue[][] = [
    ['Category', 'Item', 'Impact'],
    ['Strengths', 'Skilled team', 'High'],
    [_, 'Good location', 'Low'],
    ['Weaknesses', 'Thin cash', 'High'],
    [_, 'Old van', _],
    ['Opportunities', 'Tourists', 'Medium'],
    ['Threats', 'Rents', 'High'],
    [_, 'Chains', 'Low'],
    [_, _, _],
    [_, _, _],
    [_, 'Call the accountant', _],
  ];

  it('gives a blank category cell the label above it (a merged or grouped category column)', () => {
    const result = importSwot([sheet('Grouped', grouped)]);
    expect(result.items.map((i) => `${i.quadrant[0].toUpperCase()} ${i.cell} ${i.text} ${i.impact ?? '-'}`)).toEqual([
      'S B2 Skilled team 5',
      'S B3 Good location 1',
      'W B4 Thin cash 5',
      'W B5 Old van -',
      'O B6 Tourists 3',
      'T B7 Rents 5',
      'T B8 Chains 1',
    ]);
  });

  it('reads titles down the left with their items beside and below them', () => {
    expect(
      brief([
        sheet('Left titles', [
          ['Strengths', 'Team', 'Location'],
          [_, 'Reviews', _],
          ['Weaknesses', 'Cash', _],
          [_, 'Old van', _],
          ['Opportunities', 'Tourists', _],
          ['Threats', 'Rents', _],
          [_, 'Chains', _],
        ]),
      ]),
    ).toEqual([
      'S B1 Team',
      'S C1 Location',
      'S B2 Reviews',
      'W B3 Cash',
      'W B4 Old van',
      'O B5 Tourists',
      'T B6 Rents',
      'T B7 Chains',
    ]);
  });
});
