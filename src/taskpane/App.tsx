import { lazy, Suspense, useId, useState, type ComponentType } from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { WorkbookHost } from '../host/workbookHost';
import { I18nProvider, useStrings, type Lang, type StringKey } from '../i18n';
import { Header } from './Header';
import { NotInExcel } from './NotInExcel';
import { CheckTab } from './tabs/CheckTab';
import type { TabProps } from './tabs/types';

// The check tab is the first screen; the others load on first use so the first load stays small.
const BalanceTab = lazy(() => import(/* webpackChunkName: "tab-balance" */ './tabs/BalanceTab').then((m) => ({ default: m.BalanceTab })));
const NewProjectTab = lazy(() =>
  import(/* webpackChunkName: "tab-new-project" */ './tabs/NewProjectTab').then((m) => ({ default: m.NewProjectTab })),
);

const LibraryTab = lazy(() => import(/* webpackChunkName: "tab-library" */ './tabs/LibraryTab').then((m) => ({ default: m.LibraryTab })));

type TabId = 'check' | 'balance' | 'newProject' | 'library';

const TABS: { id: TabId; label: StringKey; Panel: ComponentType<TabProps> }[] = [
  { id: 'check', label: 'tabCheck', Panel: CheckTab },
  { id: 'balance', label: 'tabBalance', Panel: BalanceTab },
  { id: 'newProject', label: 'tabNewProject', Panel: NewProjectTab },
  { id: 'library', label: 'tabLibrary', Panel: LibraryTab },
];

export interface AppProps {
  /** The workbook the pane works on; null outside Excel (the pane says so, the tabs still render). */
  host: WorkbookHost | null;
  lang: Lang;
  /** A one-line reason shown when starting inside Excel failed. */
  startupError?: string;
}

const useStyles = makeStyles({
  // The provider's classes also go to the node that holds its popups (a dropdown's list), which is laid
  // over the page at z-index 1000000: nothing here may give that node a size (see PANE_BOX).
  root: {
    boxSizing: 'border-box',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    overflowWrap: 'anywhere',
  },
  tabs: { flexWrap: 'wrap' },
  panel: { minWidth: 0 },
});

/**
 * The pane's height and padding, as an inline style, which stays on the pane: as classes they would also
 * size the popup node and make it cover the whole page, taking every click after a dropdown was opened.
 * The height is the container's, not the viewport's: the task pane page gives #root the full height,
 * the sandbox gives the pane column its own (below its bar), so neither scrolls an empty pane.
 */
const PANE_BOX = { minHeight: '100%', padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` };

export function App({ host, lang, startupError }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root} style={PANE_BOX}>
      <I18nProvider lang={lang}>
        <Shell host={host} startupError={startupError} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Shell({ host, startupError }: { host: WorkbookHost | null; startupError?: string }) {
  const s = useStrings();
  const styles = useStyles();
  const idBase = useId();
  const [selected, setSelected] = useState<TabId>('check');
  // A tab stays mounted once opened, so switching back keeps its state (results, form input).
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['check']));
  const tabId = (id: TabId) => `${idBase}-tab-${id}`;
  const panelId = (id: TabId) => `${idBase}-panel-${id}`;

  const select = (id: TabId) => {
    setSelected(id);
    setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
  };

  return (
    <>
      <Header />
      {startupError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{startupError}</MessageBarBody>
        </MessageBar>
      ) : host === null ? (
        <NotInExcel />
      ) : null}
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_, data) => select(data.value as TabId)}
        aria-label={s.tabsLabel}
      >
        {TABS.map((t) => (
          <Tab key={t.id} value={t.id} id={tabId(t.id)} aria-controls={panelId(t.id)}>
            {s[t.label]}
          </Tab>
        ))}
      </TabList>
      {TABS.map(({ id, Panel }) => (
        <div
          key={id}
          role="tabpanel"
          id={panelId(id)}
          aria-labelledby={tabId(id)}
          hidden={selected !== id}
          tabIndex={0}
          className={styles.panel}
        >
          {opened.has(id) ? (
            <Suspense fallback={<Spinner size="small" label={s.loadingPane} />}>
              <Panel host={host} />
            </Suspense>
          ) : null}
        </div>
      ))}
    </>
  );
}
