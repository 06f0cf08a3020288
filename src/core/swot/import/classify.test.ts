import { classifyText } from './classify';
import { splitBullets } from './bullets';
import { readImpactCell } from './impact';
import { cellError } from '../../grid/types';

const quadrantOf = (text: string) => {
  const k = classifyText(text);
  return k.kind === 'quadrant' ? k.quadrant : k.kind;
};

describe('quadrant words in several languages', () => {
  it.each([
    ['Strengths', 'strength'],
    ['WEAKNESSES', 'weakness'],
    ['opportunities', 'opportunity'],
    ['Threat', 'threat'],
    ['Key strengths (internal)', 'strength'],
    ['S - Strengths', 'strength'],
    ['FORCES', 'strength'],
    ['FAIBLESSES', 'weakness'],
    ['OPPORTUNITES', 'opportunity'],
    ['Opportunités', 'opportunity'],
    ['MENACES', 'threat'],
    ['Points forts', 'strength'],
    ['FORTALEZAS', 'strength'],
    ['DEBILIDADES', 'weakness'],
    ['OPORTUNIDADES', 'opportunity'],
    ['AMENAZAS', 'threat'],
    ['STÄRKEN', 'strength'],
    ['SCHWÄCHEN', 'weakness'],
    ['CHANCEN', 'opportunity'],
    ['RISIKEN', 'threat'],
    ['FORÇAS', 'strength'],
    ['FRAQUEZAS', 'weakness'],
    ['AMEAÇAS', 'threat'],
    ['Punti di forza', 'strength'],
    ['Punti di debolezza', 'weakness'],
    ['Opportunità', 'opportunity'],
    ['Minacce', 'threat'],
    ['Zwakke punten', 'weakness'],
    ['Słabe strony', 'weakness'],
    ['Zayıf yönler', 'weakness'],
  ])('reads "%s" as %s', (text, quadrant) => {
    expect(quadrantOf(text)).toBe(quadrant);
  });

  it('reads single letters as weak quadrant labels', () => {
    expect(classifyText('S')).toEqual({ kind: 'quadrant', quadrant: 'strength', weak: true, letter: 's' });
    expect(classifyText('t')).toEqual({ kind: 'quadrant', quadrant: 'threat', weak: true, letter: 't' });
    expect(classifyText('D')).toEqual({ kind: 'quadrant', quadrant: 'weakness', weak: true, letter: 'd' });
  });

  it('reads IDs, numbers, marks and pairing codes as labels, never as items', () => {
    for (const code of ['X', 'x', 'F1', 'S-2', '12', '3.', 'F1:O4', 'D1: A4', 'FO', 'DA', 'S-O'])
      expect([code, classifyText(code).kind]).toEqual([code, 'code']);
    expect(classifyText('AI').kind).toBe('text');
  });

  it('reads quadrant titles written with one typo', () => {
    expect(quadrantOf('Strenghts')).toBe('strength');
    expect(quadrantOf('Threads')).toBe('threat');
    expect(quadrantOf('The SWOT Factor - Oppurtunity')).toBe('opportunity');
    expect(quadrantOf('Weaknesess')).toBe('weakness');
    expect(quadrantOf('Str.')).toBe('strength');
    expect(quadrantOf('Opp.')).toBe('opportunity');
    expect(quadrantOf('Amen.')).toBe('threat');
    expect(quadrantOf('Fraq.')).toBe('weakness');
    expect(quadrantOf('Schw.')).toBe('weakness');
    // "Fort." starts fortalezas and "forts" (points forts): both strengths; "Opp" without its dot is a word.
    expect(quadrantOf('Fort.')).toBe('strength');
    expect(quadrantOf('Etc.')).toBe('text');
    // Short words are too close to ordinary ones to guess.
    expect(quadrantOf('Treats')).toBe('text');
  });

  it('reads totals and form labels as titles, not items', () => {
    expect(classifyText('Total').kind).toBe('title');
    expect(classifyText('Sous-total').kind).toBe('title');
    expect(classifyText('Elaborado por:').kind).toBe('title');
  });

  it('keeps sentences that merely mention a quadrant as items', () => {
    expect(quadrantOf('Opportunity to re-enter an expanding market')).toBe('text');
    expect(quadrantOf('Cybersecurity Threats')).toBe('text');
    expect(quadrantOf('Opportunities Emerging Markets')).toBe('text');
    expect(quadrantOf('Market forces push prices down')).toBe('text');
  });

  it('tells axis labels, titles and headers from items', () => {
    for (const axis of [
      'INTERNE',
      'EXTERNE',
      'Internal',
      'External factors',
      'Helpful',
      'Harmful',
      'Positive',
      'Negativo',
      'Helpful to achieving the objective',
    ]) {
      expect({ axis, kind: classifyText(axis).kind }).toEqual({ axis, kind: 'axis' });
    }
    expect(classifyText('SWOT Analysis: Competitors').kind).toBe('title');
    expect(classifyText('Strengths and weaknesses').kind).toBe('title');
    expect(classifyText('Análisis DAFO 2025').kind).toBe('title');
    expect(classifyText('Category')).toEqual({ kind: 'header', role: 'category' });
    expect(classifyText('Impact')).toEqual({ kind: 'header', role: 'impact' });
    expect(classifyText('Company')).toEqual({ kind: 'header', role: 'entity' });
    // One-word items that happen to be header-like words elsewhere stay items.
    expect(classifyText('Brand').kind).toBe('text');
    expect(classifyText('Marketing').kind).toBe('text');
    expect(classifyText('•').kind).toBe('blank');
  });
});

describe('lists inside one cell', () => {
  it.each([
    ['• Loyal customers\n• Good location', ['Loyal customers', 'Good location']],
    ['- Loyal customers; - Good location', ['Loyal customers', 'Good location']],
    ['1. Loyal customers\n2. Good location\n3) Skilled team', ['Loyal customers', 'Good location', 'Skilled team']],
    ['1) Loyal customers 2) Good location', ['Loyal customers', 'Good location']],
    ['• Loyal customers • Good location', ['Loyal customers', 'Good location']],
    ['* Long item that wraps\n  onto a second line\n* Next', ['Long item that wraps onto a second line', 'Next']],
    ['Loyal customers\r\nGood location', ['Loyal customers', 'Good location']],
  ])('splits %j', (text, expected) => {
    expect(splitBullets(text)).toEqual(expected);
  });

  it('leaves a plain item whole, commas and signs included', () => {
    expect(splitBullets('Produit, qualité, prix')).toEqual(['Produit, qualité, prix']);
    expect(splitBullets('-5% margin on bread')).toEqual(['-5% margin on bread']);
    expect(splitBullets('Prices; quality; service')).toEqual(['Prices; quality; service']);
    expect(splitBullets('Confiance,')).toEqual(['Confiance']);
    expect(splitBullets('  \n  ')).toEqual([]);
  });
});

describe('impact cells', () => {
  it('reads words in mixed case and numbers', () => {
    expect(['High', 'medium', 'LOW', 'Very high', 'Élevé', 'bajo', 'Mittel'].map(readImpactCell)).toEqual([
      5, 3, 1, 5, 5, 1, 3,
    ]);
    expect([4, '2', 4.4, 8, 0].map(readImpactCell)).toEqual([4, 2, 4, 4, 1]);
    expect([null, '', 'soon', 250, true, cellError('#N/A')].map(readImpactCell)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
