/**
 * The words of SWOT sheets, as data: quadrant titles per language, axis labels, header words and
 * impact words. Entries are lower case without accents (see `foldWords`); a language adds its
 * words here and every layout reader understands them.
 */
import { LANGUAGES } from '../../lang';
import { SWOT_WORDS } from '../../lang/swot';
import type { SwotQuadrant } from '../types';

/** Space-separated words as a list: keeps long word lists compact and readable. */
function words(list: string): readonly string[] {
  return list.split(' ').filter((w) => w !== '');
}

/** `|`-separated phrases as a list, for lists whose entries may hold spaces ("very high"). */
function phrases(list: string): readonly string[] {
  return list.split('|');
}

type QuadrantWords = Readonly<Record<SwotQuadrant, readonly string[]>>;

/**
 * Quadrant titles by language: the five languages Rudder reads from their packs, then titles of languages
 * without a pack, which SWOT import still recognises.
 */
export const QUADRANT_WORDS: Readonly<Record<string, QuadrantWords>> = {
  ...Object.fromEntries(LANGUAGES.map((p) => [p.code, SWOT_WORDS[p.code]])),
  it: {
    strength: ['punti di forza', 'punto di forza', 'forza'],
    weakness: ['punti di debolezza', 'punti deboli', 'debolezza', 'debolezze'],
    opportunity: ['opportunita'],
    threat: ['minaccia', 'minacce', 'rischi'],
  },
  nl: {
    strength: ['sterkte', 'sterktes', 'sterke punten'],
    weakness: ['zwakte', 'zwaktes', 'zwakke punten'],
    opportunity: ['kansen'],
    threat: ['bedreiging', 'bedreigingen'],
  },
  pl: {
    strength: ['mocne strony'],
    weakness: ['slabe strony'],
    opportunity: ['szanse'],
    threat: ['zagrozenia'],
  },
  cs: {
    strength: ['silne stranky'],
    weakness: ['slabe stranky'],
    opportunity: ['prilezitosti'],
    threat: ['hrozby'],
  },
  nordic: {
    strength: ['styrkor', 'styrker'],
    weakness: ['svagheter', 'svagheder', 'svakheter'],
    opportunity: ['mojligheter', 'muligheder', 'muligheter'],
    threat: ['trusler', 'hot'],
  },
  tr: {
    strength: ['guclu yonler'],
    weakness: ['zayif yonler'],
    opportunity: ['firsatlar'],
    threat: ['tehditler'],
  },
  id: {
    strength: ['kekuatan'],
    weakness: ['kelemahan'],
    opportunity: ['peluang'],
    threat: ['ancaman'],
  },
  ru: {
    strength: ['сильные стороны'],
    weakness: ['слабые стороны'],
    opportunity: ['возможности'],
    threat: ['угрозы'],
  },
};

/** Single letters used as titles (the s, w, o, t of a bare template): trusted only in numbers. */
export const QUADRANT_LETTERS: Readonly<Record<string, SwotQuadrant>> = {
  s: 'strength',
  w: 'weakness',
  o: 'opportunity',
  t: 'threat',
};

/** Short words that are quadrant titles in one language but ordinary words in another. */
export const WEAK_QUADRANT_WORDS: readonly string[] = ['hot', 'chance', 'force', 'forza'];

/** Words of the axes of a 2x2 grid (internal/external, helpful/harmful): labels, never items. */
export const AXIS_WORDS: readonly string[] = words(
  'internal external internally externally positive negative helpful harmful favorable unfavorable ' +
    'favourable unfavourable interne internes externe externes positif positifs negatif negatifs ' +
    'favorables defavorables interno internos interna internas externo externos externa externas positivo ' +
    'positivos negativo negativos intern extern positiv negativ hilfreich schadlich utile dannoso vnitrni ' +
    'vnejsi wewnetrzne zewnetrzne dahili harici внутренние внешние',
);

/** Words that may stand around a quadrant or axis word in a title ("Key strengths (internal)"). */
export const TITLE_FILLER: readonly string[] = words(
  'the our key main top current potential and or of to for list factors factor origin achieving ' +
    'objective objectives organization organisation environment attributes company analysis swot dafo ' +
    'foda fofa tows quadrant les la le de des du nos et facteurs origine environnement principales ' +
    'principaux los las el y nuestras factores origen entorno der die das und unsere faktoren umfeld ' +
    'umwelt os as e nossas l d entreprise attributs atributos del organizacion organizacao empresa ' +
    'product products fatores origem ambiente i il di fattori',
);

export type HeaderRole = 'category' | 'item' | 'impact' | 'entity' | 'other';

/** Column headers by what the column holds. Checked as whole phrases first, then word by word in this order. */
export const HEADER_WORDS: Readonly<Record<Exclude<HeaderRole, 'other'>, readonly string[]>> = {
  category: phrases(
    'category|categories|type|quadrant|swot|swot category|classification|dimension|categorie|cadran|categoria|cuadrante|tipo|kategorie|typ|quadrante|kategoria',
  ),
  impact: phrases(
    'impact|importance|priority|weight|weighting|score|rating|severity|significance|level|priorite|poids|niveau|impacto|importancia|prioridad|peso|nivel|auswirkung|gewichtung|prioritat|wichtigkeit|bewertung|impatto|priorita|prioridade',
  ),
  entity: phrases(
    'company|companies|competitor|competitors|brand|business|organisation|organization|entity|firm|product|entreprise|societe|concurrent|marque|produit|empresa|competidor|marca|producto|produto|unternehmen|firma|wettbewerber|marke|produkt|azienda|concorrente|prodotto',
  ),
  item: phrases(
    'item|items|description|factor|factors|text|statement|point|points|element|detail|details|issue|aspect|observation|content|finding|swot item|libelle|facteur|descripcion|elemento|descricao|fator|descrizione|fattore|beschreibung|punkt|faktor',
  ),
};

/** Words that only ever head a column: never taken as items even outside a header row. */
export const OTHER_HEADER_WORDS: readonly string[] = words(
  'id no nr ref notes note comments comment evidence source owner status date likelihood probability ' +
    'remarques commentaires notas comentarios bemerkungen kommentar',
);

/** Impact words by score 1-5 (High/Medium/Low read as 5/3/1). */
export const IMPACT_WORDS: Readonly<Record<number, readonly string[]>> = {
  5: phrases('very high|critical|high|major|h|eleve|elevee|fort|forte|haut|haute|alto|alta|hoch|elevato|elevata|hoog'),
  4: phrases('medium high|fairly high|assez eleve'),
  3: phrases('medium|moderate|mid|med|m|moyen|moyenne|medio|media|mittel|gemiddeld|normal'),
  2: phrases('medium low|fairly low'),
  1: phrases('very low|low|minor|l|faible|bas|basse|bajo|baja|niedrig|gering|baixo|baixa|basso|bassa|laag'),
};

/**
 * Header words that are also plausible one-word items ("Brand", "Product", "Level"): they count
 * as headers only inside a header row, never on their own in a grid.
 */
export const AMBIGUOUS_HEADER_WORDS: readonly string[] = words(
  'brand business product firm level point points element detail details text content aspect issue ' +
    'observation finding factor factors facteur fator faktor fattore punkt weight poids peso niveau nivel ' +
    'produit producto produto produkt prodotto marque marca marke firma elemento organisation ' +
    'organization source date status owner',
);
