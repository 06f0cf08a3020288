import { F } from './compile';
import { type Evidence, type Scan, markUsed, numAt, phrase, symAt, wordAt } from './scan';

export interface ConfidenceFact {
  /** 0..1 */
  readonly value: number;
  readonly text: string;
}

interface ScoreRead {
  readonly value: number;
  readonly end: number;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Reads "7/10", "6-7 out of 10", "80%", "50-60%" starting at token i. */
function readScore(scan: Scan, i: number): ScoreRead | null {
  const { tokens, lex } = scan;
  const first = numAt(tokens, i);
  if (first === undefined || first.suffix !== '') return null;
  let n = first.value;
  let j = i + 1;
  const second = numAt(tokens, j + 1);
  if ((symAt(tokens, j) === '-' || wordAt(tokens, j) === 'to') && second !== undefined && second.suffix === '') {
    n = (n + second.value) / 2;
    j += 2;
  }
  if (symAt(tokens, j) === '%' || lex.percent.has(wordAt(tokens, j))) return { value: clamp01(n / 100), end: j };
  let denominatorAt = -1;
  if (symAt(tokens, j) === '/') denominatorAt = j + 1;
  else if (lex.outOf.length === 2 && wordAt(tokens, j) === lex.outOf[0] && wordAt(tokens, j + 1) === lex.outOf[1]) {
    denominatorAt = j + 2;
  }
  const d = numAt(tokens, denominatorAt);
  if (d === undefined || d.value <= 0 || d.value > 100 || n > d.value) return null;
  return { value: clamp01(n / d.value), end: denominatorAt };
}

/**
 * Finds a stated confidence: "(confidence 7/10)", "60% confident", "confidence level: 9/10",
 * "(6-7 out of 10 confidence)", or a bare "(8/10)" in brackets, as coaches and planners write it.
 */
export function findConfidence(scan: Scan): ConfidenceFact | null {
  const { tokens } = scan;
  for (let c = 0; c < tokens.length; c++) {
    if ((tokens[c].flags & F.confidence) === 0) continue;
    for (let j = c + 1; j <= c + 5 && j < tokens.length; j++) {
      const read = readScore(scan, j);
      if (read !== null) {
        markUsed(scan, c, read.end);
        return { value: read.value, text: phrase(tokens, c, read.end) };
      }
      if (tokens[j].kind === 'num') break;
    }
    // Earliest start first, so "50-60% confidence" is read whole rather than as "60%".
    for (let j = Math.max(0, c - 6); j < c; j++) {
      if (tokens[j].kind !== 'num') continue;
      const read = readScore(scan, j);
      if (read !== null && read.end < c && c - read.end <= 3) {
        markUsed(scan, j, c);
        return { value: read.value, text: phrase(tokens, j, c) };
      }
    }
  }
  for (let p = 0; p + 4 < tokens.length; p++) {
    if (symAt(tokens, p) !== '(') continue;
    const read = readScore(scan, p + 1);
    if (read !== null && symAt(tokens, read.end + 1) === ')' && symAt(tokens, p + 2) === '/') {
      markUsed(scan, p, read.end + 1);
      return { value: read.value, text: phrase(tokens, p, read.end + 1) };
    }
  }
  return null;
}

/** Resources named in the goal ("we have budget for two hires", "funding approved"). */
export function findResources(scan: Scan): Evidence[] {
  const out: Evidence[] = [];
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i].flags & F.resource) !== 0) out.push({ kind: 'resource', text: tokens[i].text });
  }
  return out;
}
