import { parseDirection } from './direction';
import { KPI_MESSAGES } from './messages';

const read = (word: string): string | undefined => {
  const r = parseDirection(word);
  return r.ok ? r.value : undefined;
};

describe('direction words in five languages', () => {
  it.each([
    ['mayor es mejor', 'higher'],
    ['menor es mejor', 'lower'],
    ['maior é melhor', 'higher'],
    ['menor é melhor', 'lower'],
    ['menor e melhor', 'lower'],
    ['plus haut est mieux', 'higher'],
    ['plus bas est mieux', 'lower'],
    ['höher ist besser', 'higher'],
    ['hoher ist besser', 'higher'],
    ['niedriger ist besser', 'lower'],
    ['mayor', 'higher'],
    ['menor', 'lower'],
    ['alto', 'higher'],
    ['baixo', 'lower'],
    ['hausse', 'higher'],
    ['baisse', 'lower'],
    ['steigend', 'higher'],
    ['sinkend', 'lower'],
    ['rango', 'range'],
    ['al menos', 'maintainAbove'],
    ['höchstens', 'maintainBelow'],
  ])('reads "%s" as %s', (word, direction) => {
    expect(read(word)).toBe(direction);
  });

  it('ignores case, accents left off and odd spacing', () => {
    expect(read('  MAYOR  ES   Mejor ')).toBe('higher');
    expect(read('Menor\u00a0es\tmejor')).toBe('lower');
    expect(read('PLUS HAUT EST MIEUX')).toBe('higher');
    expect(read('Niedriger Ist Besser')).toBe('lower');
  });

  it('answers an unknown Spanish word with the Spanish words first, and without crashing', () => {
    const r = parseDirection('mejor es más alto que nunca');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(KPI_MESSAGES.directionUnknown('mejor es más alto que nunca'));
      expect(r.reason).toContain('mayor es mejor, menor es mejor');
      expect(r.reason).not.toContain('maintain above');
    }
  });

  it('answers an unknown German word with the German words', () => {
    const r = parseDirection('besser ist schneller');
    expect(!r.ok && r.reason).toContain('höher ist besser');
  });

  it('keeps the message short: the main words, not every synonym', () => {
    const r = parseDirection('sideways');
    expect(!r.ok && r.reason.length).toBeLessThan(160);
  });
});
