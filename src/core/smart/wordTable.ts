/** What one word is, computed once per distinct word. */
export interface WordInfo {
  /** The word itself. */
  readonly word: string;
  readonly flags: number;
  readonly flags2: number;
  readonly stem: string;
}

/**
 * Words to their classes. The lexicon's own words are classified once, when the lexicon is compiled; any other
 * word is classified when it is met. A typographic apostrophe reads as a plain one: "don’t" and "don't" are
 * the same word.
 */
export class WordTable {
  private readonly known = new Map<string, WordInfo>();

  constructor(
    private readonly classify: (word: string) => WordInfo,
    lexiconWords: Iterable<string>,
  ) {
    for (const word of lexiconWords) this.known.set(plainApostrophes(word), classify(plainApostrophes(word)));
  }

  /** The info of a word given whole. */
  get(word: string): WordInfo {
    const plain = plainApostrophes(word);
    return this.known.get(plain) ?? this.classify(plain);
  }
}

function plainApostrophes(word: string): string {
  return word.includes('\u2019') ? word.replace(/\u2019/g, "'") : word;
}
