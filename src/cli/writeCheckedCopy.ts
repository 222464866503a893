import { readFile, writeFile } from 'node:fs/promises';
import { commentTextByCell, HIGHLIGHT_FILL, worstSeverityByCell } from '../engine/highlight';
import type { Change, Finding, Severity } from '../engine/schema';
import { patchWorkbook } from '../xlsx/package/patchWorkbook';
import { PackageError } from '../xlsx/package/zip';
import { InputError } from './inputErrors';
import { writeAtomically } from './outputErrors';

/** The add-in's highlight colours as ARGB. */
export const SEVERITY_FILL = Object.fromEntries(
  Object.entries(HIGHLIGHT_FILL).map(([severity, hex]) => [severity, `FF${hex.slice(1)}`]),
) as Record<Severity, string>;

/** Who the 批注 are from, as Excel shows it above a note. */
const COMMENT_AUTHOR = '绩效目标表检查';

/**
 * Writes a copy of the workbook with each flagged cell filled by its worst finding's severity and
 * the planned changes applied, each with a 批注 saying why, by patching the input's package (src/xlsx/package): every other part,
 * cell, value and format is the input's own. A flagged merged cell is filled over its whole area.
 * The input file itself is never written (the caller refuses outputs that are an input).
 */
export async function writeCheckedCopy(input: string, output: string, findings: Finding[], changes: Change[]): Promise<void> {
  const fills = [...worstSeverityByCell(findings)].flatMap(([sheet, cells]) =>
    [...cells].map(([cell, severity]) => ({ sheet, cell, color: HIGHLIGHT_FILL[severity] })),
  );
  const values = changes.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.after }));
  // A 批注 on each flagged cell with the reason and the fix, and on each changed cell what it was.
  const comments = [...commentTextByCell(findings, changes)].flatMap(([sheet, cells]) =>
    [...cells].map(([cell, text]) => ({ sheet, cell, text, author: COMMENT_AUTHOR })),
  );
  let copy: Uint8Array;
  try {
    copy = patchWorkbook(await readFile(input), { fills, values, comments });
  } catch (error) {
    if (error instanceof PackageError) throw new InputError(error.zh, error.en);
    throw error;
  }
  await writeAtomically(output, (temporary) => writeFile(temporary, copy));
}
