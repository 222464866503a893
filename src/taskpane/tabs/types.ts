import type { WorkbookHost } from '../../host/workbookHost';

/** What every tab gets: the workbook host, or null outside Excel (tabs still render). */
export interface TabProps {
  host: WorkbookHost | null;
}
