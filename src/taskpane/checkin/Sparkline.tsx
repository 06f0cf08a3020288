/** A small line of a KPI's recent values, drawn as SVG (no chart library in the pane's bundle). */
import { tokens } from '@fluentui/react-components';

const WIDTH = 96;
const HEIGHT = 24;

/** The points of the line, scaled into the box; a flat series sits in the middle. */
export function sparkPoints(values: readonly number[], width = WIDTH, height = HEIGHT): string {
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

export function Sparkline(props: { readonly values: readonly number[]; readonly label: string }): JSX.Element | null {
  if (props.values.length < 2) return null;
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.label}>
      <polyline
        points={sparkPoints(props.values)}
        fill="none"
        stroke={tokens.colorBrandForeground1}
        strokeWidth={1.5}
      />
    </svg>
  );
}
