/**
 * Lookup tables for the rules that index every KPI or every ID, kept in typed arrays.
 *
 * A JavaScript Map of 100,000 entries re-allocates its whole store each time it doubles, and every entry is
 * an object the collector has to trace; at 100,000 rows the Maps behind conflicting-targets and duplicate-id
 * were most of those rules' time. These tables keep their keys and values in typed arrays (outside the
 * JavaScript heap), are sized up front from the number of entries the caller expects, and still grow if it
 * expected too few. Open addressing with linear probing, at most half full.
 */
import { keepShape } from '../keepShape';

const MIN_SLOTS = 16;

/**
 * Whole numbers (32-bit) in a typed array, grown by doubling: `ids[0 .. length)`. A typed array's numbers live
 * outside the JavaScript heap, so the collector never copies or scans them; at 100,000 rows the word lists
 * and tables hold hundreds of thousands. It also serves as a list reused from one item to the next (a KPI
 * name's stems): `clear` keeps the store, where emptying an array with `length = 0` hands it back and the next
 * push reserves room for 16 again, once per KPI.
 */
export class IntList {
  ids: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.ids = new Int32Array(Math.max(16, capacity));
  }
  push(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  clear(): void {
    this.length = 0;
  }

  /** Is `id` among `ids[from .. length)`? With `from`, one list can hold many short lists end to end, each checked alone. */
  includes(id: number, from = 0): boolean {
    for (let i = from; i < this.length; i++) if (this.ids[i] === id) return true;
    return false;
  }

  /** What it holds, as an array of exactly that size. */
  copy(): number[] {
    const out = new Array<number>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.ids[i];
    return out;
  }
}

function slotsFor(entries: number): number {
  let size = MIN_SLOTS;
  while (size < 2 * entries) size *= 2;
  return size;
}

/** Mixes a whole number (up to 2^53) into 32 bits. */
function hashNumber(key: number): number {
  let h = Math.imul((key | 0) ^ Math.floor(key / 4294967296), 0x9e3779b1);
  h ^= h >>> 16;
  return h;
}

/** Whole numbers (0 to 2^53) to whole numbers (0 to 2^31 - 2). */
export class NumberTable {
  private keys: Float64Array;
  /** The value + 1; 0 marks a free slot. */
  private values: Int32Array;
  private count = 0;

  constructor(expected: number) {
    const size = slotsFor(expected);
    this.keys = new Float64Array(size);
    this.values = new Int32Array(size);
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    const mask = this.values.length - 1;
    for (let slot = hashNumber(key) & mask; ; slot = (slot + 1) & mask) {
      const stored = this.values[slot];
      if (stored === 0) return -1;
      if (this.keys[slot] === key) return stored - 1;
    }
  }

  set(key: number, value: number): void {
    const mask = this.values.length - 1;
    let slot = hashNumber(key) & mask;
    while (this.values[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    if (this.values[slot] === 0) this.count++;
    this.keys[slot] = key;
    this.values[slot] = value + 1;
    if (2 * this.count > this.values.length) this.grow();
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2);
    this.count = 0;
    for (let i = 0; i < values.length; i++) if (values[i] !== 0) this.set(keys[i], values[i] - 1);
  }
}

/** Where an FNV-1a hash starts; `mixHash` adds one character code (or any 32-bit number) to it. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** FNV-1a, kept to 32 bits: quick to compute while a text is scanned, and spreads short keys well. */
export function mixHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export function hashText(text: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < text.length; i++) hash = mixHash(hash, text.charCodeAt(i));
  return hash;
}

const CODE_UPPER_A = 65;
const CODE_UPPER_Z = 90;

const CODE_0 = 48;
const CODE_9 = 57;

/** Is the character code one of the digits 0-9? */
export function isDigitCode(code: number): boolean {
  return code >= CODE_0 && code <= CODE_9;
}

/** The character code with the letters A-Z lowered (other characters as they are). */
export function lowerCode(code: number): number {
  return code >= CODE_UPPER_A && code <= CODE_UPPER_Z ? code + 32 : code;
}

/** Is `stored[sFrom..sTo)` the text's characters `from` up to `to`, with the text's A-Z read lowered? */
function sameLowered(stored: string, sFrom: number, sTo: number, text: string, from: number, to: number): boolean {
  if (sTo - sFrom !== to - from) return false;
  for (let k = 0; k < sTo - sFrom; k++)
    if (stored.charCodeAt(sFrom + k) !== lowerCode(text.charCodeAt(from + k))) return false;
  return true;
}

/**
 * Distinct texts, numbered in the order they were added. A text can also be looked up as a run of
 * characters inside a longer one, read with A-Z lowered (`indexOfLowered`): the word table finds a known word
 * that way without cutting it out of its text. The caller passes the hash, so it can compute it while it scans.
 *
 * A text of digits only may also be kept as a run of characters of a longer string the caller keeps alive
 * anyway (`addSpan`): the word table keeps numbers ("17" in "Waste in area 17") that way. Nearly every row
 * of a large table names a number no other row does, and a string cut out for each was a hundred thousand
 * objects the collector copied while the audit ran, for words no message ever shows.
 */
