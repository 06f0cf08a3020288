import type { CellValue, SheetSnapshot } from '../../grid/types';
import { importSwot } from './importSwot';
import { splitBullets } from './bullets';
import { splitCountermeasure } from './strategies';

const _ = null;
const sheet = (name: string, values: CellValue[][], formulas?: (string | null)[][]): SheetSnapshot => ({
  name,
  origin: { row: 0, col: 0 },
  values,
  ...(formulas ? { formulas } : {}),
});
const items = (sheets: SheetSnapshot[]) =>
  importSwot(sheets).items.map((i) => `${i.quadrant[0].toUpperCase()} ${i.cell} ${i.text}`);
const strategies = (sheets: SheetSnapshot[]) =>
  importSwot(sheets).strategies.map((s) => `${s.type ?? '-'} ${s.cell} ${s.text} <- ${s.from.join(',')}`);

describe('countermeasures written with an item', () => {
  it('splits "item -> measure" and "(strategy: ...)" from the item', () => {
    expect(splitCountermeasure('Old ovens -> replace one a year')).toEqual({
      item: 'Old ovens',
      strategy: 'replace one a year',
    });
    expect(splitCountermeasure('Old ovens (strategy: replace one a year)')).toEqual({
      item: 'Old ovens',
      strategy: 'replace one a year',
    });
    expect(splitCountermeasure('(Estrategia: abrir los domingos)')).toEqual({
      item: null,
      strategy: 'abrir los domingos',
    });
    expect(splitCountermeasure('Margin -5% -> 0%')).toEqual({ item: 'Margin -5%', strategy: '0%' });
    expect(splitCountermeasure('Flour costs (2024: up 12%)')).toEqual({
      item: 'Flour costs (2024: up 12%)',
      strategy: null,
    });
  });

  it('imports the measure in "item -> measure" as a strategy answering the item', () => {
    const book = [
      sheet('SWOT', [
        ['Strengths', 'Weaknesses'],
        ['Loyal regulars -> loyalty card', 'Old ovens -> replace one a year'],
      ]),
    ];
    expect(items(book)).toEqual(['S A2 Loyal regulars', 'W B2 Old ovens']);
    expect(strategies(book)).toEqual(['- A2 loyalty card <- SWOT!A2', '- B2 replace one a year <- SWOT!B2']);
  });

  it('reads a "(strategy: ...)" row under an item as that item\'s strategy', () => {
    const book = [sheet('SWOT', [['Threats'], ['New chain store'], ['(strategy: open earlier)'], ['Rents rising']])];
    expect(items(book)).toEqual(['T A2 New chain store', 'T A4 Rents rising']);
    expect(strategies(book)).toEqual(['- A3 open earlier <- SWOT!A2']);
  });

  it('reads measures written one row down and one column right of each item as strategies', () => {
    const book = [
      sheet('List1', [
        ['Strengths', _, _, 'Weaknesses', _],
        ['Regulars', _, _, 'Small range', _],
        [_, 'loyalty rewards', _, _, 'more suppliers'],
        ['Location', _, _, 'Old building', _],
        [_, 'keep the shop front tidy', _, _, 'renovate'],
      ]),
    ];
    expect(items(book)).toEqual(['S A2 Regulars', 'W D2 Small range', 'S A4 Location', 'W D4 Old building']);
    expect(strategies(book)).toEqual([
      '- B3 loyalty rewards <- List1!A2',
      '- E3 more suppliers <- List1!D2',
      '- B5 keep the shop front tidy <- List1!A4',
      '- E5 renovate <- List1!D4',
    ]);
  });

  it('reads a column headed as a measure as strategies for the item on the same row', () => {
    const book = [
      sheet('Plan', [
        ['Threats', 'Action'],
        ['New chain store', 'Open earlier'],
        ['Flour prices', 'Buy ahead'],
      ]),
    ];
    expect(items(book)).toEqual(['T A2 New chain store', 'T A3 Flour prices']);
    expect(strategies(book)).toEqual(['- B2 Open earlier <- Plan!A2', '- B3 Buy ahead <- Plan!A3']);
  });
});

