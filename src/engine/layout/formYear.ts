// The year a form is for, from its own words: the 年度预算金额 label ("2026年预算金额") or a title
// such as "(2020年度)" above the table. Forms before 2021 follow the older indicator framework.
import { memoByText } from '../memo';
import type { SheetModel, SheetSnapshot } from '../schema';

const TITLE_YEAR = /^[（(]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$|((?:19|20)\d{2})\s*年度.{0,20}(绩效目标|预算)/;

/** The budget year the form states, or null. */
export function formYear(sheet: SheetSnapshot, model: SheetModel): number | null {
  const labelled = model.header['年度预算金额']?.year;
  if (labelled) return labelled;
  // Only the rows above the indicator table (or the first few): a year in an indicator is no title.
  const above = (model.table?.headerRow ?? sheet.origin.row + 8) - sheet.origin.row;
  const rows = Math.min(sheet.text.length, Math.max(0, above));
  for (let r = 0; r < rows; r++) {
    const texts = sheet.text[r];
    for (let c = 0; c < texts.length; c++) {
      const year = texts[c] === '' ? null : titleYear(texts[c]);
      if (year !== null) return year;
    }
  }
  return null;
}

/** The year a title cell states, or null; remembered per text (NFKC over every cell above each table adds up). */
const titleYear = memoByText((cell: string): number | null => {
  const text = cell.normalize('NFKC').trim();
  if (text.length > 40) return null;
  const match = TITLE_YEAR.exec(text);
  return match ? Number(match[1] ?? match[2]) : null;
});
