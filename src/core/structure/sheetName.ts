/** A free sheet name as Excel accepts it (31 characters, unique ignoring case), decided before Apply so the summary can name it. */
const MAX = 31;

export function freeSheetName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = preferred.replace(/[:\\/?*[\]]/g, '-').slice(0, MAX);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
