/**
 * Findings grouped by severity, then by rule, in Fluent accordions. Each group draws its first
 * few findings and grows on "Show more", so thousands of findings never freeze the pane.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  CounterBadge,
  Link,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { RULE_TEXT, type Finding, type RuleId, type Severity } from '../../core/alignment';
import { SEVERITIES, SEVERITY_LABEL, SEVERITY_PLURAL, whereText } from '../../host/alignmentReport';
import { ALIGNMENT_TEXT } from './text';

/** Findings drawn per group at first, and added per "Show more". */
export const FIRST_FINDINGS = 20;
export const MORE_FINDINGS = 50;

const useStyles = makeStyles({
  severity: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  fix: { color: tokens.colorNeutralForeground2 },
  header: { wordBreak: 'break-word' },
  link: { alignSelf: 'flex-start', textAlign: 'left' },
});

interface RuleGroup {
  readonly key: string;
  readonly severity: Severity;
  readonly rule: RuleId;
  readonly findings: readonly Finding[];
}

/** Groups in the order the runner gives findings (errors first, rules in table order). */
export function groupFindings(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, { severity: Severity; rule: RuleId; findings: Finding[] }>();
  for (const f of findings) {
    const key = `${f.severity}:${f.rule}`;
    const group = groups.get(key) ?? { severity: f.severity, rule: f.rule, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, g]) => ({ key, ...g }));
}

type GoTo = (sheet: string, cell: string) => void;

function FindingItem({ finding, onGo }: { readonly finding: Finding; readonly onGo: GoTo }): JSX.Element {
  const styles = useStyles();
  const where = whereText(finding);
  return (
    <li className={`${styles.item} ${styles[finding.severity]}`} data-rule={finding.rule}>
      <Body1>{finding.message}</Body1>
      <Caption1 className={styles.fix}>
        <strong>{ALIGNMENT_TEXT.fixLabel}</strong>
        {finding.fix}
      </Caption1>
      <Link
        as="button"
        className={styles.link}
        onClick={() => onGo(finding.sheet, finding.cell)}
        aria-label={ALIGNMENT_TEXT.goToLabel(where, finding.message)}
      >
        {ALIGNMENT_TEXT.goTo(where)}
      </Link>
    </li>
  );
}

function GroupPanel({ group, onGo }: { readonly group: RuleGroup; readonly onGo: GoTo }): JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = useState(FIRST_FINDINGS);
  const total = group.findings.length;
  return (
    <>
      <ul className={styles.list}>
        {group.findings.slice(0, shown).map((f, i) => (
          <FindingItem key={`${f.sheet}!${f.cell}:${i}`} finding={f} onGo={onGo} />
        ))}
      </ul>
      {shown < total ? (
        <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + MORE_FINDINGS)}>
          {ALIGNMENT_TEXT.showMore(shown, total)}
        </Button>
      ) : null}
    </>
  );
}

export function FindingsList({
  findings,
  onGo,
}: {
  readonly findings: readonly Finding[];
  readonly onGo: GoTo;
}): JSX.Element {
  const styles = useStyles();
  const groups = useMemo(() => groupFindings(findings), [findings]);
  // Errors open at first; with none, the first group, so there is always something to read.
  const defaultOpen = useMemo(() => {
    const errors = groups.filter((g) => g.severity === 'error').map((g) => g.key);
    return errors.length > 0 ? errors : groups.slice(0, 1).map((g) => g.key);
  }, [groups]);
  if (findings.length === 0) return <Body1 data-testid="no-findings">{ALIGNMENT_TEXT.noFindings}</Body1>;
  return (
    <>
      {SEVERITIES.map((severity) => {
        const mine = groups.filter((g) => g.severity === severity);
        if (mine.length === 0) return null;
        const count = mine.reduce((n, g) => n + g.findings.length, 0);
        const heading = `${SEVERITY_PLURAL[severity][0].toUpperCase()}${SEVERITY_PLURAL[severity].slice(1)}`;
        return (
          <section
            key={severity}
            className={styles.severity}
            aria-label={`${heading}: ${count}`}
            data-severity={severity}
          >
            <Subtitle2 as="h3">
              {heading} ({count})
            </Subtitle2>
            <Accordion multiple collapsible defaultOpenItems={defaultOpen}>
              {mine.map((group) => (
                <AccordionItem key={group.key} value={group.key}>
                  <AccordionHeader size="small" className={styles.header}>
                    {RULE_TEXT[group.rule].title}&nbsp;
                    <CounterBadge
                      count={group.findings.length}
                      overflowCount={9999}
                      size="small"
                      appearance="ghost"
                      aria-label={`${group.findings.length} ${SEVERITY_LABEL[severity].toLowerCase()} findings`}
                    />
                  </AccordionHeader>
                  <AccordionPanel>
                    <GroupPanel group={group} onGo={onGo} />
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </section>
        );
      })}
    </>
  );
}
