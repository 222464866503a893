import { Text } from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import type { TabProps } from './types';

/** 平衡 — placeholder until the rebalance pane is built (issue 6). Loaded lazily by App. */
export function BalanceTab(_props: TabProps) {
  const s = useStrings();
  return <Text as="p">{s.balancePlaceholder}</Text>;
}
