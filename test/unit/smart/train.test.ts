import { FEATURES } from '../../../src/core/smart/features';
import WEIGHTS from '../../../src/core/smart/weights.json';
import { LabelsFileError, organisationOf, parseBusiness, parseSmartSpan } from '../../../eval/smartData';
import { featureRows, FEATURES_OF, LEARNED, weightsFile } from '../../../eval/smartModel';

const line = (o: object): string => JSON.stringify(o);
const BUSINESS = [
  line({
    goal: 'Increase sales of sourdough by 15% by 30 June 2027',
    specific: 1,
    measurable: 1,
    timeBound: 1,
    source: 'https://www.example.com/a',
  }),
  line({ goal: 'Improve things', specific: 0, measurable: 0, timeBound: 0, source: 'acme/handbook@abc goals.md' }),
  line({
    goal: 'Launch the new booking page',
    specific: 1,
    measurable: 1,
    timeBound: null,
    source: 'acme/okrs@def q1.md',
  }),
  line({
    goal: 'Grow monthly visitors',
    specific: 1,
    measurable: 0,
    timeBound: 0,
    source: 'https://blog.example.com/b',
  }),
].join('\n');

describe('the labels files the model is trained on', () => {
  it('reads business goals with their organisation as the group', () => {
    const goals = parseBusiness(BUSINESS, 'goals.jsonl');
    expect(goals.map((g) => g.group)).toEqual([
      'business:example.com',
      'business:acme',
      'business:acme',
      'business:example.com',
    ]);
    expect(goals[2].timeBound).toBeNull();
  });

  it('keeps the pages of one organisation together', () => {
    expect(organisationOf('https://www2.ed.gov/about/overview/focus/goals.html (FY 2018-19 version)')).toBe('ed.gov');
    expect(organisationOf('src-d/okrs@b262 2018-Q2.md')).toBe(
      organisationOf('src-d/guide@1fc8 general/OKRs/README.md'),
    );
  });

  it.each([
    ['not JSON', '{"goal": "Sell more"', 1, /not a JSON object/],
    [
      'a label that is not 0, 1 or null',
      line({ goal: 'Sell more', specific: 'yes', source: 's' }),
      1,
      /"specific" must be 0, 1 or null/,
    ],
    ['an empty goal', line({ goal: '  ', specific: 1, source: 's' }), 1, /"goal" must be non-empty text/],
    ['a missing source', line({ goal: 'Sell more', specific: 1 }), 1, /"source" must be non-empty text/],
  ])('refuses a line with %s, naming the line', (_what, bad, _n, message) => {
    const text = `${BUSINESS}\n\n${bad}\n`;
    expect(() => parseBusiness(text, 'goals.jsonl')).toThrow(LabelsFileError);
    expect(() => parseBusiness(text, 'goals.jsonl')).toThrow(/goals\.jsonl, line 6: /);
    expect(() => parseBusiness(text, 'goals.jsonl')).toThrow(message);
  });

  it('refuses a SMARTSpan line without its note', () => {
    expect(() => parseSmartSpan(line({ goal: 'walk daily', specific: 1 }), 'span.jsonl')).toThrow(/line 1: "note_id"/);
  });
});

describe('training', () => {
  const rows = () => featureRows(parseBusiness(BUSINESS, 'goals.jsonl'));

  it('gives the same weights for the same goals, every time', () => {
    expect(JSON.stringify(weightsFile(rows()))).toBe(JSON.stringify(weightsFile(rows())));
  });

  it('learns only from the signs each criterion may use', () => {
    const file = weightsFile(rows()) as Record<string, { weights: number[] }>;
    FEATURES.forEach((name, j) => {
      if (!FEATURES_OF.timeBound.includes(name)) expect(file.timeBound.weights[j]).toBe(0);
    });
  });

  it('ships one weight per feature for each learned criterion, in a small file', () => {
    for (const c of LEARNED) expect(WEIGHTS[c].weights).toHaveLength(FEATURES.length);
    expect(JSON.stringify(WEIGHTS).length).toBeLessThan(30 * 1024);
  });
});