export class TextSet {
  /** Number → the string that holds the text: the text itself, or a longer one (see `addSpan`). */
  private readonly sources: string[] = [];
  /** Number → where the text starts in its source; -1 when the source is the text itself. */
  private readonly starts: IntList;
  /** Number → where the text ends in its source (unused when the source is the text itself). */
  private readonly ends: IntList;
  private readonly hashes: IntList;
  /** Number + 1 in each used slot; 0 marks a free one. */
  private slots: Int32Array;

  constructor(expected: number) {
    this.hashes = new IntList(expected);
    this.starts = new IntList(expected);
    this.ends = new IntList(expected);
    this.slots = new Int32Array(slotsFor(expected));
  }

  /** How many texts it holds. */
  get size(): number {
    return this.sources.length;
  }

  /** Text number `i`; one kept as a run of a longer string is cut out here. */
  text(i: number): string {
    const from = this.starts.ids[i];
    return from < 0 ? this.sources[i] : this.sources[i].slice(from, this.ends.ids[i]);
  }

  /** The character code at `at` in text number `i` (`at` below the text's length). */
  codeAt(i: number, at: number): number {
    const from = this.starts.ids[i];
    return this.sources[i].charCodeAt(from < 0 ? at : from + at);
  }

  /** The length of text number `i`. */
  lengthOf(i: number): number {
    const from = this.starts.ids[i];
    return from < 0 ? this.sources[i].length : this.ends.ids[i] - from;
  }

  /** The number of `text`, or -1; `hash` is `hashText(text)`. */
  indexOf(text: string, hash: number = hashText(text)): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot];
      if (stored === 0) return -1;
      if (this.hashes.ids[stored - 1] === hash && this.holds(stored - 1, text, 0, text.length, false))
        return stored - 1;
    }
  }

  /** The number of `text[from..to)` read with A-Z lowered, or -1; `hash` is over those lowered codes. */
  indexOfLowered(text: string, from: number, to: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot];
      if (stored === 0) return -1;
      if (this.hashes.ids[stored - 1] === hash && this.holds(stored - 1, text, from, to, true)) return stored - 1;
    }
  }

  /** Is text number `i` the characters `text[from..to)` (the text's A-Z read lowered when `lowered`)? */
  private holds(i: number, text: string, from: number, to: number, lowered: boolean): boolean {
    const start = this.starts.ids[i];
    const source = this.sources[i];
    if (start < 0) return lowered ? sameLowered(source, 0, source.length, text, from, to) : source === text;
    // Digits only: lowering the text's letters cannot make them match, so one test serves both lookups.
    return sameLowered(source, start, this.ends.ids[i], text, from, to);
  }

  /** Adds a text the caller found absent, filed under `hash` (`hashText(text)`); returns its number. */
  add(text: string, hash: number): number {
    return this.file(text, -1, 0, hash);
  }

  /**
   * Adds the text `source[from..to)`, digits only, without cutting it out: `source` is kept, so the caller
   * passes a string it keeps alive anyway. `hash` is `hashText` of those characters; returns its number.
   */
  addSpan(source: string, from: number, to: number, hash: number): number {
    return this.file(source, from, to, hash);
  }

  private file(source: string, from: number, to: number, hash: number): number {
    const id = this.sources.length;
    this.sources.push(source);
    this.starts.push(from);
    this.ends.push(to);
    this.hashes.push(hash);
    if (2 * this.sources.length > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let i = 0; i < this.sources.length; i++) this.place(i);
    } else this.place(id);
    return id;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes.ids[entry] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }
}

/** Texts to whole numbers (0 to 2^31 - 2), compared exactly. */
export class TextTable {
  private readonly keys: TextSet;
  private readonly numbers: IntList;

  constructor(expected: number) {
    this.keys = new TextSet(expected);
    this.numbers = new IntList(expected);
  }

  /** The number stored for `text`, or -1. */
  get(text: string): number {
    const entry = this.keys.indexOf(text);
    return entry < 0 ? -1 : this.numbers.ids[entry];
  }

  /** Stores `value` for `text` unless it is there already; returns the number stored before, or -1. */
  addIfAbsent(text: string, value: number): number {
    const hash = hashText(text);
    const entry = this.keys.indexOf(text, hash);
    if (entry >= 0) return this.numbers.ids[entry];
    this.keys.add(text, hash);
    this.numbers.push(value);
    return -1;
  }
}

keepShape(new IntList(0));
keepShape(new NumberTable(0));
keepShape(new TextSet(0));
keepShape(new TextTable(0));
