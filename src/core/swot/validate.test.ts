import { SWOT_MESSAGES } from './messages';
import type { SwotItem } from './types';
import { MAX_ITEM_LENGTH, validateItem } from './validate';

const item = (id: string, quadrant: SwotItem['quadrant'], text: string): SwotItem => ({
  id,
  quadrant,
  text,
  impact: 3,
  evidence: '',
  goals: [],
});

describe('validateItem', () => {
  it('trims text and collapses inner spacing', () => {
    const r = validateItem({ quadrant: 'strength', text: '   Loyal \n  customers  ', impact: 4 });
    expect(r.ok).toBe(true);
    expect(r.value.text).toBe('Loyal customers');
    expect(r.value.impact).toBe(4);
  });

  it('refuses empty or blank text', () => {
    for (const text of ['', '   ', '\n\t', null, undefined]) {
      const r = validateItem({ quadrant: 'weakness', text });
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => i.message)).toContain(SWOT_MESSAGES.textRequired);
    }
  });

  it('clamps impact to 1-5 and rounds it, with a warning', () => {
    expect(validateItem({ quadrant: 'threat', text: 'x', impact: 9 }).value.impact).toBe(5);
    expect(validateItem({ quadrant: 'threat', text: 'x', impact: 0 }).value.impact).toBe(1);
    const r = validateItem({ quadrant: 'threat', text: 'x', impact: 3.6 });
    expect(r.value.impact).toBe(4);
    expect(r.issues.map((i) => i.code)).toEqual(['impact-clamped']);
    expect(r.ok).toBe(true);
  });

  it('uses 3 for an unreadable impact and says so, and 3 silently when none is given', () => {
    const bad = validateItem({ quadrant: 'opportunity', text: 'x', impact: 'lots' });
    expect(bad.value.impact).toBe(3);
    expect(bad.issues[0].message).toBe(SWOT_MESSAGES.impactDefaulted('lots'));
    const none = validateItem({ quadrant: 'opportunity', text: 'x' });
    expect(none.value.impact).toBe(3);
    expect(none.issues).toEqual([]);
    expect(validateItem({ quadrant: 'opportunity', text: 'x', impact: ' 2 ' }).value.impact).toBe(2);
  });

  it('shortens very long text with a flag, keeping it under the limit', () => {
    const long = 'We have a very experienced team '.repeat(40);
    const r = validateItem({ quadrant: 'strength', text: long });
    expect(r.truncated).toBe(true);
    expect(r.ok).toBe(true);
    expect(r.value.text.length).toBeLessThanOrEqual(MAX_ITEM_LENGTH);
    expect(r.value.text.endsWith('…')).toBe(true);
    expect(r.issues.map((i) => i.code)).toContain('text-truncated');
    expect(validateItem({ quadrant: 'strength', text: 'short' }).truncated).toBe(false);
  });

  it('finds a duplicate in the same quadrant ignoring case, accents and spacing', () => {
    const existing = [item('S-1', 'strength', 'Loyal customers'), item('S-2', 'strength', 'Café on the square')];
    const r = validateItem({ quadrant: 'strength', text: '  loyal   CUSTOMERS. ' }, existing);
    expect(r.ok).toBe(false);
    expect(r.duplicateOf).toBe('S-1');
    expect(validateItem({ quadrant: 'strength', text: 'cafe on the SQUARE' }, existing).duplicateOf).toBe('S-2');
  });

  it('does not call an item its own duplicate when editing it', () => {
    const existing = [item('S-1', 'strength', 'Loyal customers')];
    expect(validateItem({ quadrant: 'strength', text: 'Loyal customers!' }, existing, { selfId: 'S-1' }).ok).toBe(true);
  });

  it('only warns when the same words sit in another quadrant', () => {
    const existing = [item('S-1', 'strength', 'Trust')];
    const r = validateItem({ quadrant: 'threat', text: 'trust' }, existing);
    expect(r.ok).toBe(true);
    expect(r.duplicateOf).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['duplicate-other-quadrant']);
  });

  it('keeps formula-looking text as plain text', () => {
    expect(validateItem({ quadrant: 'strength', text: '=HYPERLINK("http://x","y")' }).value.text).toBe(
      '=HYPERLINK("http://x","y")',
    );
  });

  it('reads goal links from a list or a comma-separated cell', () => {
    expect(validateItem({ quadrant: 'strength', text: 'x', goals: 'G-001, G-002,' }).value.goals).toEqual([
      'G-001',
      'G-002',
    ]);
    expect(validateItem({ quadrant: 'strength', text: 'x', goals: ['G-003', 4] }).value.goals).toEqual(['G-003']);
  });
});
