import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckResult } from '../../engine/check';
import type { IgnoredFinding, WorkbookHost } from '../../host/workbookHost';
import { useLang, useStrings } from '../../i18n';
import { errorText } from '../errorText';
import { fill } from './fill';
import { reviewWorkbook } from './reviewExport';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

export interface ExportReviewProps {
  host: WorkbookHost;
  result: CheckResult;
  ignored: IgnoredFinding[];
}

/** How the last export went, for the check it exported (a new check starts without a line). */
type Status = { result: CheckResult; kind: 'busy' | 'done' | 'failed'; text: string };

/**
 * 导出审核意见: the reviewers' workbook of this check, opened in Excel or downloaded; one line says how
 * it went. The check tab loads this module lazily (with the tables and the writer it imports), so none
 * of it weighs on the task pane's first load.
 */
export function ExportReview({ host, result, ignored }: ExportReviewProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [latest, setStatus] = useState<Status | null>(null);
  const status = latest?.result === result ? latest : null;

  const run = async () => {
    setStatus({ result, kind: 'busy', text: s.exportReviewBusy });
    try {
      const name = await host.workbookName();
      const file = reviewWorkbook(name, result, ignored);
      await host.exportWorkbook(file);
      setStatus({ result, kind: 'done', text: host.kind === 'excel' ? s.exportReviewOpened : fill(s.exportReviewDownloaded, { name: file.fileName }) });
    } catch (error) {
      setStatus({ result, kind: 'failed', text: errorText(error, lang, s.exportReviewFailed) });
    }
  };

  const busy = status?.kind === 'busy';
  return (
    <div className={styles.root}>
      <Button disabledFocusable={busy} onClick={() => void run()}>
        {s.exportReview}
      </Button>
      <Text role="status" aria-live="polite" className={status?.kind === 'failed' ? styles.failed : undefined}>
        {status?.text ?? ''}
      </Text>
    </div>
  );
}
