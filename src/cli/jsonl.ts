/**
 * JSON Lines batches: each line is handled on its own, a malformed line is reported with its
 * line number and the rest carry on (the command exits 2 at the end).
 */
export type JsonObject = Record<string, unknown>;

export type JsonlLine =
  | { readonly line: number; readonly ok: true; readonly value: JsonObject }
  | { readonly line: number; readonly ok: false; readonly reason: string };

export function* readJsonLines(text: string): Generator<JsonlLine> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === '') continue;
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { line: i + 1, ok: false, reason: 'each line must be a JSON object such as {"goal": "..."}' };
      } else {
        yield { line: i + 1, ok: true, value: value as JsonObject };
      }
    } catch {
      yield { line: i + 1, ok: false, reason: 'this line is not valid JSON' };
    }
  }
}
