import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n';

/** Shown when the pane runs outside Excel (a plain browser, or Office.onReady reports another host). */
export function NotInExcel() {
  const s = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.notInExcelTitle}</MessageBarTitle> {s.notInExcelBody}
      </MessageBarBody>
    </MessageBar>
  );
}
