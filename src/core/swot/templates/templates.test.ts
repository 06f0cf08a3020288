import { SWOT_QUADRANTS } from '../types';
import { BUSINESS_TEMPLATES, DEFAULT_TEMPLATE_ID, getBusinessTemplate } from './index';

describe('business-type templates', () => {
  it('offers the eight business types, general first', () => {
    expect(BUSINESS_TEMPLATES.map((t) => t.id)).toEqual([
      'general',
      'retail',
      'food-hospitality',
      'professional-services',
      'trades',
      'ecommerce',
      'manufacturing',
      'non-profit',
    ]);
    expect(DEFAULT_TEMPLATE_ID).toBe('general');
  });

  it('gives every type a unique id, a plain name and a one-line description', () => {
    expect(new Set(BUSINESS_TEMPLATES.map((t) => t.id)).size).toBe(BUSINESS_TEMPLATES.length);
    for (const t of BUSINESS_TEMPLATES) {
      expect(t.name.trim()).not.toBe('');
      expect(t.description).not.toMatch(/\n/);
      expect(t.description.length).toBeGreaterThan(10);
    }
  });

  it.each(BUSINESS_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s has 3-5 questions and 4-6 examples per quadrant',
    (_id, t) => {
      for (const q of SWOT_QUADRANTS) {
        const guide = t.quadrants[q];
        expect(guide.questions.length).toBeGreaterThanOrEqual(3);
        expect(guide.questions.length).toBeLessThanOrEqual(5);
        expect(guide.examples.length).toBeGreaterThanOrEqual(4);
        expect(guide.examples.length).toBeLessThanOrEqual(6);
        for (const question of guide.questions) expect(question.trim()).toMatch(/\?$/);
        for (const example of guide.examples) expect(example.trim().length).toBeGreaterThan(3);
      }
    },
  );

  it('writes examples specific to each type rather than one shared list', () => {
    const seen = new Map<string, string>();
    for (const t of BUSINESS_TEMPLATES) {
      for (const q of SWOT_QUADRANTS) {
        for (const example of t.quadrants[q].examples) {
          const key = example.toLowerCase();
          expect({ example, alsoIn: seen.get(key) }).toEqual({ example, alsoIn: undefined });
          seen.set(key, t.id);
        }
      }
    }
  });

  it('falls back to the general template for an unknown or missing id', () => {
    expect(getBusinessTemplate('retail').name).toBe('Retail shop');
    expect(getBusinessTemplate('space-tourism').id).toBe('general');
    expect(getBusinessTemplate(null).id).toBe('general');
  });
});
