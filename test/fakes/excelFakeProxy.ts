/** The proxy machinery of the Excel fake: queued commands, loaded properties, sync-time resolution. */
import type { LoadArg } from '../../src/host/office/officeApi';
import { fakeError, type FakeWorkbookState } from './excelFakeState';
import { checkedApi, type FakeRequirements } from './excelFakeRequirements';

/** A queued command: applies itself at sync and returns the request and response bytes it cost. */
export type Command = () => { request: number; response: number };

/** What proxies need of a request context. */
export interface FakeContextLike {
  readonly queue: Command[];
  readonly fake: { readonly state: FakeWorkbookState; readonly requirements: FakeRequirements };
}

/** A fake class stands for one Office.js type, named as @types/office-js names it. */
interface ApiClass {
  readonly apiType: string;
}

export function propsOf(arg: LoadArg): string[] {
  return (Array.isArray(arg) ? arg : arg.split(',')).map((p) => p.trim()).filter((p) => p !== '');
}

export function bytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

/**
 * Base of every proxy: loaded properties, readable only after sync. Each subclass names the
 * Office.js type it stands for (`static apiType`), and every member use is checked against the
 * requirement sets of the Excel being played (excelFakeRequirements.ts).
 */
export abstract class Proxy<T> {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeContextLike,
    protected readonly resolve: () => T | null,
  ) {
    // Returning the wrapper makes it `this` for the subclass too, so no member escapes the check.
    return checkedApi(this, (new.target as unknown as ApiClass).apiType, () => ctx.fake.requirements);
  }

  protected abstract read(target: T, prop: string): unknown;

  protected loadProps(props: string[]): void {
    this.ctx.queue.push(() => {
      const target = this.resolve();
      this.loaded.set('isNullObject', target === null);
      let response = 0;
      for (const prop of props) {
        const value = target === null ? null : this.read(target, prop);
        this.loaded.set(prop, value);
        response += bytes(value);
      }
      return { request: 50, response };
    });
  }

  /** Marks properties as loaded with known values (items of a loaded collection). */
  fill(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    this.loaded.set('isNullObject', false);
  }

  protected got<V>(prop: string): V {
    if (!this.loaded.has(prop))
      throw fakeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(prop) as V;
  }

  /** Queues a command on the live target; on a null object it fails at sync, like Office.js. */
  protected command(apply: (target: T) => void, request = 50): void {
    this.ctx.queue.push(() => {
      const target = this.resolve();
      if (target === null) throw fakeError('ItemNotFound', 'The requested resource does not exist.');
      apply(target);
      return { request, response: 0 };
    });
  }

  get isNullObject(): boolean {
    return this.got<boolean>('isNullObject');
  }
}

export function removeWhere<T>(list: T[], drop: (item: T) => boolean): void {
  const kept = list.filter((item) => !drop(item));
  list.splice(0, list.length, ...kept);
}
