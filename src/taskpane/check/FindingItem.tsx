import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../engine/schema';
import { useLang, useStrings } from '../../i18n';
import { fill } from './fill';
import { IgnoreForm } from './IgnoreForm';
import { ruleTitle } from '../../engine/rules/titles';
import { plainButton } from './plainButton';
import { SeverityBadge } from './SeverityBadge';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  ignored: { color: tokens.colorNeutralForeground3 },
  jump: { ...plainButton, display: 'block' },
  cell: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  badge: { marginInlineEnd: tokens.spacingHorizontalXS },
  secondary: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex' },
});

export interface FindingItemProps {
  finding: Finding;
  ignoredReason: string | null;
  saving: boolean;
  onSelect(finding: Finding): void;
  /** Resolves to whether the change was saved. */
  onIgnore(finding: Finding, reason: string): Promise<boolean>;
  onUnignore(finding: Finding): Promise<boolean>;
}

/** "state the unit…" → "State the unit…": every "Fix: …" line reads the same, whichever rule wrote it. */
export function sentenceStart(text: string): string {
  return text.replace(/^[a-z]/, (c) => c.toUpperCase());
}

/**
 * One finding: its cell, severity, message and fix. The cell line is a button (click, Enter or
 * Space selects the cell in Excel); 忽略 asks for a reason, 取消忽略 takes it back.
 */
export function FindingItem({ finding, ignoredReason, saving, onSelect, onIgnore, onUnignore }: FindingItemProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // After (un)ignoring, the toggle button is replaced: keep keyboard focus on its successor.
  const refocus = useRef(false);
  const ignored = ignoredReason !== null;
  const names = { cell: finding.cell, rule: ruleTitle(finding.rule, lang) };

  useEffect(() => {
    if (refocus.current) toggle.current?.focus();
    refocus.current = false;
  }, [ignored]);

  const confirm = async (reason: string) => {
    refocus.current = true;
    if (await onIgnore(finding, reason)) setAsking(false);
    else refocus.current = false;
  };
  const cancel = () => {
    setAsking(false);
    toggle.current?.focus();
  };

  return (
    <li className={mergeClasses(styles.item, ignored && styles.ignored)}>
      <button type="button" className={styles.jump} title={s.checkSelectHint} onClick={() => onSelect(finding)}>
        <span className={styles.cell}>{finding.cell}</span>
        <span className={styles.badge}>
          <SeverityBadge severity={finding.severity} />
        </span>
        <span>{finding.message}</span>
      </button>
      {finding.suggestion ? (
        <Text size={200} className={styles.secondary}>
          {fill(s.checkSuggestion, { text: lang === 'en' ? sentenceStart(finding.suggestion) : finding.suggestion })}
        </Text>
      ) : null}
      {ignored ? (
        <Text size={200} weight="semibold">
          {fill(s.checkIgnoredBecause, { reason: ignoredReason })}
        </Text>
      ) : null}
      <div className={styles.actions}>
        {ignored ? (
          <Button
            ref={toggle}
            size="small"
            appearance="subtle"
            disabledFocusable={saving}
            aria-label={fill(s.checkUnignoreLabel, names)}
            onClick={() => {
              refocus.current = true;
              void onUnignore(finding);
            }}
          >
            {s.checkUnignore}
          </Button>
        ) : (
          <Button
            ref={toggle}
            size="small"
            appearance="subtle"
            aria-label={fill(s.checkIgnoreLabel, names)}
            aria-expanded={asking}
            onClick={() => setAsking((open) => !open)}
          >
            {s.checkIgnore}
          </Button>
        )}
      </div>
      {asking && !ignored ? (
        <IgnoreForm label={fill(s.checkIgnoreLabel, names)} busy={saving} onConfirm={(reason) => void confirm(reason)} onCancel={cancel} />
      ) : null}
    </li>
  );
}
