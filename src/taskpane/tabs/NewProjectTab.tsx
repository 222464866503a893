import { Text } from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import type { TabProps } from './types';

/** 新建项目表 — placeholder until the template pane is built. Loaded lazily by App. */
export function NewProjectTab(_props: TabProps) {
  const s = useStrings();
  return <Text as="p">{s.newProjectPlaceholder}</Text>;
}
