// Fluent's AccordionPanel, with one fix for React 18: a closing panel is made `inert` with the value
// true, which React 18 drops from the DOM with a warning ("Received `true` for a non-boolean attribute
// `inert`"), so focus could still reach the closing panel. React 18 sets unknown attributes from
// strings: "" makes the attribute present. Composed from Fluent's own hooks, as its docs describe.
import {
  renderAccordionPanel_unstable,
  useAccordionPanel_unstable,
  useAccordionPanelStyles_unstable,
  type AccordionPanelProps,
} from '@fluentui/react-components';
import { forwardRef } from 'react';

export const FindingsPanel = forwardRef<HTMLDivElement, AccordionPanelProps>((props, ref) => {
  const state = useAccordionPanel_unstable(props, ref);
  const root = state.root as { inert?: unknown };
  if (root.inert === true) root.inert = '';
  useAccordionPanelStyles_unstable(state);
  return renderAccordionPanel_unstable(state);
});
FindingsPanel.displayName = 'FindingsPanel';
