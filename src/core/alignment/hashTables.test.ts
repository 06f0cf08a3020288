import fc from 'fast-check';
import { IntList, NumberTable, TextTable } from './hashTables';

describe('NumberTable', () => {
  it('finds what was set, misses what was not, and keeps the last value set for a key', () => {
    const table = new NumberTable(4);
    table.set(0, 7);
    table.set(2 ** 40 + 3, 0);
    table.set(5, 1);
    table.set(5, 2);
    expect([table.get(0), table.get(2 ** 40 + 3), table.get(5), table.get(6), table.get(2 ** 40)]).toEqual([
      7, 0, 2, -1, -1,
    ]);
  });

  it('agrees with a Map whatever it was sized for, as it grows', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 50 }),
        fc.array(fc.tuple(fc.maxSafeNat(), fc.nat({ max: 2 ** 31 - 2 })), { maxLength: 300 }),
        (expected, entries) => {
          const table = new NumberTable(expected);
          const map = new Map<number, number>();
          for (const [key, value] of entries) {
            table.set(key, value);
            map.set(key, value);
          }
          for (const [key] of entries) expect(table.get(key)).toBe(map.get(key));
          expect(table.get(-1)).toBe(-1);
        },
      ),
    );
  });
});

describe('TextTable', () => {
  it('keeps the first number stored for a text and says what it was when the text comes again', () => {
    const table = new TextTable(2);
    expect(table.addIfAbsent('G-001', 0)).toBe(-1);
    expect(table.addIfAbsent('G-002', 1)).toBe(-1);
    expect(table.addIfAbsent('G-001', 5)).toBe(0);
    expect([table.get('G-001'), table.get('G-002'), table.get('g-001'), table.get('')]).toEqual([0, 1, -1, -1]);
  });

  it('agrees with a Map over many texts, well past the size it was made for', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 400 }), (texts) => {
        const table = new TextTable(1);
        const map = new Map<string, number>();
        texts.forEach((text, i) => {
          const before = table.addIfAbsent(text, i);
          expect(before).toBe(map.get(text) ?? -1);
          if (!map.has(text)) map.set(text, i);
        });
        for (const text of texts) expect(table.get(text)).toBe(map.get(text));
      }),
    );
  });
});

describe('IntList', () => {
  it('grows past its first size, and after clear holds only what is pushed again', () => {
    const list = new IntList(2);
    for (let i = 0; i < 40; i++) list.push(i * 3);
    expect([list.length, list.includes(117), list.includes(118)]).toEqual([40, true, false]);
    list.clear();
    list.push(7);
    list.push(5);
    expect([list.length, list.includes(117), list.includes(5)]).toEqual([2, false, true]);
    expect(list.copy()).toEqual([7, 5]);
  });
});
