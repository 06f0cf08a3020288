import { KPI_MESSAGES, parseDirection, parseTarget, parseThresholds, DEFAULT_THRESHOLDS } from './index';

describe('parseDirection', () => {
  it.each([
    [null, 'higher'],
    ['', 'higher'],
    ['Up', 'higher'],
    ['MAXIMIZE', 'higher'],
    ['Higher is better', 'higher'],
    ['higher  is better', 'higher'],
    ['Down', 'lower'],
    ['less is better', 'lower'],
    ['Reduce', 'lower'],
    ['min', 'lower'],
    ['between', 'range'],
    ['Within', 'range'],
    ['>=', 'maintainAbove'],
    ['at least', 'maintainAbove'],
    ['Keep Above', 'maintainAbove'],
    ['maintain', 'maintainAbove'],
    ['<=', 'maintainBelow'],
    ['At Most', 'maintainBelow'],
    ['keep below', 'maintainBelow'],
  ])('reads %p as %s', (word, direction) => {
    expect(parseDirection(word)).toEqual({ ok: true, value: direction });
  });

  it('refuses an unknown word with a reason naming the accepted words', () => {
    const r = parseDirection('sideways');
    expect(r).toEqual({ ok: false, reason: KPI_MESSAGES.directionUnknown('sideways') });
    if (!r.ok)
      for (const w of ['higher', 'lower', 'range', 'maintain', 'at least', 'down']) expect(r.reason).toContain(w);
  });
});

describe('parseTarget', () => {
  it.each([
    [100, { kind: 'value', value: 100 }],
    ['1,200', { kind: 'value', value: 1200 }],
    ['$1,200', { kind: 'value', value: 1200 }],
    ['95%', { kind: 'value', value: 0.95 }],
    ['≥ 95%', { kind: 'value', value: 0.95 }],
    ['-5', { kind: 'value', value: -5 }],
    ['90-110', { kind: 'range', low: 90, high: 110 }],
    ['90 to 110', { kind: 'range', low: 90, high: 110 }],
    ['110 – 90', { kind: 'range', low: 90, high: 110 }],
    ['-5 to 5', { kind: 'range', low: -5, high: 5 }],
    ['between 2% and 3%', { kind: 'range', low: 0.02, high: 0.03 }],
  ])('reads %p', (input, target) => {
    expect(parseTarget(input, 'higher')).toEqual({ ok: true, value: target });
  });

  it('reads a 1x2 range of cells as a band, in either order', () => {
    expect(parseTarget([110, 90], 'range')).toEqual({ ok: true, value: { kind: 'range', low: 90, high: 110 } });
  });

  it('refuses a blank, unreadable text, and a single number for a range direction', () => {
    expect(parseTarget(null, 'higher')).toEqual({ ok: false, reason: KPI_MESSAGES.targetMissing });
    expect(parseTarget('lots', 'higher')).toEqual({ ok: false, reason: KPI_MESSAGES.targetUnreadable('lots') });
    expect(parseTarget(100, 'range')).toEqual({ ok: false, reason: KPI_MESSAGES.rangeNeedsTwo });
    expect(parseTarget(Number.POSITIVE_INFINITY, 'higher').ok).toBe(false);
  });
});

describe('parseThresholds', () => {
  it('gives the defaults for a blank', () => {
    expect(parseThresholds(null)).toEqual({ ok: true, value: DEFAULT_THRESHOLDS });
    expect(parseThresholds(' ')).toEqual({ ok: true, value: { onTrack: 0.95, atRisk: 0.85 } });
  });

  it.each([
    ['0.9,0.7', 0.9, 0.7],
    ['90%, 70%', 0.9, 0.7],
    ['90,70', 0.9, 0.7],
    ['0.9;0.7', 0.9, 0.7],
    [0.9, 0.9, 0.8],
  ])('reads %p', (input, onTrack, atRisk) => {
    const r = parseThresholds(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.onTrack).toBeCloseTo(onTrack, 12);
      expect(r.value.atRisk).toBeCloseTo(atRisk, 12);
    }
  });

  it('refuses thresholds in the wrong order or unreadable', () => {
    expect(parseThresholds('0.7,0.9')).toEqual({ ok: false, reason: KPI_MESSAGES.thresholdsOrder });
    expect(parseThresholds('soon').ok).toBe(false);
  });
});
