/**
 * "Add short formula names to this workbook": SMARTSCORE, SMARTTIPS, KPI_STATUS and
 * KPI_PROGRESS as workbook names holding LAMBDA formulas, so owners can type =KPI_STATUS(B2,C2).
 * The KPI names are the native formulas (they work without the add-in); the SMART names wrap
 * RUDDER.* (they need it). Hosts without LAMBDA get a plain message instead (see SHARE_TEXT.noLambda).
 */
import { SHARE_TEXT } from './messages';
import { kpiProgressFormula, kpiStatusFormula, type KpiFormulaRefs } from '../kpi/formula';

export interface WorkbookName {
  readonly name: string;
  /** With the leading `=`. */
  readonly formula: string;
  readonly comment?: string;
}

/**
 * Every comment Rudder writes on a name starts with this, so a later run knows the name is its
 * own (and may replace it) while a user's name of the same spelling is left alone.
 */
export const RUDDER_NAME_MARK = 'Rudder:';

/** The names Rudder defines, in the order it lists them. */
export const SHORT_NAME_LIST = ['SMARTSCORE', 'SMARTTIPS', 'KPI_STATUS', 'KPI_PROGRESS'] as const;

const SMART_PARAMS = ['goal', 'due', 'baseline', 'target', 'context'] as const;
const KPI_STATUS_PARAMS = ['actual', 'target', 'direction', 'baseline', 'start', 'due', 'as_of'] as const;
const KPI_PROGRESS_PARAMS = ['actual', 'target', 'direction', 'baseline'] as const;
const REQUIRED = 2;

/** The parameter list of a LAMBDA: required names, then optional ones in brackets. */
function lambdaParams(params: readonly string[], required: number): string {
  return params.map((p, i) => (i < required ? p : `[${p}]`)).join(',');
}

/** An omitted optional argument reads as blank, as it does for the custom function. */
const orBlank = (p: string): string => `IF(ISOMITTED(${p}),"",${p})`;

/**
 * The body of a short name with each parameter replaced by the given text (cell references in
 * tests, LAMBDA parameter names in the workbook), so the tested body is the written body.
 */
export function shortNameBody(
  name: string,
  args: Readonly<Record<string, string>>,
  options: { readonly inline?: boolean } = {},
): string {
  if (name === 'SMARTSCORE' || name === 'SMARTTIPS')
    return `RUDDER.${name}(${SMART_PARAMS.map((p) => args[p] ?? '').join(',')})`;
  const refs: { -readonly [K in keyof KpiFormulaRefs]?: string } = {
    actual: args.actual,
    target: args.target,
    direction: args.direction,
    baseline: args.baseline,
  };
  if (name === 'KPI_PROGRESS') return kpiProgressFormula(refs as KpiFormulaRefs, options).slice(1);
  if (name !== 'KPI_STATUS') throw new RangeError(`Rudder defines no short name ${name}.`);
  Object.assign(refs, {
    start: args.start,
    due: args.due,
    asOf: args.as_of === undefined ? 'TODAY()' : `IF(${args.as_of}="",TODAY(),${args.as_of})`,
  });
  return kpiStatusFormula(refs as KpiFormulaRefs, options).slice(1);
}

/** LET binds each optional parameter once (blank when omitted); the body then reads plain names. */
function lambda(name: string, params: readonly string[]): string {
  const bound: string[] = [];
  const args: Record<string, string> = {};
  params.forEach((p, i) => {
    if (i < REQUIRED) args[p] = p;
    else {
      const local = `sn${p[0].toUpperCase()}${p.slice(1).replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}`;
      bound.push(local, orBlank(p));
      args[p] = local;
    }
  });
  const body = shortNameBody(name, args);
  return `=LAMBDA(${lambdaParams(params, REQUIRED)},LET(${bound.join(',')},${body}))`;
}

