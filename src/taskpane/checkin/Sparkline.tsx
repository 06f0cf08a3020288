/** A small line of a KPI's recent values, drawn as SVG (no chart library in the pane's bundle). */
import { tokens } from '@fluentui/react-components';
import { sparkPoints } from '../../core/share/sparkline';

const WIDTH = 96;
const HEIGHT = 24;

export function Sparkline(props: { readonly values: readonly number[]; readonly label: string }): JSX.Element | null {
  if (props.values.length < 2) return null;
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.label}>
      <polyline
        points={sparkPoints(props.values, WIDTH, HEIGHT)}
        fill="none"
        stroke={tokens.colorBrandForeground1}
        strokeWidth={1.5}
      />
    </svg>
  );
}
