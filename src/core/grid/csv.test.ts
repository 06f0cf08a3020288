import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks inside them', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\n1,2,3,4\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('keeps empty fields and a last line without a line break', () => {
    expect(parseCsv(',x,\n$1,433')).toEqual([
      ['', 'x', ''],
      ['$1', '433'],
    ]);
  });
});
