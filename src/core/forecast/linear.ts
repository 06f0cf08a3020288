/** Least-squares lines on date serials: Excel's FORECAST.LINEAR, and the slope's noise for the trend. */

export interface LineFit {
  readonly intercept: number;
  readonly slope: number;
  /** Standard error of the slope; 0 when the points lie on the line, Infinity with two points. */
  readonly slopeError: number;
  /** Standard deviation of the residuals (n - 2 degrees of freedom); 0 with two points. */
  readonly residualSpread: number;
  readonly meanX: number;
  readonly sxx: number;
  readonly n: number;
}

/** Fits y = a + b·x over points [from, to) of the lists; null when all x are equal (Excel: #DIV/0!). */
export function fitLine(xs: readonly number[], ys: readonly number[], from = 0, to = xs.length): LineFit | null {
  const n = to - from;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = from; i < to; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = from; i < to; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (!(sxx > 0) || !Number.isFinite(sxx) || !Number.isFinite(sxy)) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  // The residual sum of squares from the centred sums, without a third pass; rounding can leave
  // a hair below zero on points that lie on the line.
  const sse = Math.max(0, syy - slope * sxy);
  const residualSpread = n > 2 ? Math.sqrt(sse / (n - 2)) : 0;
  const slopeError = n > 2 ? residualSpread / Math.sqrt(sxx) : Infinity;
  return { intercept, slope, slopeError, residualSpread, meanX: mx, sxx, n };
}

/** The line's value at x, computed from the means as spreadsheets do so far-off dates keep their digits. */
export function lineAt(fit: LineFit, x: number): number {
  return fit.intercept + fit.slope * x;
}

/** How much wider a new observation at x spreads around the line than the residuals do (the regression prediction interval). */
export function lineSpreadFactor(fit: LineFit, x: number): number {
  const dx = x - fit.meanX;
  return Math.sqrt(1 + 1 / fit.n + (dx * dx) / fit.sxx);
}
