/**
 * "KPI status as plain Excel formulas": offered for KPI tables only, off unless the user ticks it
 * (or ticked it last time for this sheet). The host decides which native form it writes.
 */
import { Checkbox, Text } from '@fluentui/react-components';
import { useStructureStyles } from './StructureFlow.styles';

export interface NativeKpiOptionProps {
  readonly checked: boolean;
  readonly disabled: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function NativeKpiOption({ checked, disabled, onChange }: NativeKpiOptionProps): JSX.Element {
  const styles = useStructureStyles();
  return (
    <div className={styles.option}>
      <Checkbox
        label="KPI status as plain Excel formulas"
        checked={checked}
        disabled={disabled}
        onChange={(_, data) => onChange(data.checked === true)}
        aria-describedby="structure-native-kpi-hint"
        data-testid="structure-native-kpi"
      />
      <Text id="structure-native-kpi-hint" size={200} className={styles.hint}>
        Status and Progress then work for people without Rudder, such as your accountant. The formulas are long.
      </Text>
    </div>
  );
}
