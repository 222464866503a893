// 指标库: find common indicators by words of their name, with their category, an example value, what
// they show and the project types they fit. Reads nothing from the workbook.
import { useDeferredValue, useId, useState } from 'react';
import { Button, Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LIBRARY, searchLibrary } from '../../engine/library';
import { useStrings } from '../../i18n';
import { fill } from '../check/fill';
import type { TabProps } from './types';
import { LibraryAddOutcome, LibraryTarget } from './LibraryAddBar';
import { useLibraryAdd } from './useLibraryAdd';

const SHOWN = 30;

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  full: { width: '100%', maxWidth: '100%', minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
});


export function LibraryTab({ host }: TabProps) {
  const s = useStrings();
  const add = useLibraryAdd(host);
  const styles = useStyles();
  const resultsId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = deferred.trim() === '' ? [] : searchLibrary(deferred, LIBRARY.length);

  return (
    <div className={styles.tab}>
      <Text as="p">{fill(s.libIntro, { count: LIBRARY.length })}</Text>
      <Field label={s.libSearchLabel} hint={s.libSearchHint}>
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} className={styles.full} aria-controls={resultsId} />
      </Field>
      <LibraryTarget add={add} hasHost={host !== null} />
      <LibraryAddOutcome add={add} />
      <div id={resultsId} role="region" aria-label={s.libResults} aria-live="polite">
        {deferred.trim() === '' ? null : found.length === 0 ? (
          <Text as="p">{fill(s.libNone, { query: deferred.trim() })}</Text>
        ) : (
          <>
            <Text as="p" weight="semibold">
              {found.length > SHOWN ? fill(s.libFoundSome, { count: found.length, shown: SHOWN }) : fill(s.libFound, { count: found.length })}
            </Text>
            <ul className={styles.list}>
              {found.slice(0, SHOWN).map((i) => (
                <li key={i.id} className={styles.item}>
                  <Text weight="semibold">{i.name}</Text>
                  <Text as="p" size={200} className={styles.meta}>
                    {i.level1} · {i.level2} · {fill(s.libExample, { example: i.example })}
                  </Text>
                  <Text as="p" size={200}>
                    {i.shows}
                  </Text>
                  <Text as="p" size={200} className={styles.meta}>
                    {fill(s.libTypes, { types: i.types.join('、') })}
                  </Text>
                  {add.target !== '' ? (
                    <Button size="small" onClick={() => void add.preview(i)} disabled={add.busy} aria-label={`${s.libAdd}：${i.name}`}>
                      {s.libAdd}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
