import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { Finding } from '../../engine/schema';
import { useLang, useStrings, type Strings } from '../../i18n';
import { fill } from './fill';
import { FindingItem } from './FindingItem';
import { FindingsPanel } from './FindingsPanel';
import { ruleTitle } from '../../engine/rules/titles';
import type { CheckSummary, RuleGroup } from './summarize';

const useStyles = makeStyles({
  heading: { margin: 0 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  rules: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalS },
  ruleHeading: { margin: 0, display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  secondary: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  ruleGroup: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export interface FindingActions {
  saving: boolean;
  onSelect(finding: Finding): void;
  onIgnore(finding: Finding, reason: string): Promise<boolean>;
  onUnignore(finding: Finding): Promise<boolean>;
}

/**
 * Findings by sheet (one accordion item each, with its count), then by rule (a heading with its
 * count). The list is the one landmark of this area: rule groups are plain headed lists, not
 * regions, so a screen reader's landmark list is not flooded with dozens of them.
 */
export interface SheetGroupsState {
  /** The sheets whose groups are open. */
  open: readonly string[];
  onOpenChange(open: string[]): void;
  /** The id of a sheet's group header button (the summary moves focus there). */
  headerId(sheet: string): string;
}

export function FindingsList({
  summary,
  open,
  onOpenChange,
  headerId,
  ...actions
}: { summary: CheckSummary } & SheetGroupsState & FindingActions) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {s.checkFindingsHeading}
      </Text>
      {summary.groups.length === 0 ? (
        <Text as="p">{s.checkNoFindings}</Text>
      ) : (
        <Accordion multiple collapsible openItems={[...open]} onToggle={(_, data) => onOpenChange(data.openItems.map(String))}>
          {summary.groups.map((group) => {
            const active = group.counts.error + group.counts.warning + group.counts.info;
            return (
              <AccordionItem key={group.sheet} value={group.sheet}>
                <AccordionHeader as="h3" expandIconPosition="end" button={{ id: headerId(group.sheet) }}>
                  <span className={styles.header}>
                    <span>{group.sheet}</span>
                    <span className={styles.secondary}>{fill(s.checkFindingCount, { n: active })}</span>
                  </span>
                </AccordionHeader>
                <FindingsPanel>
                  <div className={styles.rules}>
                    {group.rules.map((rule) => (
                      <RuleGroupList key={rule.rule} group={rule} {...actions} />
                    ))}
                  </div>
                </FindingsPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </section>
  );
}

/** "数值格式（2）", "数值格式（2，已忽略 1）", "数值格式（已忽略 1）": never a count of 0 beside the ignored ones. */
export function ruleGroupHeading(s: Strings, title: string, active: number, ignored: number): string {
  if (ignored === 0) return fill(s.checkRuleGroup, { title, n: active });
  return fill(active === 0 ? s.checkRuleGroupAllIgnored : s.checkRuleGroupWithIgnored, { title, n: active, m: ignored });
}

function RuleGroupList({ group, ...actions }: { group: RuleGroup } & FindingActions) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const headingId = useId();
  return (
    <div className={styles.ruleGroup} data-rule={group.rule}>
      {/* The rule id means nothing to the clerk: it is kept as a tooltip for support only. */}
      <Text as="h4" size={300} weight="semibold" id={headingId} className={styles.ruleHeading} title={group.rule}>
        {ruleGroupHeading(s, ruleTitle(group.rule, lang), group.active, group.ignored)}
      </Text>
      <ul className={styles.list} aria-labelledby={headingId}>
        {group.findings.map(({ finding, key, ignoredReason }) => (
          <FindingItem key={key} finding={finding} ignoredReason={ignoredReason} {...actions} />
        ))}
      </ul>
    </div>
  );
}
