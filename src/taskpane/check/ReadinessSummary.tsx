import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useStrings, type StringKey, type Strings } from '../../i18n';
import { fill } from './fill';
import { plainButton } from './plainButton';
import type { Note } from '../../engine/schema';
import { SEVERITIES, type CheckSummary, type SeverityCounts } from './summarize';

const COUNT_LABEL: Record<keyof SeverityCounts, StringKey> = { error: 'countError', warning: 'countWarning', info: 'countInfo' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  sheets: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  sheet: { display: 'flex', flexDirection: 'column' },
  sheetCounts: { color: tokens.colorNeutralForeground3 },
  // A sheet with findings is a link-like button to its group in 问题列表 (positioned for the ring).
  sheetButton: { ...plainButton, display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  sheetName: { color: tokens.colorBrandForegroundLink, textDecorationLine: 'underline' },
});

const VERDICT_COLOR = { ready: 'success', review: 'warning', needsWork: 'danger' } as const;

/** 可以提交 only with no error and no warning; with warnings only "无错误，请复核 N 条警告"; else 需修改. */
export function verdictText(s: Strings, summary: Pick<CheckSummary, 'verdict' | 'counts'>): string {
  if (summary.verdict === 'ready') return s.checkReady;
  if (summary.verdict === 'review') return fill(s.checkReview, { n: summary.counts.warning });
  return s.checkNeedsWork;
}

/** "错误 0 · 警告 3 · 提示 1", or 无问题 for a clean sheet. */
export function countsText(s: Strings, counts: SeverityCounts): string {
  if (SEVERITIES.every((sev) => counts[sev] === 0)) return s.checkSheetClean;
  return SEVERITIES.map((sev) => fill(s[COUNT_LABEL[sev]], { n: counts[sev] })).join(' · ');
}

/**
 * 可以提交 / 需修改, the counts not ignored, and the same per sheet. A sheet with findings is a button
 * that opens its group in 问题列表 and moves there (`onShowSheet`).
 */
export function ReadinessSummary({ summary, notes = [], onShowSheet }: { summary: CheckSummary; notes?: Note[]; onShowSheet(sheet: string): void }) {
  const s = useStrings();
  const withGroup = new Set(summary.groups.map((g) => g.sheet));
  const styles = useStyles();
  const headingId = useId();
  const sheetsId = useId();
  const notesId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {s.checkResultHeading}
      </Text>
      <div role="status">
        <Badge size="large" appearance="filled" color={VERDICT_COLOR[summary.verdict]}>
          {verdictText(s, summary)}
        </Badge>
      </div>
      <ul className={styles.counts}>
        {SEVERITIES.map((sev) => (
          <li key={sev}>
            <Text weight={sev === 'error' ? 'semibold' : 'regular'}>{fill(s[COUNT_LABEL[sev]], { n: summary.counts[sev] })}</Text>
          </li>
        ))}
        {summary.ignored > 0 ? (
          <li>
            <Text>{fill(s.countIgnored, { n: summary.ignored })}</Text>
          </li>
        ) : null}
      </ul>
      <Text as="h3" size={300} weight="semibold" id={sheetsId} className={styles.heading}>
        {s.checkBySheet}
      </Text>
      <ul className={styles.sheets} aria-labelledby={sheetsId}>
        {summary.sheets.map(({ sheet, counts }) => (
          <li key={sheet} className={styles.sheet}>
            {withGroup.has(sheet) ? (
              <button type="button" className={styles.sheetButton} title={s.checkShowSheetHint} onClick={() => onShowSheet(sheet)}>
                <Text className={styles.sheetName}>{sheet}</Text>
                <Text size={200} className={styles.sheetCounts}>
                  {countsText(s, counts)}
                </Text>
              </button>
            ) : (
              <>
                <Text>{sheet}</Text>
                <Text size={200} className={styles.sheetCounts}>
                  {countsText(s, counts)}
                </Text>
              </>
            )}
          </li>
        ))}
      </ul>
      {notes.length > 0 ? (
        <>
          <Text as="h3" size={300} weight="semibold" id={notesId} className={styles.heading}>
            {s.checkNotesHeading}
          </Text>
          {/* Read facts, not problems: listed here only, never highlighted or counted. */}
          <ul className={styles.sheets} aria-labelledby={notesId}>
            {notes.map((note) => (
              <li key={`${note.sheet}!${note.cell}:${note.rule}`}>
                <Text size={200} className={styles.sheetCounts}>
                  {`${note.sheet}!${note.cell} ${note.message}`}
                </Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
