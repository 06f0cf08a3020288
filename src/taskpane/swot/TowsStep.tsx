/** TOWS: Rudder's strongest pairings as prompts; the owner writes a strategy for those that matter. */
import { Body1, Text, Textarea } from '@fluentui/react-components';
import { useMemo } from 'react';
import { proposeTowsPairings, type TowsStrategy, type TowsType } from '../../core/swot';
import { SWOT_UI } from './messages';
import { useSwotStyles } from './SwotWizard.styles';
import type { SwotWizardApi } from './useSwotWizard';
import { pairingKey, strategyFor } from './wizardModel';

/** Two per type keeps the page short; the strongest pairings are the ones worth a strategy. */
const PER_TYPE = 2;

const TYPE_NAMES: Readonly<Record<TowsType, string>> = {
  SO: 'Strength + Opportunity',
  ST: 'Strength + Threat',
  WO: 'Weakness + Opportunity',
  WT: 'Weakness + Threat',
};

interface Prompt {
  readonly type: TowsType;
  readonly from: readonly string[];
  readonly prompt: string;
}

function StrategyField({
  w,
  p,
  strategy,
}: {
  readonly w: SwotWizardApi;
  readonly p: Prompt;
  readonly strategy?: TowsStrategy;
}): JSX.Element {
  const styles = useSwotStyles();
  const label = `Strategy for ${p.from.join(' and ')}`;
  return (
    <div className={styles.section}>
      <Text>
        <Text weight="semibold">{TYPE_NAMES[p.type]}</Text>{' '}
        <span className={styles.muted}>
          ({p.from.join(' + ')}){strategy ? `, ${strategy.id}` : ''}
        </span>
      </Text>
      {/* The question comes before the box, so it is read before the answer is written. */}
      <Text size={200} className={styles.muted}>
        {p.prompt}
      </Text>
      <Textarea
        value={strategy?.text ?? ''}
        placeholder={SWOT_UI.strategyPlaceholder}
        aria-label={label}
        disabled={w.busy}
        resize="vertical"
        onChange={(_, d) => {
          if (d.value === '' && strategy) w.removeStrategy(strategy.id);
          else w.writeStrategy(p.type, p.from, d.value);
        }}
      />
    </div>
  );
}

export function TowsStep({ w }: { readonly w: SwotWizardApi }): JSX.Element {
  const styles = useSwotStyles();
  const pairings = useMemo(() => proposeTowsPairings(w.state.items, { perType: PER_TYPE }), [w.state.items]);
  const prompts: Prompt[] = pairings.map((p) => ({ type: p.type, from: p.from, prompt: p.prompt }));
  const proposed = new Set(prompts.map((p) => pairingKey(p.type, p.from)));
  // Strategies written earlier for pairings no longer proposed (items changed) stay on the page.
  const others = w.state.strategies.filter((s) => !proposed.has(pairingKey(s.type, s.from)));
  return (
    <section className={styles.section} aria-label="TOWS strategies">
      <Body1 className={styles.muted}>
        {prompts.length === 0 && others.length === 0 ? SWOT_UI.towsNone : SWOT_UI.towsIntro}
      </Body1>
      {prompts.map((p) => (
        <StrategyField key={pairingKey(p.type, p.from)} w={w} p={p} strategy={strategyFor(w.state, p.type, p.from)} />
      ))}
      {others.map((s) => (
        <StrategyField
          key={s.id}
          w={w}
          p={{ type: s.type, from: s.from, prompt: 'A strategy you wrote earlier.' }}
          strategy={s}
        />
      ))}
    </section>
  );
}
