/**
 * Remembers a function's answer per key, for inputs a workbook repeats thousands of times (a few direction
 * words, frequency words, dates and words down a long table). Bounded: past `limit` keys the memory is
 * emptied and starts again, so a sheet of all-different values cannot grow it without end.
 * `compute` must not return undefined (it marks a key not yet seen).
 */
export function boundedMemo<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
