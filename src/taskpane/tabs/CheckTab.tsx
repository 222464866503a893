import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useLang, useStrings, type StringKey } from '../../i18n';
import { CheckProgress } from '../check/CheckProgress';
import { FailureBar } from '../check/FailureBar';
import { FindingsList } from '../check/FindingsList';
import { ReadinessSummary } from '../check/ReadinessSummary';
import type { CheckAction } from '../check/session';
import { summarize } from '../check/summarize';
import { useCheckSession } from '../check/useCheckSession';
import type { TabProps } from './types';

const FALLBACK: Record<CheckAction, StringKey> = {
  check: 'checkFailed',
  highlight: 'checkHighlightFailed',
  ignore: 'checkIgnoreFailed',
  clear: 'checkClearFailed',
  select: 'checkSelectFailed',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** 检查: read the workbook, run the engine, highlight, summarise; select, ignore and clear from here. */
export function CheckTab({ host }: TabProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const { session, state } = useCheckSession(host);
  const { result, ignored, phase, failure } = state;
  const busy = phase === 'reading' || phase === 'checking';
  const summary = useMemo(
    () => (result ? summarize(result.findings, ignored, result.model.sheets.map((sheet) => sheet.name)) : null),
    [result, ignored],
  );

  return (
    <div className={styles.root}>
      <Text as="p" className={styles.intro}>
        {s.checkPlaceholder}
      </Text>
      <div role="group" aria-label={s.checkActionsLabel} className={styles.toolbar}>
        <Button appearance="primary" disabledFocusable={!session || busy} onClick={() => void session?.check(lang)}>
          {s.checkRun}
        </Button>
        <Button disabledFocusable={!session || busy || state.saving} onClick={() => void session?.clearHighlights()}>
          {s.checkClearHighlights}
        </Button>
      </div>
      <CheckProgress phase={phase} progress={state.progress} />
      {failure ? <FailureBar error={failure.error} fallback={s[FALLBACK[failure.action]]} /> : null}
      {summary && session ? (
        <>
          <ReadinessSummary summary={summary} />
          <FindingsList
            summary={summary}
            saving={state.saving}
            onSelect={(finding) => void session.select(finding)}
            onIgnore={(finding, reason) => session.ignore(finding, reason)}
            onUnignore={(finding) => session.unignore(finding)}
          />
        </>
      ) : null}
    </div>
  );
}
