/** A KPI's recent values as a small line: the points, and the SVG the report draws (the pane draws its own). */

/** The points of the line scaled into a box, as SVG polyline text; a flat series sits in the middle. */
export function sparkPoints(values: readonly number[], width: number, height: number): string {
  if (values.length === 0) return '';
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const y = span === 0 ? height / 2 : height - ((v - low) / span) * (height - 2) - 1;
      return `${Math.round(i * step * 10) / 10},${Math.round(y * 10) / 10}`;
    })
    .join(' ');
}

/** Inline SVG for the printable report; empty with fewer than two values. `label` must already be escaped. */
export function sparklineSvg(values: readonly number[], label: string, width = 80, height = 20): string {
  if (values.length < 2) return '';
  return `<svg class="spark" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}"><polyline points="${sparkPoints(values, width, height)}" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>`;
}
