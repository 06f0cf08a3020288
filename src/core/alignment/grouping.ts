/**
 * Many findings of one cause told as one. A real workbook whose category column was taken for a
 * goal link gets the same "broken link" on every row; the owner needs one finding that names the
 * likely cause and says how many rows it covers, not 63 copies. Runs after scoring: the score
 * still counts every check.
 */
import { fill, GROUP_TEXT } from './messages';
import type { AlignmentResult, Finding, FindingCause } from './types';

/** From this many findings of one cause, they are told as one. */
export const GROUP_FROM = 3;

const keyOf = (c: FindingCause): string => `${c.kind}|${c.column.toLowerCase()}|${c.ref.trim().toLowerCase()}`;

const plural = (noun: string, n: number): string =>
  n === 1 ? noun : /y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;

function grouped(first: Finding, cause: FindingCause, members: readonly Finding[]): Finding {
  const vars = {
    count: String(members.length),
    nouns: plural(cause.noun, members.length),
    ref: cause.ref,
    column: cause.column,
    targetKind: cause.targetKind,
  };
  const subjects = [...new Set(members.flatMap((m) => m.subjects))];
  return {
    ...first,
    message: fill(GROUP_TEXT.unmatchedLink, vars),
    fix: fill(GROUP_TEXT.unmatchedLinkFix, vars),
    subjects,
    count: members.length,
  };
}

/** The findings with each cause shared by GROUP_FROM or more told once, in the place of its first finding. */
export function groupFindingList(findings: readonly Finding[]): Finding[] {
  const byCause = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.cause) continue;
    const key = keyOf(f.cause);
    const list = byCause.get(key);
    if (list) list.push(f);
    else byCause.set(key, [f]);
  }
  const out: Finding[] = [];
  const told = new Set<string>();
  for (const f of findings) {
    const key = f.cause ? keyOf(f.cause) : null;
    const members = key === null ? undefined : byCause.get(key);
    if (!f.cause || key === null || !members || members.length < GROUP_FROM) {
      out.push(f);
      continue;
    }
    if (told.has(key)) continue;
    told.add(key);
    out.push(grouped(f, f.cause, members));
  }
  return out;
}

/** The result with its findings grouped; the score and the rule summaries are unchanged. */
export function groupFindings(result: AlignmentResult): AlignmentResult {
  return { ...result, findings: groupFindingList(result.findings) };
}