/** The four names, ready for `port.addNames`. */
export function shortFormulaNames(): WorkbookName[] {
  const smart = (fn: string): string => {
    const bound: string[] = [];
    const args: Record<string, string> = { goal: 'goal' };
    for (const p of SMART_PARAMS.slice(1)) {
      bound.push(`sn${p[0].toUpperCase()}${p.slice(1)}`, orBlank(p));
      args[p] = `sn${p[0].toUpperCase()}${p.slice(1)}`;
    }
    return `=LAMBDA(${lambdaParams(SMART_PARAMS, 1)},LET(${bound.join(',')},${shortNameBody(fn, args)}))`;
  };
  return [
    {
      name: 'SMARTSCORE',
      formula: smart('SMARTSCORE'),
      comment: `${RUDDER_NAME_MARK} SMART score 0-100 of a goal (needs the Rudder add-in).`,
    },
    {
      name: 'SMARTTIPS',
      formula: smart('SMARTTIPS'),
      comment: `${RUDDER_NAME_MARK} how to make a goal SMARTer (needs the Rudder add-in).`,
    },
    {
      name: 'KPI_STATUS',
      formula: lambda('KPI_STATUS', KPI_STATUS_PARAMS),
      comment: `${RUDDER_NAME_MARK} KPI status as a plain Excel formula (works without the add-in).`,
    },
    {
      name: 'KPI_PROGRESS',
      formula: lambda('KPI_PROGRESS', KPI_PROGRESS_PARAMS),
      comment: `${RUDDER_NAME_MARK} KPI progress as a plain Excel formula (works without the add-in).`,
    },
  ];
}

// ---- writing the names: what to add, replace or leave alone -------------------------------

/** A name the workbook already has, as the host reports it. */
export interface ExistingName {
  readonly name: string;
  /** With the leading `=`, in the host's display form (no `_xlfn.` prefixes). */
  readonly formula: string;
  readonly comment?: string;
}

/** A name of the workbook's own that has Rudder's spelling but not Rudder's formula. */
export interface NameConflict {
  readonly name: string;
  readonly existingFormula: string;
}

export type NameAction = 'add' | 'replace' | 'same' | 'conflict';

export interface PlannedName {
  readonly wanted: WorkbookName;
  readonly action: NameAction;
  /** The existing name's own spelling, for hosts that delete it by name before adding. */
  readonly existing?: ExistingName;
}

/** What `WorkbookPort.addNames` did. */
export interface NamesResult {
  /** `noLambda`: the host cannot define LAMBDA names, so nothing was written. */
  readonly outcome: 'written' | 'noLambda';
  readonly added: readonly string[];
  readonly replaced: readonly string[];
  /** Already there with the same formula. */
  readonly unchanged: readonly string[];
  /** The user's own names of the same spelling, left as they are. */
  readonly conflicts: readonly NameConflict[];
  /** Whether this host computes the names itself (Excel 365 does; a file or the playground does not). */
  readonly calculatedHere: boolean;
}

export interface AddNamesOptions {
  /** Names the user agreed to replace although they are not Rudder's. */
  readonly overwrite?: readonly string[];
}

const same = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

/** Formula text compared without case, spaces (outside strings) or file-form prefixes. */
export function formulasMatch(a: string, b: string): boolean {
  const norm = (f: string): string =>
    outsideStrings(fromFileFormula(f.replace(/^=/, '')), (part) => part.replace(/\s+/g, '').toUpperCase());
  return norm(a) === norm(b);
}

/**
 * Decides, per wanted name, whether to add it, replace it (Rudder's own, or the user agreed),
 * leave it (same formula) or report it (the user's name): re-running never duplicates a name and
 * never silently overwrites one the user defined.
 */
export function planNames(
  wanted: readonly WorkbookName[],
  existing: readonly ExistingName[],
  options: AddNamesOptions = {},
): PlannedName[] {
  return wanted.map((w) => {
    const found = existing.find((e) => same(e.name, w.name));
    if (!found) return { wanted: w, action: 'add' };
    if (formulasMatch(found.formula, w.formula)) return { wanted: w, action: 'same', existing: found };
    const ours = (found.comment ?? '').startsWith(RUDDER_NAME_MARK);
    const agreed = (options.overwrite ?? []).some((o) => same(o, w.name));
    return { wanted: w, action: ours || agreed ? 'replace' : 'conflict', existing: found };
  });
}

/** The result of carrying out a plan (`calculatedHere` as the host says). */
export function namesResult(plan: readonly PlannedName[], calculatedHere: boolean): NamesResult {
  const of = (action: NameAction): string[] => plan.filter((p) => p.action === action).map((p) => p.wanted.name);
  return {
    outcome: 'written',
    added: of('add'),
    replaced: of('replace'),
    unchanged: of('same'),
    conflicts: plan
      .filter((p) => p.action === 'conflict')
      .map((p) => ({ name: p.wanted.name, existingFormula: p.existing?.formula ?? '' })),
    calculatedHere,
  };
}

/** Nothing written: the host has no LAMBDA (or cannot hold names at all). */
export function noLambdaResult(): NamesResult {
  return { outcome: 'noLambda', added: [], replaced: [], unchanged: [], conflicts: [], calculatedHere: false };
}

// ---- the file form: how an .xlsx stores these formulas ----------------------------------

