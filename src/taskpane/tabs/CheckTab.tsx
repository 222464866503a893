import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { CheckResult } from '../../engine/check';
import { useLang, useStrings, type StringKey } from '../../i18n';
import { CheckProgress } from '../check/CheckProgress';
import { FailureBar } from '../check/FailureBar';
import { FindingsList } from '../check/FindingsList';
import { defaultOpenSheets } from '../check/openGroups';
import { ReadinessSummary } from '../check/ReadinessSummary';
import type { CheckAction } from '../check/session';
import { summarize } from '../check/summarize';
import { useCheckSession } from '../check/useCheckSession';
import type { TabProps } from './types';

// 导出审核意见 with its tables and xlsx writer: a chunk of its own, fetched once results are shown.
const ExportReview = lazy(() => import(/* webpackChunkName: "review-export" */ '../check/ExportReview').then((m) => ({ default: m.ExportReview })));
// The reading notes and the column-role picker (with the engine's reading helpers): shown after a check only.
const ReadingPanel = lazy(() => import(/* webpackChunkName: "reading-notes" */ '../check/ReadingPanel').then((m) => ({ default: m.ReadingPanel })));

const FALLBACK: Record<CheckAction, StringKey> = {
  check: 'checkFailed',
  highlight: 'checkHighlightFailed',
  ignore: 'checkIgnoreFailed',
  clear: 'checkClearFailed',
  select: 'checkSelectFailed',
  roles: 'checkRolesFailed',
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
  const idBase = useId();
  const sheetIndex = useMemo(() => new Map(summary?.groups.map((g, i) => [g.sheet, i]) ?? []), [summary]);
  const headerId = useCallback((sheet: string) => `${idBase}-sheet-${sheetIndex.get(sheet) ?? -1}`, [idBase, sheetIndex]);
  // The open groups belong to one result: a new check opens its own defaults (derived-state update
  // during render, so the first paint of a result already has them open). Ignoring does not reset them.
  const [groups, setGroups] = useState<{ result: CheckResult | null; open: string[] }>({ result: null, open: [] });
  if (groups.result !== result) setGroups({ result, open: summary ? defaultOpenSheets(summary) : [] });
  // Set by a sheet line in the summary: after the group has opened, focus its header and scroll to it.
  const [focusSheet, setFocusSheet] = useState<{ sheet: string } | null>(null);
  useEffect(() => {
    if (!focusSheet) return;
    const header = document.getElementById(headerId(focusSheet.sheet));
    header?.scrollIntoView?.({ block: 'start' }); // instant: the jump can be thousands of pixels
    header?.focus({ preventScroll: true });
  }, [focusSheet, headerId]);
  // 清除标记 says what it did; the results stay listed (for that check only) and a new check marks again.
  const [clearedFor, setClearedFor] = useState<CheckResult | null | undefined>(undefined);
  const clear = async () => {
    if (!session) return;
    setClearedFor(undefined);
    await session.clearHighlights();
    if (!session.getState().failure) setClearedFor(session.getState().result);
  };
  const cleared = clearedFor !== undefined && clearedFor === result;
  const showSheet = (sheet: string) => {
    setGroups((g) => (g.open.includes(sheet) ? g : { ...g, open: [...g.open, sheet] }));
    setFocusSheet({ sheet });
  };

  return (
    <div className={styles.root}>
      <Text as="p" className={styles.intro}>
        {s.checkPlaceholder}
      </Text>
      <div role="group" aria-label={s.checkActionsLabel} className={styles.toolbar}>
        <Button appearance="primary" disabledFocusable={!session || busy} onClick={() => void session?.check(lang)}>
          {s.checkRun}
        </Button>
        <Button disabledFocusable={!session || busy || state.saving} onClick={() => void clear()}>
          {s.checkClearHighlights}
        </Button>
      </div>
      <CheckProgress phase={phase} progress={state.progress} />
      {cleared ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{result ? s.checkClearedKept : s.checkCleared}</MessageBarBody>
        </MessageBar>
      ) : null}
      {failure ? <FailureBar error={failure.error} fallback={s[FALLBACK[failure.action]]} /> : null}
      {summary && session ? (
        <>
          <ReadinessSummary summary={summary} notes={result?.notes ?? []} onShowSheet={showSheet} />
          {result ? (
            <Suspense fallback={null}>
              <ReadingPanel
                result={result}
                snapshot={state.snapshot}
                userRoles={state.columnRoles}
                busy={busy || state.saving}
                onSetRoles={(roles) => void session.setColumnRoles(roles, lang)}
                onReset={() => void session.setColumnRoles([], lang)}
              />
              {host ? <ExportReview host={host} result={result} ignored={ignored} /> : null}
            </Suspense>
          ) : null}
          <FindingsList
            summary={summary}
            open={groups.open}
            onOpenChange={(open) => setGroups({ result, open })}
            headerId={headerId}
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
