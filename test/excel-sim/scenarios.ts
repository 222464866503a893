// The scenarios `npm run test:excel-sim` runs, by the names issue 13 gives them.
import { clearSweepsCopiedSheet, floor17, hiddenSheetJump, listSeparatorSemicolon, readOverPayloadChunks, staleAfterEdit, userConditionalFormatsUntouched } from './readScenarios';
import {
  createSheetFailureCleansUp,
  ignoredRecordRoundtrip,
  protectedSheetUnlockedCells,
  protectedStructure,
  spillRangeNotWritten,
  textAmountStaysText,
  textFormatCellLiteral,
} from './writeScenarios';

export const SCENARIOS: Record<string, () => Promise<void>> = {
  'text-amount-stays-text': textAmountStaysText,
  'text-format-cell-literal': textFormatCellLiteral,
  'ignored-record-roundtrip': ignoredRecordRoundtrip,
  'create-sheet-failure-cleans-up': createSheetFailureCleansUp,
  'read-over-payload-chunks': readOverPayloadChunks,
  'clear-sweeps-copied-sheet': clearSweepsCopiedSheet,
  'user-conditional-formats-untouched': userConditionalFormatsUntouched,
  'list-separator-semicolon': listSeparatorSemicolon,
  'protected-sheet-unlocked-cells': protectedSheetUnlockedCells,
  'protected-structure': protectedStructure,
  'hidden-sheet-jump': hiddenSheetJump,
  'floor-1.7': floor17,
  'spill-range-not-written': spillRangeNotWritten,
  'stale-after-edit': staleAfterEdit,
};
