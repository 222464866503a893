import type { SheetSnapshot, WorkbookSnapshot } from '../engine/schema';
import { parseRange } from '../engine/a1';
import { errorCode } from './errors';
import { emptySheet, gridsComplete, localAddress, sheetFromGrids, type LoadedGrids } from './gridConvert';
import { HostError } from '../host/workbookHost';
import { IGNORED_SHEET } from '../engine/ignoredSheet';
import type { ChangeWatch } from './changeWatch';
import { runBatch, type ApiSupport, type ExcelRunner } from './runtime';

export type Progress = (done: number, total: number) => void;

const READ = { zh: '读取工作簿', en: 'Reading the workbook' };
const GRIDS = 'values,text,formulas,numberFormat';
/**
 * Errors that mean "this read was too big", after which the sheets are read again in row chunks.
 * Excel on the web answers an over-5 MB response with a bare GeneralException ("An internal error
 * has occurred": office-js#1314, office-js#1012), so that counts too: a real fault fails the chunked
 * read again and is reported then.
 */
const TOO_LARGE = new Set([
  'ResponsePayloadSizeLimitExceeded',
  'RequestPayloadSizeLimitExceeded',
  'RangeExceedsLimit',
  'OperationCellsExceedLimit',
  'GeneralException',
]);
/**
 * Cells per sync on the large path. Four grids of mostly short cells are ~20 bytes a cell, so this
 * keeps a response near 4 MB, under Excel on the web's 5 MB cap and far under the 5,000,000-cell read.
 */
export const CELLS_PER_BATCH = 200_000;
/**
 * The used range by values only: a formatted but empty cell far below a form (a fill, a border)
 * would otherwise stretch the read (Worksheet.getUsedRangeOrNullObject(valuesOnly), ExcelApi 1.4).
 */
const VALUES_ONLY = true;

/**
 * The whole workbook in two syncs: (1) the sheet list, (2) every used range with its four grids and
 * merged areas. Excel refuses merged areas for a sheet with more than 512 of them, failing the whole
 * read: then it is read again without merged areas (they are inferred instead), one more sync. Only
 * when Excel refuses the read as too large, or silently returns incomplete grids, are the used
 * ranges' sizes read (one sync) and the rows read in chunks, CELLS_PER_BATCH per sync.
 */
export function readSnapshot(
  run: ExcelRunner,
  supports: ApiSupport,
  onProgress?: Progress,
  cellsPerBatch = CELLS_PER_BATCH,
  watch?: ChangeWatch,
) {
  return runBatch(run, READ, async (context): Promise<WorkbookSnapshot> => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility,items/id');
    await context.sync();

    const sheets = worksheets.items.filter((ws) => !isIgnoredFindingsSheet(ws));
    watch?.watch(sheets);
    onProgress?.(0, sheets.length);
    let withMerges = supports('1.13');
    const queueReads = () =>
      sheets.map((ws) => ({
        name: ws.name,
        used: ws.getUsedRangeOrNullObject(VALUES_ONLY).load(`address,rowCount,columnCount,${GRIDS}`),
        merges: withMerges ? queueMerges(ws) : undefined,
      }));
    let reads = queueReads();
    let outcome = await trySync(context);
    if (outcome.failed && withMerges) {
      withMerges = false;
      reads = queueReads();
      outcome = await trySync(context);
    }
    if (outcome.failed) throw outcome.failed;
    if (!outcome.tooLarge) {
      const complete = reads.every(
        ({ used }) => used.isNullObject || gridsComplete(used, used.rowCount, used.columnCount),
      );
      if (complete) {
        const result = reads.map(({ name, used, merges }) =>
          used.isNullObject ? emptySheet(name) : sheetFromGrids(name, used.address, used, mergeList(merges)),
        );
        onProgress?.(sheets.length, sheets.length);
        return { sheets: result };
      }
    }
    return { sheets: await readInChunks(context, sheets, withMerges, cellsPerBatch, onProgress) };
  });
}

/** The add-in's own very hidden record of ignored findings is not part of the workbook to check. */
function isIgnoredFindingsSheet(ws: Excel.Worksheet): boolean {
  return ws.name === IGNORED_SHEET && ws.visibility === 'VeryHidden';
}

/** Merged areas of the whole sheet (ExcelApi 1.13): the used range may be a null object. */
function queueMerges(ws: Excel.Worksheet): Excel.RangeAreas {
  const merged = ws.getRange().getMergedAreasOrNullObject();
  merged.areas.load('items/address');
  return merged;
}

function mergeList(merged: Excel.RangeAreas | undefined): string[] {
  if (!merged || merged.isNullObject) return [];
  return merged.areas.items.map((area) => localAddress(area.address));
}

/**
 * A sync that reports instead of throwing: `tooLarge` when the read must be chunked, `failed` with
 * any other refusal (which a read with merged areas gets when a sheet has too many of them).
 */
async function trySync(context: Excel.RequestContext): Promise<{ tooLarge?: true; failed?: unknown }> {
  try {
    await context.sync();
    return {};
  } catch (error) {
    const code = errorCode(error);
    return code && TOO_LARGE.has(code) ? { tooLarge: true } : { failed: error };
  }
}

interface Chunk {
  sheet: number;
  /** 0-based offset of the chunk's first row inside the used range. */
  offset: number;
  rows: number;
  range?: Excel.Range;
}

