/**
 * @jest-environment jsdom
 */
// Closing a group of findings must not make React 18 warn about `inert` (and drop it from the DOM).
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { FindingsPanel } from '../../src/taskpane/check/FindingsPanel';

async function inertWarningsOnClose(Panel: ComponentType<{ children: React.ReactNode }>): Promise<string[]> {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const { unmount } = render(
      <FluentProvider theme={webLightTheme}>
        <Accordion collapsible multiple defaultOpenItems={['a']}>
          <AccordionItem value="a">
            <AccordionHeader>甲</AccordionHeader>
            <Panel>
              <button type="button">inside</button>
            </Panel>
          </AccordionItem>
        </Accordion>
      </FluentProvider>,
    );
    expect(screen.getByText('inside')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '甲' }));
    unmount();
    return errors.mock.calls.map((call) => call.map(String).join(' ')).filter((text) => text.includes('inert'));
  } finally {
    errors.mockRestore();
  }
}

describe('FindingsPanel', () => {
  it('closes without the React warning that Fluent’s own panel gives', async () => {
    expect(await inertWarningsOnClose(AccordionPanel)).not.toEqual([]); // the warning this fixes
    expect(await inertWarningsOnClose(FindingsPanel)).toEqual([]);
  });
});
