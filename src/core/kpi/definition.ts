/**
 * THE definition of KPI status and progress: the one source of truth for both
 * `evaluateKpi` (compiled to closures) and the native Excel formulas (emitted as text).
 *
 * Inputs are parsed values: numbers, dates as Excel serials, the direction as a code
 * (see DIRECTION_CODE), blanks as null. Rules (DESIGN §3, made precise here):
 *
 * - gap: how far the actual falls short. higher/maintainAbove: target - actual;
 *   lower/maintainBelow: actual - target; range: max(low - actual, actual - high).
 *   Achieved when gap <= 0, with a relative slack of 1e-12 so that float noise such as
 *   0.1+0.2 against 0.3 counts as a tie (a tie meets the target).
 * - No dates: Achieved, else At risk when the gap is within the tolerance band
 *   (tolerance x scale; scale = |target - baseline|, or |target| without a baseline; for a
 *   range, the baseline's distance to the band, or |the edge being missed|), else Off track.
 *   Target 0 without a baseline has scale 0: there is no At risk band, a miss is Off track.
 * - Dates (each rule needs only its own dates): asOf < start is Not started; asOf > due is
 *   Missed (Achieved wins over both). With start, due and asOf all given, expected progress
 *   is linear from 0 at start to 1 at due and health = progress / expected; On track at or
 *   above onTrack, At risk at or above atRisk, else Off track. At start itself nothing is
 *   expected yet: On track unless progress is negative.
 * - Maintain directions hold a line for the whole period, so they have no ramp: expected is 1
 *   from the start and the status inside the period follows the tolerance band, not health.
 *   Whenever progress is undefined (see below) pacing is impossible and the band decides too.
 * - Progress (never capped): with a baseline, (actual - baseline) / (target - baseline), defined
 *   only when the target lies on the better side of the baseline for the direction
 *   (40 -> 10 lower with actual 25 is 0.5). Without a baseline: actual / target for the higher
 *   side (needs target > 0), target / actual for the lower side (needs target > 0 and
 *   actual > 0). Range: 1 - distance(actual, band) / distance(baseline, band) when the
 *   baseline lies outside the band; otherwise 1 inside the band and blank outside it.
 */
import {
  abs,
  add,
  and,
  blank,
  Bindings,
  div,
  eq,
  ge,
  gt,
  iff,
  isBlank,
  known,
  le,
  lt,
  max,
  min,
  mul,
  not,
  num,
  or,
  param,
  sub,
  text,
  type Binding,
  type Bool,
  type Ex,
  type MaybeNum,
} from './expr';
import { DIRECTION_CODE } from './lexicon';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type { KpiStatus } from './types';

/** Relative slack for comparing values (ties within float noise meet the target). */
export const VALUE_SLACK = 1e-12;
/** Absolute slack for comparing health with thresholds (a ratio near 1). */
export const RATIO_SLACK = 1e-9;
export const DEFAULT_TOLERANCE = 0.1;

export type Output = 'status' | 'progress' | 'expected' | 'health';

export interface KpiDefinition {
  readonly bindings: readonly Binding[];
  readonly outputs: { readonly [K in Output]: Ex<K extends 'status' ? KpiStatus : number | null> };
}

const status = (s: KpiStatus): Ex<KpiStatus> => text(s) as Ex<KpiStatus>;

