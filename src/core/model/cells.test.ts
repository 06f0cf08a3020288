import { saysNothingYet } from './cells';

describe('saysNothingYet', () => {
  it('hears "nothing here yet" in the words and marks people type', () => {
    for (const text of [
      '',
      '   ',
      'TBD',
      'tbc',
      'n/a',
      'N/A',
      'NA',
      '-',
      '?',
      '—',
      'None',
      'to be confirmed',
      'Unassigned',
    ])
      expect([text, saysNothingYet(text)]).toEqual([text, true]);
  });

  it('takes IDs, names and numbers at their word, including ones that start like those words', () => {
    for (const text of [
      'G-001',
      'g-001',
      'Nurture local suppliers',
      'Tom',
      'Ann Lee',
      '2027',
      'Unit sales',
      'N-1',
      'ST-1',
    ])
      expect([text, saysNothingYet(text)]).toEqual([text, false]);
  });
});
