/**
 * SWOT words of languages Rudder has no language pack for. SWOT import still recognises their quadrant
 * titles and the few other words people put on such sheets; every other part of Rudder reads the five packs.
 */
import type { SwotWords } from './types';

const none = { category: [], impact: [], entity: [], item: [], strategy: [], other: [], ambiguous: [] };

function titlesOnly(quadrants: SwotWords['quadrants'], axis: readonly string[] = []): SwotWords {
  return {
    quadrants,
    letters: {},
    axis,
    filler: [],
    headers: none,
    impactLevels: {},
    impactLabels: [],
    totals: [],
    strategyLabels: [],
  };
}

export const OTHER_SWOT: Readonly<Record<string, SwotWords>> = {
  it: {
    ...titlesOnly(
      {
        strength: ['punti di forza', 'punto di forza', 'forza'],
        weakness: ['punti di debolezza', 'punti deboli', 'debolezza', 'debolezze'],
        opportunity: ['opportunita'],
        threat: ['minaccia', 'minacce', 'rischi'],
      },
      ['utile', 'dannoso'],
    ),
    filler: ['i', 'il', 'di', 'fattori'],
    headers: {
      ...none,
      impact: ['impatto', 'priorita'],
      entity: ['azienda', 'concorrente', 'prodotto'],
      item: ['descrizione', 'fattore'],
      ambiguous: ['fattore', 'prodotto'],
    },
    impactLevels: { 5: ['elevato', 'elevata'], 1: ['basso', 'bassa'] },
  },
  nl: {
    ...titlesOnly({
      strength: ['sterkte', 'sterktes', 'sterke punten'],
      weakness: ['zwakte', 'zwaktes', 'zwakke punten'],
      opportunity: ['kansen'],
      threat: ['bedreiging', 'bedreigingen'],
    }),
    impactLevels: { 5: ['hoog'], 3: ['gemiddeld'], 1: ['laag'] },
  },
  pl: {
    ...titlesOnly(
      { strength: ['mocne strony'], weakness: ['slabe strony'], opportunity: ['szanse'], threat: ['zagrozenia'] },
      ['wewnetrzne', 'zewnetrzne'],
    ),
    headers: { ...none, category: ['kategoria'] },
  },
  cs: titlesOnly(
    { strength: ['silne stranky'], weakness: ['slabe stranky'], opportunity: ['prilezitosti'], threat: ['hrozby'] },
    ['vnitrni', 'vnejsi'],
  ),
  nordic: titlesOnly({
    strength: ['styrkor', 'styrker'],
    weakness: ['svagheter', 'svagheder', 'svakheter'],
    opportunity: ['mojligheter', 'muligheder', 'muligheter'],
    threat: ['trusler', 'hot'],
  }),
  tr: titlesOnly(
    { strength: ['guclu yonler'], weakness: ['zayif yonler'], opportunity: ['firsatlar'], threat: ['tehditler'] },
    ['dahili', 'harici'],
  ),
  id: titlesOnly({ strength: ['kekuatan'], weakness: ['kelemahan'], opportunity: ['peluang'], threat: ['ancaman'] }),
  ru: titlesOnly(
    { strength: ['сильные стороны'], weakness: ['слабые стороны'], opportunity: ['возможности'], threat: ['угрозы'] },
    ['внутренние', 'внешние'],
  ),
};
