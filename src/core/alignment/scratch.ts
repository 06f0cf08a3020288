/**
 * A list of numbers reused from one item to the next (a KPI name's stems, the object of a goal's verb).
 *
 * Emptying an array with `length = 0` hands its store back, and the next push reserves room for 16 numbers
 * again: done once per KPI, that was most of what the wording rules allocated. This list keeps its store and
 * counts its own length; `copy` gives what it holds as an array of exactly that size.
 */
import { keepShape } from '../keepShape';

export class Scratch {
  private readonly items: number[] = [];
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(n: number): void {
    this.items[this.length++] = n;
  }

  includes(n: number): boolean {
    for (let i = 0; i < this.length; i++) if (this.items[i] === n) return true;
    return false;
  }

  copy(): number[] {
    return this.items.slice(0, this.length);
  }
}

keepShape(new Scratch());
