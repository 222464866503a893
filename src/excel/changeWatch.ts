import { HostError } from '../host/workbookHost';

interface ChangedEvent {
  worksheetId: string;
  address: string;
}

/**
 * Notices edits made after a check, so findings are not highlighted — nor a plan written — at
 * addresses that may have moved (issue 13, Why 11). Every checked sheet gets a Worksheet.onChanged
 * handler (ExcelApi 1.7) in the read's own batch, no extra sync. Excel reports the add-in's own
 * writes too, so the cells a plan writes are expected and ignored. A new read starts afresh.
 */
export class ChangeWatch {
  private names = new Map<string, string>();
  private registered = new Set<string>();
  private own = new Set<string>();
  private staleAt: { sheet: string; address: string } | null = null;

  /** Call with the checked sheets (their `id` and `name` loaded) before the read's last sync. */
  watch(sheets: Excel.Worksheet[]): void {
    this.names.clear();
    this.own.clear();
    this.staleAt = null;
    for (const sheet of sheets) {
      this.names.set(sheet.id, sheet.name);
      if (this.registered.has(sheet.id)) continue;
      this.registered.add(sheet.id);
      sheet.onChanged.add(async (event: ChangedEvent) => this.changed(event));
    }
  }

  /** Cells the add-in is about to write itself. */
  expectWrites(cells: { sheet: string; cell: string }[]): void {
    for (const { sheet, cell } of cells) this.own.add(key(sheet, cell));
  }

  changed(event: ChangedEvent): void {
    const sheet = this.names.get(event.worksheetId);
    if (!sheet || this.own.has(key(sheet, event.address))) return;
    this.staleAt ??= { sheet, address: event.address.replace(/\$/g, '') };
  }

  /** Refuses, naming the first edit, when the workbook changed since the last check. */
  assertFresh(): void {
    if (!this.staleAt) return;
    const { sheet, address } = this.staleAt;
    throw new HostError(
      `工作表“${sheet}”在检查后已修改（${address}），问题所在的单元格可能已变；请重新检查`,
      `Sheet "${sheet}" was edited after the check (${address}); the findings' cells may have moved. Check again`,
    );
  }
}

function key(sheet: string, cell: string): string {
  return `${sheet}!${cell.replace(/\$/g, '').toUpperCase()}`;
}
