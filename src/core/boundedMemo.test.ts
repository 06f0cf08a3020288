import { boundedMemo } from './boundedMemo';

describe('boundedMemo', () => {
  it('works each key out once while it is remembered', () => {
    const seen: string[] = [];
    const upper = boundedMemo((s: string) => {
      seen.push(s);
      return s.toUpperCase();
    }, 10);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('remembers a null answer too', () => {
    let calls = 0;
    const none = boundedMemo((): null => {
      calls++;
      return null;
    }, 10);
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('forgets everything past its limit and still answers right', () => {
    const seen: number[] = [];
    const double = boundedMemo((n: number) => {
      seen.push(n);
      return n * 2;
    }, 2);
    expect([double(1), double(2), double(3), double(1)]).toEqual([2, 4, 6, 2]);
    // The third key emptied the memory, so 1 was worked out again.
    expect(seen).toEqual([1, 2, 3, 1]);
  });
});
