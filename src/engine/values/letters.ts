// A letter typed for a digit: O or o for 0, l or I for 1 (1O0%, O%, l00%).
import { parseMeasure } from './measure';

const DIGITISH = /[0-9.%‰]/;

/** The text with look-alike letters that stand in number positions replaced by digits, or null if none do. */
function withDigitsForLetters(text: string): string | null {
  let out = '';
  let replaced = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    const o = (ch === 'O' || ch === 'o') && (/[0-9.]/.test(before) || DIGITISH.test(after));
    const l = (ch === 'l' || ch === 'I') && /[0-9]/.test(after) && !/[A-Za-z]/.test(before);
    if (o || l) {
      out += o ? '0' : '1';
      replaced = true;
    } else {
      out += ch;
    }
  }
  return replaced ? out : null;
}

/** True when the text is not a measure as written but would be one with its look-alike letters read as digits. */
export function hasLetterForDigit(text: string): boolean {
  const fixed = withDigitsForLetters(text);
  return fixed !== null && !parseMeasure(text).ok && parseMeasure(fixed).ok;
}
