/** What one word is, computed once per distinct word. */
export interface WordInfo {
  /** The word itself, one shared string per distinct word. */
  readonly word: string;
  readonly flags: number;
  readonly flags2: number;
  readonly stem: string;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const INITIAL_SLOTS = 4096;

/**
 * Words to their classes, looked up straight from the goal text: the scanner passes the span of a
 * word and gets back its info and one shared copy of the word, so a known word costs no new
 * string and no hashing of a fresh one (a `Map` lookup of each sliced word was a tenth of the
 * whole analysis). Open addressing with linear probing; the table doubles as it fills, up to
 * `maxWords` remembered words, after which new words are classified on every sight.
 * A typographic apostrophe reads as a plain one: "don’t" and "don't" are the same word.
 */
export class WordTable {
  private keys: string[] = new Array<string>(INITIAL_SLOTS).fill('');
  private hashes = new Int32Array(INITIAL_SLOTS);
  private infos: (WordInfo | null)[] = new Array<WordInfo | null>(INITIAL_SLOTS).fill(null);
  private count = 0;

  constructor(
    private readonly classify: (word: string) => WordInfo,
    private readonly maxWords: number,
  ) {}

  /** The info of a word given whole. */
  get(word: string): WordInfo {
    return this.find(word, 0, word.length);
  }

  /** The info of `text.slice(start, end)`. */
  find(text: string, start: number, end: number): WordInfo {
    let h = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      h = (Math.imul(h, 31) + (c === RIGHT_QUOTE ? APOSTROPHE : c)) | 0;
    }
    const mask = this.keys.length - 1;
    const len = end - start;
    let slot = h & mask;
    for (;;) {
      const info = this.infos[slot];
      if (info === null) break;
      if (this.hashes[slot] === h && this.keys[slot].length === len && sameWord(this.keys[slot], text, start))
        return info;
      slot = (slot + 1) & mask;
    }
    let word = text.slice(start, end);
    if (word.includes('\u2019')) word = word.replace(/\u2019/g, "'");
    const info = this.classify(word);
    if (this.count >= this.maxWords) return info;
    this.keys[slot] = word;
    this.hashes[slot] = h;
    this.infos[slot] = info;
    this.count++;
    if (this.count * 2 > this.keys.length) this.grow();
    return info;
  }

  private grow(): void {
    const { keys, hashes, infos } = this;
    const size = keys.length * 2;
    this.keys = new Array<string>(size).fill('');
    this.hashes = new Int32Array(size);
    this.infos = new Array<WordInfo | null>(size).fill(null);
    for (let s = 0; s < keys.length; s++) {
      const info = infos[s];
      if (info === null) continue;
      let slot = hashes[s] & (size - 1);
      while (this.infos[slot] !== null) slot = (slot + 1) & (size - 1);
      this.keys[slot] = keys[s];
      this.hashes[slot] = hashes[s];
      this.infos[slot] = info;
    }
  }
}

function sameWord(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) {
    const c = text.charCodeAt(start + k);
    if (key.charCodeAt(k) !== (c === RIGHT_QUOTE ? APOSTROPHE : c)) return false;
  }
  return true;
}
