import type { CellValue, SheetSnapshot } from '../../grid/types';
import { importSwot } from './importSwot';
import { readImpactTag } from './impactTag';

const sheet = (values: CellValue[][]): SheetSnapshot => ({ name: 'SWOT', origin: { row: 0, col: 0 }, values });

describe('impact tags written inside an item', () => {
  it.each([
    ['Chain store opening nearby (impact: high)', 'Chain store opening nearby', 5],
    ['Chain store opening nearby [H]', 'Chain store opening nearby', 5],
    ['[L] Parking is hard to find', 'Parking is hard to find', 1],
    ['Nueva cadena en el barrio (alto impacto)', 'Nueva cadena en el barrio', 5],
    ['Nueva cadena en el barrio - impacto bajo', 'Nueva cadena en el barrio', 1],
    ['Hausse des loyers (impact élevé)', 'Hausse des loyers', 5],
    ['Hausse des loyers ; impact moyen', 'Hausse des loyers', 3],
    ['Mietsteigerung (Auswirkung: hoch)', 'Mietsteigerung', 5],
    ['Mietsteigerung, hohe Auswirkung', 'Mietsteigerung', 5],
    ['Aumento dos aluguéis (impacto: médio)', 'Aumento dos aluguéis', 3],
    ['Loyal regulars (impact 4)', 'Loyal regulars', 4],
    ['Loyal regulars [4/5]', 'Loyal regulars', 4],
  ])('reads "%s" as "%s" with impact %d', (text, rest, impact) => {
    expect(readImpactTag(text)).toEqual({ text: rest, impact });
  });

  it.each([
    'Prices are high',
    'Rents - high',
    'Estabilidad económica en el pais (E)',
    'La no separacion oportuna (L)',
    'Sales grew (2024)',
    'Opening hours (weekends)',
  ])('leaves "%s" alone: no impact tag there', (text) => {
    expect(readImpactTag(text)).toBeNull();
  });

  it('gives a tagged threat its impact and clean text, so it is not left at the default', () => {
    const result = importSwot([
      sheet([
        ['Strengths', 'Threats'],
        ['Loyal regulars [H]', 'Chain store opening nearby (impact: high)'],
        ['Skilled bakers', 'Flour prices (impact: low)'],
      ]),
    ]);
    expect(result.items.map((i) => [i.quadrant, i.text, i.impact])).toEqual([
      ['strength', 'Loyal regulars', 5],
      ['threat', 'Chain store opening nearby', 5],
      ['strength', 'Skilled bakers', undefined],
      ['threat', 'Flour prices', 1],
    ]);
  });

  it('prefers the tag over the impact column for the item it is written in', () => {
    const result = importSwot([
      sheet([
        ['Category', 'Item', 'Impact'],
        ['Threat', 'Flour prices (impact: high)', 2],
        ['Threat', 'New bakery in town', 4],
      ]),
    ]);
    expect(result.items.map((i) => [i.text, i.impact])).toEqual([
      ['Flour prices', 5],
      ['New bakery in town', 4],
    ]);
  });
});
