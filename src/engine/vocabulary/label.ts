// The form in which labels, level names and header cells are compared.
import { memoByText } from '../memo';

/** Marks of a required field that say nothing about what the cell is. */
const REQUIRED_MARK = /\(必填\)/g;
const SPACES = /[\s\u200B-\u200D\u2060\uFEFF]+/g;
const TRAILING_COLONS = /:+$/;

/**
 * NFKC (full-width → ASCII, （）→ ()), every whitespace character removed (line breaks, U+3000,
 * spaces between characters such as 产 出 指 标), "(必填)" and trailing colons dropped.
 */
export function normaliseLabel(text: string): string {
  return normalised(typeof text === 'string' ? text : String(text ?? ''));
}

// Repeated until stable: removing a space can join a letter and a combining mark NFKC then composes,
// and removing one "(必填)" can close up another around it.
const normalised = memoByText((source) => {
  let text = source;
  for (let i = 0; i < 4; i++) {
    const next = text.normalize('NFKC').replace(SPACES, '').replace(REQUIRED_MARK, '').replace(TRAILING_COLONS, '');
    if (next === text) break;
    text = next;
  }
  return text;
});
