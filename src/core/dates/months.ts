/**
 * Month-name lexicon, as data: each language adds its words here.
 * Keys are lower case without accents; values are month numbers 1-12.
 */
const MONTHS_BY_LANGUAGE: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  fr: [
    ['janvier', 'janv'],
    ['fevrier', 'fevr'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['aout'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['decembre'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero'],
    ['marzo'],
    ['abril', 'abr'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre', 'dic'],
  ],
  de: [
    ['januar', 'jänner', 'janner'],
    ['februar'],
    ['marz', 'maerz', 'mrz'],
    ['april'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober', 'okt'],
    ['november'],
    ['dezember', 'dez'],
  ],
  pt: [
    ['janeiro'],
    ['fevereiro', 'fev'],
    ['marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro'],
    ['dezembro', 'dez'],
  ],
};

function buildIndex(): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  for (const months of Object.values(MONTHS_BY_LANGUAGE)) {
    months.forEach((names, i) => {
      for (const name of names) if (!index.has(name)) index.set(name, i + 1);
    });
  }
  return index;
}

const MONTH_INDEX = buildIndex();

/** Strips accents and case so "Février" and "fevrier" meet. */
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

export function foldAccents(text: string): string {
  // Most cells are plain ASCII; Unicode normalisation is the costly part, so only accented text pays for it.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The month number (1-12) of a month name or abbreviation in any known language, else `undefined`. */
export function monthFromName(word: string): number | undefined {
  return MONTH_INDEX.get(foldAccents(word).replace(/\.$/, ''));
}

/** Every known month word, longest first, for building patterns. */
export function monthWords(): readonly string[] {
  return [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length);
}
