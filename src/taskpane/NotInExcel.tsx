import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLang, useStrings } from '../i18n';

/** The sandbox is served beside taskpane.html (dist/ and the dev server). */
const SANDBOX_URL = 'sandbox.html';

/** Shown when the pane runs outside Excel (a plain browser, or Office.onReady reports another host): how to sideload it, or try the sandbox. */
export function NotInExcel() {
  const s = useStrings();
  const lang = useLang();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.notInExcelTitle}</MessageBarTitle> {s.notInExcelBody}{' '}
        <Link href={lang === 'en' ? `${SANDBOX_URL}?lang=en` : SANDBOX_URL}>{s.notInExcelSandbox}</Link>
      </MessageBarBody>
    </MessageBar>
  );
}