/** Functions newer than the 2007 file format: files spell them `_xlfn.NAME`. */
const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set(['LAMBDA', 'LET', 'ISOMITTED']);

/** Applies `edit` to the parts of a formula outside string literals ("…" with "" escapes). */
function outsideStrings(formula: string, edit: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join('');
}

/** Top-level arguments of the call whose `(` is at `open`, with their offsets. */
function callArguments(text: string, open: number): { text: string; start: number }[] {
  const args: { text: string; start: number }[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      i = text.indexOf('"', i + 1);
      while (i >= 0 && text[i + 1] === '"') i = text.indexOf('"', i + 2);
      if (i < 0) break;
    } else if (ch === '(') depth++;
    else if (ch === ')' || (ch === ',' && depth === 1)) {
      if (depth === 1) args.push({ text: text.slice(start, i).trim(), start });
      start = i + 1;
      if (ch === ')' && --depth === 0) break;
    }
  }
  return args;
}

/** The names LAMBDA and LET bind in a formula: LAMBDA parameters (optional ones marked) and LET names. */
function boundNames(formula: string): { readonly bound: Set<string>; readonly optional: Set<string> } {
  const bound = new Set<string>();
  const optional = new Set<string>();
  for (const m of formula.matchAll(/\b(LAMBDA|LET)\(/gi)) {
    const args = callArguments(formula, (m.index ?? 0) + m[0].length - 1);
    const isLambda = m[1].toUpperCase() === 'LAMBDA';
    args.slice(0, -1).forEach((arg, i) => {
      if (!isLambda && i % 2 === 1) return;
      const opt = /^\[(\w+)\]$/.exec(arg.text);
      const name = (opt ? opt[1] : arg.text).toUpperCase();
      if (!/^[A-Z_][A-Z0-9_]*$/.test(name)) return;
      bound.add(name);
      if (isLambda && opt) optional.add(name);
    });
  }
  return { bound, optional };
}

/**
 * A formula as an .xlsx file stores it (no leading `=`): LAMBDA, LET and ISOMITTED as
 * `_xlfn.NAME`, the names LAMBDA and LET bind as `_xlpm.name`, and an optional LAMBDA
 * parameter `[x]` declared as `_xlop.x` (Excel drops a name stored with the brackets).
 */
export function toFileFormula(formula: string): string {
  const text = formula.replace(/^=/, '');
  const { bound, optional } = boundNames(text);
  return outsideStrings(text, (part) =>
    part
      .replace(/\[([A-Za-z_]\w*)\]/g, (whole, name: string) =>
        optional.has(name.toUpperCase()) ? `_xlop.${name}` : whole,
      )
      .replace(/(?<![\w.])([A-Za-z_][A-Za-z0-9_.]*)(\s*\()?/g, (whole, name: string, call?: string) => {
        const upper = name.toUpperCase();
        if (call && FUTURE_FUNCTIONS.has(upper)) return `_xlfn.${name}${call}`;
        if (!call && bound.has(upper)) return `_xlpm.${name}`;
        return whole;
      }),
  );
}

/** The display form of a formula a file stores (with `=`): the inverse of `toFileFormula`. */
export function fromFileFormula(stored: string): string {
  const text = stored.replace(/^=/, '');
  return `=${outsideStrings(text, (part) =>
    part
      .replace(/_xlop\.([A-Za-z_]\w*)/g, '[$1]')
      .replace(/_xlfn\._xlws\./g, '')
      .replace(/_xl(?:fn|pm)\./g, ''),
  )}`;
}

/** What to tell the user about a `NamesResult`, sentence by sentence, and how it went overall. */
export function shortNamesReport(result: NamesResult): {
  readonly intent: 'success' | 'warning';
  readonly lines: readonly string[];
} {
  const text = SHARE_TEXT.shortNames;
  if (result.outcome === 'noLambda') return { intent: 'warning', lines: [SHARE_TEXT.noLambda] };
  const lines: string[] = [];
  const fresh = [...result.added, ...result.replaced];
  if (fresh.length > 0) lines.push(text.written(fresh));
  if (result.replaced.length > 0) lines.push(text.replaced(result.replaced));
  if (result.unchanged.length > 0) lines.push(text.alreadyThere(result.unchanged));
  for (const c of result.conflicts) lines.push(text.conflict(c.name, c.existingFormula));
  lines.push(text.smartNeedsAddin);
  if (!result.calculatedHere) lines.push(text.notCalculatedHere);
  return { intent: result.conflicts.length > 0 ? 'warning' : 'success', lines };
}
