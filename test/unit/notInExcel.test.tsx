/**
 * @jest-environment jsdom
 */
// taskpane.html opened in a plain browser points to the sandbox, where everything can be tried.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { I18nProvider, type Lang } from '../../src/i18n';
import { NotInExcel } from '../../src/taskpane/NotInExcel';

function renderIn(lang: Lang) {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <NotInExcel />
      </I18nProvider>
    </FluentProvider>,
  );
}

describe('outside Excel', () => {
  it('links to the sandbox beside the task pane', () => {
    renderIn('zh');
    const link = screen.getByRole('link', { name: /浏览器沙盒/ });
    expect(link.getAttribute('href')).toBe('sandbox.html');
  });

  it('keeps the language in English', () => {
    renderIn('en');
    expect(screen.getByRole('link', { name: /browser sandbox/ }).getAttribute('href')).toBe('sandbox.html?lang=en');
  });
});
