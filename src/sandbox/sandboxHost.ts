// The WorkbookHost of the browser sandbox: the same contract as the Excel adapter (src/excel), over
// the in-memory workbook. Refusals are HostErrors worded like Excel's, and nothing is half-written.
import { parseA1, toA1 } from '../engine/a1';
import { worstSeverityByCell } from '../engine/highlight';
import type { Change, Finding, Severity, SheetSpec } from '../engine/schema';
import { duplicateTarget, refusalFor, type GuardedWrite } from '../host/guardedWrite';
import { IGNORED_SHEET, ignoredRows, parseIgnoredRows, type IgnoredTimes } from '../engine/ignoredSheet';
import { HostError, type ApplyResult, type IgnoredFinding, type WorkbookHost } from '../host/workbookHost';
import { normaliseCell, type MemoryWorkbook, type UndoEntry } from './memoryWorkbook';

const MAX_SHEET_NAME = 31;
const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

export function createSandboxHost(workbook: MemoryWorkbook, now: () => Date = () => new Date()): WorkbookHost {
  return {
    kind: 'sandbox',
    capabilities: () => ({ dataValidation: true, mergedAreas: true }),

    async readSnapshot(onProgress) {
      const total = workbook.sheets.length;
      onProgress?.(0, total);
      const snapshot = workbook.snapshot();
      onProgress?.(total, total);
      return snapshot;
    },

    async applyHighlights(findings: Finding[]) {
      // Like the Excel adapter: every sheet must exist, and a new set replaces the previous one.
      const map = new Map<string, Map<string, Severity>>();
      for (const [sheet, cells] of worstSeverityByCell(findings)) {
        const name = requireSheet(workbook, sheet).name;
        map.set(name, new Map([...cells].map(([cell, severity]) => [address(sheet, cell), severity])));
      }
      workbook.setHighlights(map);
      workbook.changed();
    },

    async clearHighlights() {
      workbook.setHighlights(new Map());
      workbook.changed();
    },

    async select(sheet: string, cell: string) {
      const target = requireSheet(workbook, sheet);
      const selected = { sheet: target.name, cell: address(sheet, cell) };
      workbook.activeSheet = target.name;
      workbook.selected = selected;
      workbook.changed();
    },

    async applyPlan(changes: Change[]): Promise<ApplyResult> {
      if (changes.length === 0) return { written: 0 };
      compareAndSet(
        workbook,
        changes.map((c) => ({ sheet: c.sheet, cell: c.cell, expected: c.before, value: c.after })),
      );
      workbook.undo = changes.map(({ sheet, cell, before, after }) => ({ sheet, cell: normaliseCell(cell), before, after }));
      workbook.changed();
      return { written: changes.length };
    },

    async undoPlan() {
      const undo: UndoEntry[] = workbook.undo;
      if (undo.length === 0) return false;
      compareAndSet(
        workbook,
        undo.map((u) => ({ sheet: u.sheet, cell: u.cell, expected: u.after, value: u.before })),
      );
      workbook.undo = [];
      workbook.changed();
      return true;
    },

    async canUndoPlan() {
      return workbook.undo.length > 0;
    },

    // Like Excel: the ignored findings are rows of the very hidden sheet budget-check (ignoredSheet.ts).
    async loadIgnored(): Promise<IgnoredFinding[]> {
      return readIgnoredSheet(workbook).ignored;
    },

    async saveIgnored(ignored: IgnoredFinding[]) {
      const rows = ignoredRows(
        ignored.map(({ sheet, cell, rule, reason }) => ({ sheet, cell, rule, reason })),
        readIgnoredSheet(workbook).times,
        now(),
      );
      const cells: SheetSpec['cells'] = {};
      rows.forEach((row, r) => row.forEach((text, c) => (cells[toA1(r + 1, c + 1)] = { value: text, numFmt: '@' })));
      workbook.setHiddenSheet({ name: IGNORED_SHEET, cells, merges: [], columnWidths: {}, validations: [] });
      workbook.changed();
    },

    async createSheet(spec: SheetSpec) {
      checkSheetName(spec.name);
      if (workbook.nameTaken(spec.name)) {
        throw new HostError(`已有名为“${spec.name}”的工作表，未新建`, `A sheet named "${spec.name}" already exists; nothing was created`);
      }
      workbook.addSheet(spec);
      workbook.activeSheet = spec.name;
      workbook.selected = null;
      workbook.changed();
    },
  };
}

function readIgnoredSheet(workbook: MemoryWorkbook): { ignored: IgnoredFinding[]; times: IgnoredTimes } {
  const sheet = workbook.hiddenSheet(IGNORED_SHEET);
  if (!sheet) return { ignored: [], times: new Map() };
  const rows: unknown[][] = [];
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseA1(address);
    (rows[row - 1] ??= [])[col - 1] = cell.value;
  }
  return parseIgnoredRows(Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ''))) ?? { ignored: [], times: new Map() };
}

/** Every target checked first, then all written: a refusal leaves every cell as it was. */
function compareAndSet(workbook: MemoryWorkbook, writes: GuardedWrite[]): void {
  const duplicate = duplicateTarget(writes);
  if (duplicate) throw duplicate;
  const targets = writes.map((write) => {
    const sheet = requireSheet(workbook, write.sheet).name;
    const cell = address(write.sheet, write.cell);
    const refused = refusalFor(write, { value: workbook.valueAt(sheet, cell), formula: workbook.formulaAt(sheet, cell) });
    if (refused) throw refused;
    return { sheet, cell, value: write.value };
  });
  for (const t of targets) workbook.setValue(t.sheet, t.cell, t.value);
}

function requireSheet(workbook: MemoryWorkbook, name: string): SheetSpec {
  const sheet = workbook.sheetNamed(name);
  if (!sheet) throw new HostError(`找不到工作表“${name}”`, `There is no sheet named "${name}"`);
  return sheet;
}

function address(sheet: string, cell: string): string {
  try {
    parseA1(cell);
  } catch {
    throw new HostError(`“${sheet}!${cell}”不是单元格地址`, `"${sheet}!${cell}" is not a cell address`);
  }
  return normaliseCell(cell);
}

/** The names Excel itself refuses. */
function checkSheetName(name: string): void {
  const trimmed = name.trim();
  if (trimmed === '' || name.length > MAX_SHEET_NAME || BAD_SHEET_CHARS.test(name) || /^'|'$/.test(name)) {
    throw new HostError(
      `工作表名称“${name}”无效（1–31 个字符，不含 [ ] : * ? / \\），未新建`,
      `"${name}" is not a valid sheet name (1–31 characters, none of [ ] : * ? / \\); nothing was created`,
    );
  }
}

