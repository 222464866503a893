import { Text } from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import type { TabProps } from './types';

/** 检查 — placeholder until the check pane is built (issue 6). */
export function CheckTab(_props: TabProps) {
  const s = useStrings();
  return <Text as="p">{s.checkPlaceholder}</Text>;
}
