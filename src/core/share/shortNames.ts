/**
 * "Add short formula names to this workbook": SMARTSCORE, SMARTTIPS, KPI_STATUS and
 * KPI_PROGRESS as workbook names holding LAMBDA formulas, so owners can type =KPI_STATUS(B2,C2).
 * The KPI names are the native formulas (they work without the add-in); the SMART names wrap
 * RUDDER.* (they need it). Hosts without LAMBDA get a plain message instead (see SHARE_TEXT.noLambda).
 */
import { kpiProgressFormula, kpiStatusFormula, type KpiFormulaRefs } from '../kpi/formula';

export interface WorkbookName {
  readonly name: string;
  /** With the leading `=`. */
  readonly formula: string;
  readonly comment?: string;
}

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
      comment: 'SMART score 0-100 of a goal (needs the Rudder add-in).',
    },
    {
      name: 'SMARTTIPS',
      formula: smart('SMARTTIPS'),
      comment: 'How to make a goal SMARTer (needs the Rudder add-in).',
    },
    {
      name: 'KPI_STATUS',
      formula: lambda('KPI_STATUS', KPI_STATUS_PARAMS),
      comment: 'KPI status as a plain Excel formula (works without the add-in).',
    },
    {
      name: 'KPI_PROGRESS',
      formula: lambda('KPI_PROGRESS', KPI_PROGRESS_PARAMS),
      comment: 'KPI progress as a plain Excel formula (works without the add-in).',
    },
  ];
}
