// How an .xlsx looks, as exceljs read it: column widths, row heights and each cell's fill, font,
// alignment, wrapping and borders, in the WorkbookSpec's terms. The engine never needs these; the
// sandbox draws them so a user's own workbook looks as Excel shows it. File-free, like the snapshot.
import type ExcelJS from 'exceljs';
import { columnLetters, toA1 } from '../engine/a1';
import type { CellStyle } from '../engine/schema';
import { excelColour } from './excelColours';

export interface SheetFormatting {
  /** Widths in characters, by column letter (only the columns the file sizes). */
  columnWidths: Record<string, number>;
  /** Heights in points, by row number (only the rows the file sizes). */
  rowHeights: Record<string, number>;
  /** Styles by A1 address, for cells whose look differs from a plain cell. */
  styles: Record<string, CellStyle>;
}

/** Formatting by sheet name. */
export function formattingFromExcelJs(workbook: ExcelJS.Workbook): Map<string, SheetFormatting> {
  return new Map(workbook.worksheets.map((ws) => [ws.name, sheetFormatting(ws)]));
}

function sheetFormatting(ws: ExcelJS.Worksheet): SheetFormatting {
  const columnWidths: Record<string, number> = {};
  const defaultWidth = ws.properties?.defaultColWidth;
  for (let col = 1; col <= ws.columnCount; col++) {
    const column = ws.getColumn(col);
    const width = column.hidden ? 0 : (column.width ?? defaultWidth);
    if (typeof width === 'number' && Number.isFinite(width)) columnWidths[columnLetters(col)] = width;
  }
  const rowHeights: Record<string, number> = {};
  const styles: Record<string, CellStyle> = {};
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const height = row.hidden ? 0 : row.height;
    if (typeof height === 'number' && Number.isFinite(height)) rowHeights[String(rowNumber)] = height;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const style = cellStyle(cell.style);
      if (style) styles[toA1(rowNumber, colNumber)] = style;
    });
  });
  return { columnWidths, rowHeights, styles };
}

const H_ALIGN: Record<string, CellStyle['hAlign']> = { left: 'left', justify: 'left', center: 'center', centerContinuous: 'center', distributed: 'center', right: 'right' };
const V_ALIGN: Record<string, CellStyle['vAlign']> = { top: 'top', middle: 'middle', justify: 'middle', distributed: 'middle', bottom: 'bottom' };

/** The style of one cell in the spec's terms; undefined for a plain cell. */
export function cellStyle(style: Partial<ExcelJS.Style> | undefined): CellStyle | undefined {
  if (!style) return undefined;
  const out: CellStyle = {};
  const fill = fillColour(style.fill);
  if (fill) out.fill = fill;
  if (style.font?.bold) out.bold = true;
  const fontColour = excelColour(style.font?.color);
  if (fontColour && fontColour !== '#000000') out.fontColor = fontColour;
  if (typeof style.font?.size === 'number' && style.font.size !== 11) out.fontSize = style.font.size;
  if (style.alignment?.wrapText) out.wrap = true;
  const h = style.alignment?.horizontal && H_ALIGN[style.alignment.horizontal];
  if (h) out.hAlign = h;
  const v = style.alignment?.vertical && V_ALIGN[style.alignment.vertical];
  if (v) out.vAlign = v;
  const border = style.border;
  if (border && [border.top, border.left, border.bottom, border.right].some((side) => side?.style)) out.border = true;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A solid (or patterned) fill's colour; gradients show their first stop. No fill gives undefined. */
function fillColour(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill) return undefined;
  if (fill.type === 'pattern') return fill.pattern === 'none' ? undefined : excelColour(fill.fgColor ?? fill.bgColor);
  if (fill.type === 'gradient') return excelColour(fill.stops?.[0]?.color);
  return undefined;
}