function build(): KpiDefinition {
  const b = new Bindings();
  const actual = param('actual');
  const target = param('target');
  const targetHigh = param('targetHigh');
  const code = known(param('direction'));
  const baseline = param('baseline');
  const start = param('start');
  const due = param('due');
  const asOf = param('asOf');

  // Blanks are tested before any use, so the numeric views below are safe where they are read.
  const a = known(actual);
  const t = known(target);
  const hasBase = b.bind('hasBase', not(isBlank(baseline)));
  const base = known(baseline);

  const isRange = b.bind('isRange', eq(code, num(DIRECTION_CODE.range)));
  const isHold = b.bind(
    'isHold',
    or(eq(code, num(DIRECTION_CODE.maintainAbove)), eq(code, num(DIRECTION_CODE.maintainBelow))),
  );
  const upward = b.bind(
    'upward',
    or(eq(code, num(DIRECTION_CODE.higher)), eq(code, num(DIRECTION_CODE.maintainAbove))),
  );
  const other = b.bind('other', iff(isBlank(targetHigh), t, known(targetHigh)));
  const low = b.bind('low', iff(isRange, min(t, other), t));
  const high = b.bind('high', iff(isRange, max(t, other), t));

  const gap = b.bind('gap', iff(isRange, max(sub(low, a), sub(a, high)), iff(upward, sub(t, a), sub(a, t))));
  const size = b.bind('size', max(abs(a), abs(low), abs(high), iff(hasBase, abs(base), num(0))));
  const met = b.bind('met', le(gap, mul(num(VALUE_SLACK), size)));

  // How far the baseline sits from the band (0 inside it or without a baseline).
  const baseOut = b.bind('baseOut', iff(and(isRange, hasBase), max(sub(low, base), sub(base, high), num(0)), num(0)));
  const edgeScale = iff(gt(baseOut, num(0)), baseOut, abs(iff(lt(a, low), low, high)));
  const scale = b.bind('scale', iff(isRange, edgeScale, iff(hasBase, abs(sub(t, base)), abs(t))));
  const tol = b.bind('tol', iff(isBlank(param('tolerance')), num(DEFAULT_TOLERANCE), known(param('tolerance'))));
  const band = b.bind(
    'band',
    iff(le(gap, add(mul(tol, scale), mul(num(VALUE_SLACK), size))), status('At risk'), status('Off track')),
  );

  const span = sub(t, base);
  const journey: MaybeNum = iff(
    hasBase,
    iff(
      upward,
      iff(gt(span, num(0)), div(sub(a, base), span), blank),
      iff(lt(span, num(0)), div(sub(a, base), span), blank),
    ),
    iff(upward, iff(gt(t, num(0)), div(a, t), blank), iff(and(gt(t, num(0)), gt(a, num(0))), div(t, a), blank)),
  );
  const inBand: MaybeNum = iff(
    gt(baseOut, num(0)),
    sub(num(1), div(max(sub(low, a), sub(a, high), num(0)), baseOut)),
    iff(met, num(1), blank),
  );
  const progress = b.bind('progress', iff(isBlank(actual), blank, iff(isRange, inBand, journey)));

  const hasStart = not(isBlank(start));
  const hasDue = not(isBlank(due));
  const hasAsOf = not(isBlank(asOf));
  const s = known(start);
  const u = known(due);
  const x = known(asOf);
  const dated = b.bind('dated', and(hasStart, hasDue, hasAsOf));
  const ramp = iff(ge(x, u), num(1), div(sub(x, s), sub(u, s)));
  const expected = b.bind('expected', iff(dated, iff(lt(x, s), num(0), iff(isHold, num(1), ramp)), blank));
  const e = known(expected);
  const p = known(progress);
  const health = b.bind(
    'health',
    iff(dated, iff(isHold, blank, iff(isBlank(progress), blank, iff(gt(e, num(0)), div(p, e), blank))), blank),
  );

  const onTrack = iff(isBlank(param('onTrack')), num(DEFAULT_THRESHOLDS.onTrack), known(param('onTrack')));
  const atRisk = iff(isBlank(param('atRisk')), num(DEFAULT_THRESHOLDS.atRisk), known(param('atRisk')));
  const h = known(health);
  const paced = iff(
    le(e, num(0)),
    iff(ge(p, num(0)), status('On track'), status('Off track')),
    iff(
      ge(h, sub(onTrack, num(RATIO_SLACK))),
      status('On track'),
      iff(ge(h, sub(atRisk, num(RATIO_SLACK))), status('At risk'), status('Off track')),
    ),
  );
  const notStarted: Bool = and(hasStart, hasAsOf, lt(x, s));
  const missed: Bool = and(hasDue, hasAsOf, gt(x, u));
  const statusExpr = iff(
    isBlank(actual),
    status('No data'),
    iff(
      met,
      status('Achieved'),
      iff(
        notStarted,
        status('Not started'),
        iff(missed, status('Missed'), iff(or(not(dated), isHold, isBlank(progress)), band, paced)),
      ),
    ),
  );

  return {
    bindings: b.all(),
    outputs: { status: statusExpr, progress, expected, health },
  };
}

export const KPI_DEFINITION: KpiDefinition = build();
