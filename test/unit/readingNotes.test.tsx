/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { checkWorkbook } from '../../src/engine/check';
import { unsureReadings } from '../../src/engine/readingNotes';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { I18nProvider, type Lang } from '../../src/i18n';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { ReadingNotes } from '../../src/taskpane/check/ReadingNotes';
import { FAMILIES, sheetOf } from '../fixtures/families';

const family = (prefix: string) => FAMILIES.find((f) => f.name.startsWith(prefix)) as (typeof FAMILIES)[number];
const readingsOf = (prefix: string, name = '养护') =>
  unsureReadings(checkWorkbook(specToSnapshot(sheetOf(family(prefix).rows, [], name)), { lang: 'zh' }).model);

function show(prefix: string, lang: Lang = 'zh') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <ReadingNotes readings={readingsOf(prefix)} />
      </I18nProvider>
    </FluentProvider>,
  );
}

describe('how a table was read, when the reader was unsure', () => {
  it('lists nothing for the seed, whose tables all have standard headers', () => {
    expect(unsureReadings(checkWorkbook(specToSnapshot(seedWorkbookSpec()), { lang: 'zh' }).model)).toEqual([]);
  });

  it('names each column and how it was decided, in Chinese', () => {
    show('no 三级 header');
    expect(screen.getByRole('heading', { name: '读取方式' })).toBeTruthy();
    expect(screen.getByText(/^「养护」按以下方式读取/).textContent).toBe(
      '「养护」按以下方式读取：A列 二级指标（依内容）、B列 三级指标（依内容）、D列 年度指标值（表头与内容一致）',
    );
  });

  it('and in English', () => {
    show('a fragment', 'en');
    expect(screen.getByText(/^“养护” was read as/).textContent).toBe(
      '“养护” was read as: column A level 1 (by its content), column B level 2 (by its content), column C level 3 (indicator name) (by its content), ' +
        'column D implementation-period target (by its content), column E annual target (by its content)',
    );
  });

  it('shows nothing when every table was read from its header', () => {
    const { container } = render(
      <I18nProvider lang="zh">
        <ReadingNotes readings={[]} />
      </I18nProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
