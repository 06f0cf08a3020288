/** SWOT words in German, lower case without accents (umlauts folded: "Stärken" is "starken"). */
import type { SwotWords } from './types';

export const DE_SWOT: SwotWords = {
  quadrants: {
    strength: ['starke', 'starken'],
    weakness: ['schwache', 'schwachen'],
    opportunity: ['chance', 'chancen', 'moglichkeiten'],
    threat: ['risiko', 'risiken', 'bedrohung', 'bedrohungen', 'gefahren'],
  },
  // German sheets use the English SWOT letters; C and R stand for Chancen and Risiken.
  letters: { s: 'strength', w: 'weakness', o: 'opportunity', t: 'threat', c: 'opportunity', r: 'threat' },
  axis: ['intern', 'interne', 'extern', 'externe', 'positiv', 'negativ', 'hilfreich', 'schadlich'],
  filler: ['der', 'die', 'das', 'und', 'unsere', 'faktoren', 'umfeld', 'umwelt', 'analyse'],
  headers: {
    category: ['kategorie', 'typ', 'art'],
    impact: ['auswirkung', 'gewichtung', 'prioritat', 'wichtigkeit', 'bewertung', 'relevanz', 'punkte'],
    entity: ['unternehmen', 'firma', 'wettbewerber', 'marke', 'produkt'],
    item: ['beschreibung', 'punkt', 'faktor'],
    strategy: ['strategie', 'strategien', 'massnahme', 'massnahmen', 'gegenmassnahme', 'gegenmassnahmen', 'aktion'],
    other: ['bemerkungen', 'kommentar', 'verantwortlich', 'datum'],
    ambiguous: ['faktor', 'punkt', 'produkt', 'marke', 'firma', 'massnahme', 'datum'],
  },
  impactLevels: {
    5: ['hoch', 'hohe', 'hoher', 'hohes', 'sehr hoch', 'kritisch'],
    3: ['mittel', 'mittlere', 'mittlerer', 'mittleres', 'normal'],
    1: ['niedrig', 'niedrige', 'niedriger', 'gering', 'geringe', 'geringer'],
  },
  impactLabels: ['auswirkung', 'einfluss', 'prioritat', 'wichtigkeit'],
  totals: ['summe', 'gesamt', 'insgesamt', 'zwischensumme', 'total'],
  strategyLabels: ['strategie', 'massnahme', 'gegenmassnahme', 'aktion'],
};