async function readInChunks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  withMerges: boolean,
  cellsPerBatch: number,
  onProgress?: Progress,
): Promise<SheetSnapshot[]> {
  const queueSizes = (merged: boolean) => ({
    used: sheets.map((ws) => ws.getUsedRangeOrNullObject(VALUES_ONLY).load('address,rowCount,columnCount')),
    merges: sheets.map((ws) => (merged ? queueMerges(ws) : undefined)),
  });
  let sizes = queueSizes(withMerges);
  try {
    await context.sync();
  } catch (error) {
    if (!withMerges) throw error;
    sizes = queueSizes(false); // too many merged areas: infer them
    await context.sync();
  }
  const { used, merges } = sizes;

  const batches = planBatches(
    used.map((range) => (range.isNullObject ? { rows: 0, cols: 0 } : { rows: range.rowCount, cols: range.columnCount })),
    cellsPerBatch,
  );
  const grids: LoadedGrids[] = sheets.map(() => ({ values: [], text: [], formulas: [], numberFormat: [] }));
  const lastBatchOfSheet = new Map<number, number>();
  batches.forEach((batch, index) => batch.forEach((chunk) => lastBatchOfSheet.set(chunk.sheet, index)));
  let done = sheets.filter((_, index) => !lastBatchOfSheet.has(index)).length;
  onProgress?.(done, sheets.length);

  // A batch over 5 MB (long Chinese text runs ~300 bytes a cell over four grids) is split in half and
  // read again until it fits; later batches keep the smaller size.
  const queue = batches.map((batch, index) => ({ batch, index }));
  let limit = cellsPerBatch;
  while (queue.length > 0) {
    const { batch, index } = queue.shift() as { batch: Chunk[]; index: number };
    const cells = batch.reduce((sum, c) => sum + c.rows * used[c.sheet].columnCount, 0);
    if (cells > limit && (batch.length > 1 || batch[0].rows > 1)) {
      queue.unshift(...splitBatch(batch).map((part) => ({ batch: part, index })));
      continue;
    }
    for (const chunk of batch) {
      const range = used[chunk.sheet];
      const { top, left } = parseRange(range.address);
      chunk.range = sheets[chunk.sheet]
        .getRangeByIndexes(top - 1 + chunk.offset, left - 1, chunk.rows, range.columnCount)
        .load(GRIDS);
    }
    const outcome = await trySync(context);
    if (outcome.failed) throw outcome.failed;
    if (outcome.tooLarge) {
      if (batch.length === 1 && batch[0].rows <= 1) throw tooLargeError(sheets[batch[0].sheet].name);
      limit = Math.max(1, Math.floor(cells / 2));
      queue.unshift(...splitBatch(batch).map((part) => ({ batch: part, index })));
      continue;
    }
    for (const chunk of batch) {
      const loaded = chunk.range as Excel.Range;
      if (!gridsComplete(loaded, chunk.rows, used[chunk.sheet].columnCount)) throw tooLargeError(sheets[chunk.sheet].name);
      const target = grids[chunk.sheet];
      target.values.push(...loaded.values);
      target.text.push(...loaded.text);
      target.formulas.push(...loaded.formulas);
      target.numberFormat.push(...loaded.numberFormat);
    }
    if (!queue.some((q) => q.index === index)) {
      done += [...lastBatchOfSheet.values()].filter((last) => last === index).length;
      onProgress?.(done, sheets.length);
    }
  }

  return sheets.map((ws, index) =>
    used[index].isNullObject
      ? emptySheet(ws.name)
      : sheetFromGrids(ws.name, used[index].address, grids[index], mergeList(merges[index])),
  );
}

/** Halves a batch: its chunks in two, or a lone chunk's rows in two (rows stay in order). */
function splitBatch(batch: Chunk[]): Chunk[][] {
  if (batch.length > 1) return [batch.slice(0, Math.ceil(batch.length / 2)), batch.slice(Math.ceil(batch.length / 2))];
  const [chunk] = batch;
  const half = Math.ceil(chunk.rows / 2);
  return [
    [{ sheet: chunk.sheet, offset: chunk.offset, rows: half }],
    [{ sheet: chunk.sheet, offset: chunk.offset + half, rows: chunk.rows - half }],
  ];
}

function tooLargeError(sheet: string): HostError {
  return new HostError(`工作表“${sheet}”太大，Excel 未能返回全部单元格`, `Sheet "${sheet}" is too large: Excel did not return all its cells`);
}

/** Row chunks of at most `limit` cells (one row at least), packed into batches of at most `limit` cells. */
export function planBatches(sizes: { rows: number; cols: number }[], limit = CELLS_PER_BATCH): Chunk[][] {
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let cells = 0;
  sizes.forEach(({ rows, cols }, sheet) => {
    const rowsPerChunk = Math.max(1, Math.floor(limit / Math.max(1, cols)));
    for (let offset = 0; offset < rows; offset += rowsPerChunk) {
      const chunkRows = Math.min(rowsPerChunk, rows - offset);
      if (cells + chunkRows * cols > limit && current.length > 0) {
        batches.push(current);
        current = [];
        cells = 0;
      }
      current.push({ sheet, offset, rows: chunkRows });
      cells += chunkRows * cols;
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}
