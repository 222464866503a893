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

const normalised = memoByText((source) => source.normalize('NFKC').replace(SPACES, '').replace(REQUIRED_MARK, '').replace(TRAILING_COLONS, ''));
