import { readFileSync } from 'fs';
import { join } from 'path';
import { EN as SMART_EN } from '../../src/core/lang/smart/en';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { collapseWordLists } = require('../../scripts/wordListLoader.js') as {
  collapseWordLists: (source: string) => string;
};

describe('the build step that writes word lists on one line', () => {
  it('keeps every word, in order, and only rewrites words(`…`) texts', () => {
    const source = 'const a = words(`\n    one two\n      three\n`);\nconst b = `keep\n  me`;';
    expect(collapseWordLists(source)).toBe('const a = words(`one two three`);\nconst b = `keep\n  me`;');
  });

  it('leaves a pack reading the same words after the rewrite', () => {
    const path = join(__dirname, '../../src/core/lang/smart/en.ts');
    const lists = (text: string) => [...text.matchAll(/words\(`([^`]*)`\)/g)].map((m) => m[1].trim().split(/\s+/));
    const before = lists(readFileSync(path, 'utf8'));
    const after = lists(collapseWordLists(readFileSync(path, 'utf8')));
    expect(after).toEqual(before);
    expect(after.flat()).toEqual(expect.arrayContaining([...SMART_EN.genericWords]));
  });
});
