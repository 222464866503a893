import { MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLang } from '../../i18n';
import { errorText } from '../errorText';

export interface FailureBarProps {
  error: unknown;
  /** Shown for anything that is not a HostError (which carries its own line). */
  fallback: string;
  /** A short next step after the message, e.g. "请重新检查后再应用。". */
  hint?: string;
  action?: ReactNode;
}

/** A host failure as one line: the HostError's own text in the pane's language, never a stack trace. */
export function FailureBar({ error, fallback, hint, action }: FailureBarProps) {
  const lang = useLang();
  const text = errorText(error, lang, fallback);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{hint ? `${text} ${hint}` : text}</MessageBarBody>
      {action ? <MessageBarActions>{action}</MessageBarActions> : null}
    </MessageBar>
  );
}
