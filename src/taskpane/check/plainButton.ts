import { createFocusOutlineStyle, tokens, type GriffelStyle } from '@fluentui/react-components';

/**
 * A whole line that acts as a button (a finding, a sheet in the summary): text-like, full width, with
 * a hover tint and Fluent's focus ring. createFocusOutlineStyle draws the ring on an absolutely placed
 * ::after, so the button must be positioned, or the ring is placed against the page, out of sight.
 */
export const plainButton: GriffelStyle = {
  position: 'relative',
  width: '100%',
  textAlign: 'start',
  background: 'none',
  border: 'none',
  padding: tokens.spacingVerticalXXS,
  margin: 0,
  font: 'inherit',
  color: 'inherit',
  cursor: 'pointer',
  borderRadius: tokens.borderRadiusMedium,
  ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  ...createFocusOutlineStyle(),
};