describe('TOWS matrices', () => {
  const matrix = () =>
    sheet('TOWS', [
      [_, _, 'Opportunities', 'Threats'],
      [_, _, 'Tourists', 'Chain store'],
      ['Strengths', 'Good bread', 'SO strategies\nHow can a strength seize an opportunity?', _],
      [_, _, 'Sell bread at the station', 'Loyalty card against the chain'],
      ['Weaknesses', 'Old ovens', 'Lease ovens for the summer rush', 'Share a delivery van'],
    ]);

  it('imports the cross-strategies of the body with their pairing, and no prompt as a strategy', () => {
    expect(strategies([matrix()])).toEqual([
      'SO C4 Sell bread at the station <- ',
      'ST D4 Loyalty card against the chain <- ',
      'WO C5 Lease ovens for the summer rush <- ',
      'WT D5 Share a delivery van <- ',
    ]);
  });

  it('keeps the items along its edges only when no other sheet lists them', () => {
    expect(items([matrix()])).toEqual(['O C2 Tourists', 'T D2 Chain store', 'S B3 Good bread', 'W B5 Old ovens']);
    const swot = sheet('SWOT', [
      ['Strengths', 'Threats'],
      ['Good bread', 'Chain store'],
    ]);
    expect(items([swot, matrix()])).toEqual(['S A2 Good bread', 'T B2 Chain store']);
  });

  it('reads a grid in S-O / W-T order as a SWOT, not as a TOWS matrix', () => {
    const book = [
      sheet('Grid', [
        ['Strengths', 'Opportunities'],
        ['Good bread', 'Tourists'],
        ['Weaknesses', 'Threats'],
        ['Old ovens', 'Chain store'],
      ]),
    ];
    expect(items(book)).toEqual(['S A2 Good bread', 'O B2 Tourists', 'W A4 Old ovens', 'T B4 Chain store']);
    expect(importSwot(book).strategies).toEqual([]);
  });
});

describe('cells that are not items', () => {
  it('skips totals, pre-numbered empty rows, scores and copies of items shown through a formula', () => {
    const book = [
      sheet('SWOT', [
        ['Strengths', _, 'Score'],
        [1, 'Good bread', 5],
        [2, 'Loyal regulars', 4],
        [3, _, _],
        [4, _, _],
        ['Total', _, 9],
      ]),
      sheet(
        'Review',
        [
          ['Strengths', 'Weight'],
          ['Good bread', 10],
        ],
        [
          [null, null],
          ['=SWOT!B2', null],
        ],
      ),
    ];
    expect(items(book)).toEqual(['S B2 Good bread', 'S B3 Loyal regulars']);
  });

  it('joins a line wrapped by hand into the next cell to the item it continues', () => {
    expect(
      items([
        sheet('Notes', [
          ['Strengths'],
          ['S1: website with links and information,'],
          ['specifically.'],
          ['S2: good ranking'],
        ]),
      ]),
    ).toEqual(['S A2 S1: website with links and information, specifically.', 'S A4 S2: good ranking']);
  });
});

describe('text wrapped by hand inside a cell', () => {
  it('keeps a lower-case line that continues a sentence with the line before it', () => {
    expect(splitBullets('Train the staff\nso they meet the new rules')).toEqual([
      'Train the staff so they meet the new rules',
    ]);
    expect(splitBullets('Good bread.\nfriendly staff')).toEqual(['Good bread.', 'friendly staff']);
  });
});

describe('strategies kept apart by their sheet or table', () => {
  it("reads a sheet named after a TOWS pairing as that pairing's strategies, and a to-do list as nothing", () => {
    const book = [
      sheet('SWOT', [
        ['Strengths', 'Threats'],
        ['Good bread', 'Chain store'],
      ]),
      sheet('ST strategies', [['Strategy'], ['Loyalty card against the chain'], ['Sunday opening']]),
      sheet('TO DO', [['Call the mill'], ['Fix the oven door']]),
    ];
    expect(items(book)).toEqual(['S A2 Good bread', 'T B2 Chain store']);
    expect(strategies(book)).toEqual(['ST A2 Loyalty card against the chain <- ', 'ST A3 Sunday opening <- ']);
  });

  it('reads a pairing table ("Strengths | Threats | Action to take") as strategies of that pairing, not as new items', () => {
    const book = [
      sheet('SWOT', [
        ['Strengths', 'Threats'],
        ['Good bread', 'Chain store'],
      ]),
      sheet('Plan', [
        ['DEFENCES', _, _],
        ['Strengths', 'Threats', 'Action to take'],
        ['Good bread', 'Chain store', 'Loyalty card'],
      ]),
    ];
    expect(items(book)).toEqual(['S A2 Good bread', 'T B2 Chain store']);
    expect(strategies(book)).toEqual(['ST C3 Loyalty card <- Plan!B3']);
  });
});
