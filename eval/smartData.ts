/**
 * The labelled SMART goals the model learns from and is judged on, read from ../shared/corpus at
 * train and eval time only. Every line is checked: a malformed one stops the run and names its line.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

/** 1 met, 0 not met, null unlabelled (ambiguous, or a criterion the corpus does not judge). */
export type Label = 0 | 1 | null;

export interface LabelledGoal {
  readonly goal: string;
  readonly specific: Label;
  readonly measurable: Label;
  readonly achievable: Label;
  readonly timeBound: Label;
  /** Which organisation (business) or coaching note (SMARTSpan) wrote it: goals of one group are never split. */
  readonly group: string;
}

export class LabelsFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}, line ${line}: ${detail}`);
    this.name = 'LabelsFileError';
  }
}

type Fields = Readonly<Record<string, unknown>>;

function labelOf(row: Fields, key: string, fail: (detail: string) => never): Label {
  const v = row[key];
  if (v === null || v === undefined) return null;
  if (v === 0 || v === 1) return v;
  return fail(`"${key}" must be 0, 1 or null, not ${JSON.stringify(v)}`);
}

/** Parses JSON Lines, calling `read` on each object; blank lines are skipped, anything else malformed is refused. */
export function parseLabels<T>(text: string, file: string, read: (row: Fields, fail: (d: string) => never) => T): T[] {
  const out: T[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const fail = (detail: string): never => {
      throw new LabelsFileError(file, i + 1, detail);
    };
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      fail('not a JSON object');
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) fail('not a JSON object');
    const fields = row as Fields;
    if (typeof fields.goal !== 'string' || fields.goal.trim() === '') fail('"goal" must be non-empty text');
    out.push(read(fields, fail));
  }
  return out;
}

/**
 * The organisation behind a business goal's source: the GitHub owner ("sourcegraph/handbook@… file")
 * or the site ("https://www.gov.uk/…" is gov.uk), so pages of one organisation stay in one fold.
 */
export function organisationOf(source: string): string {
  const url = /^https?:\/\/([^/\s]+)/.exec(source);
  if (url !== null) return url[1].split('.').slice(-2).join('.');
  return source.split('/')[0];
}

export function parseBusiness(text: string, file: string): LabelledGoal[] {
  return parseLabels(text, file, (row, fail) => {
    if (typeof row.source !== 'string' || row.source === '') fail('"source" must be non-empty text');
    return {
      goal: String(row.goal),
      specific: labelOf(row, 'specific', fail),
      measurable: labelOf(row, 'measurable', fail),
      achievable: null,
      timeBound: labelOf(row, 'timeBound', fail),
      group: `business:${organisationOf(String(row.source))}`,
    };
  });
}

export function parseSmartSpan(text: string, file: string): LabelledGoal[] {
  return parseLabels(text, file, (row, fail) => {
    if (typeof row.note_id !== 'string' && typeof row.note_id !== 'number') fail('"note_id" is missing');
    return {
      goal: String(row.goal),
      specific: labelOf(row, 'specific', fail),
      measurable: labelOf(row, 'measurable', fail),
      achievable: labelOf(row, 'attainable', fail),
      // Coaching goals are reviewed at the next session: the corpus leaves time out.
      timeBound: null,
      group: `smartspan:${String(row.note_id)}`,
    };
  });
}

/** Our own goals in other languages: `{"goal", "specific", "measurable", "timeBound"}`, one group per file. */
export function parseOwnGoals(text: string, file: string, language: string): LabelledGoal[] {
  return parseLabels(text, file, (row, fail) => ({
    goal: String(row.goal),
    specific: labelOf(row, 'specific', fail),
    measurable: labelOf(row, 'measurable', fail),
    achievable: null,
    timeBound: labelOf(row, 'timeBound', fail),
    group: `own:${language}`,
  }));
}

export function readBusiness(corpusRoot: string): LabelledGoal[] {
  const file = join(corpusRoot, 'smart', 'business', 'goals.jsonl');
  return parseBusiness(readFileSync(file, 'utf8'), file);
}

export function readSmartSpan(corpusRoot: string): LabelledGoal[] {
  const file = join(corpusRoot, 'smart', 'smartspan', 'goals.jsonl');
  return parseSmartSpan(readFileSync(file, 'utf8'), file);
}
