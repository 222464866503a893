// Values that hold more than one number: a range (90%-100%, 3至5天) or several measures in one cell
// (民兵点验310人次，入队训练61人次).
import { parseMeasure, type Measure } from './measure';

const RANGE_SEPARATORS = new Set(['-', '~', '—', '–', '至', '到']);

/** A range of two plain numbers with one unit; null when the text is not one. */
export function parseRange(text: string): { canonical: string; unit: string | null } | null {
  let seenDigit = false;
  for (let i = 1; i < text.length - 1; i++) {
    seenDigit ||= /[0-9]/.test(text[i - 1]);
    if (!seenDigit || !RANGE_SEPARATORS.has(text[i]) || !/[0-9%‰\u3400-\u9fff]/.test(text[i - 1])) continue;
    const low = parseMeasure(text.slice(0, i));
    const high = parseMeasure(text.slice(i + 1));
    if (!low.ok || !high.ok || !plain(low) || !plain(high)) return null;
    if (low.unit !== null && low.unit !== high.unit) return null;
    return { canonical: `${low.number}${low.unit ?? ''}-${high.number}${high.unit ?? ''}`, unit: high.unit };
  }
  return null;
}

function plain(m: Measure): boolean {
  return m.operator === null && m.direction === null && !m.number.startsWith('-');
}

/** Separators between measures; an ASCII comma inside 1,000 is a thousands separator, not one. */
const MEASURE_SEPARATORS = /[，；;、\s]+|,(?![0-9]{3}(?![0-9]))/;
const MAX_LABEL = 16;
/** Longer cells are narrative text, not a list of measures; the bound also keeps the search linear. */
const MAX_COMPOUND_LENGTH = 200;

/** How many labelled measures the text lists, when every part of it is one and there are two or more. */
export function countMeasures(text: string): number {
  if (text.length > MAX_COMPOUND_LENGTH) return 0;
  const parts = text.split(MEASURE_SEPARATORS).filter((p) => p !== '');
  if (parts.length < 2) return 0;
  return parts.every(isLabelledMeasure) ? parts.length : 0;
}

/** A measure with an optional short label before it: 入队训练61人次. */
function isLabelledMeasure(part: string): boolean {
  for (let i = 0; i <= Math.min(MAX_LABEL, part.length - 1); i++) {
    if (/[0-9]/.test(part.slice(0, i))) return false;
    if (parseMeasure(part.slice(i)).ok) return true;
  }
  return false;
}
