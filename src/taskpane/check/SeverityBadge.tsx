import { Badge } from '@fluentui/react-components';
import type { Severity } from '../../engine/schema';
import { useStrings, type StringKey } from '../../i18n';

export const SEVERITY_LABEL: Record<Severity, StringKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function SeverityBadge({ severity }: { severity: Severity }) {
  const s = useStrings();
  return (
    <Badge appearance="tint" color={COLOR[severity]} shape="rounded">
      {s[SEVERITY_LABEL[severity]]}
    </Badge>
  );
}
