// The template's placeholders as users leave them: 指标1:, ……, …, **, XX, ××, 请填写…
import { isPlaceholder } from '../layout/indicatorTable';
import { memoByText } from '../memo';

/** A numbered slot the template puts before each name: 指标1: / 指标 2： */
const NUMBERED_PREFIX = /^\s*指标\s*[0-9０-９]+\s*[:：]\s*/;
/** Marks that stand where something is to be filled in, at the start of the text. */
const FILL_IN = /^(请\s*(填写|填报|输入|选择)|[xX×]{2,}|\*{2,}|…+|\.{3,}|。{3,})/;
/** Operators a template may put before its placeholder number: ≥XX%. */
const LEADING_OPERATOR = /^[≥≤><=＞＜＝]+/;

export function stripPlaceholderPrefix(name: string): string {
  return name.replace(NUMBERED_PREFIX, '');
}

function hasNumberedPrefix(name: string): boolean {
  return NUMBERED_PREFIX.test(name) && stripPlaceholderPrefix(name).trim() !== '';
}

/** What an indicator's name is as a placeholder: a name after the template's number (指标1:…), a placeholder, or neither. */
export const NUMBERED_NAME = 1;
export const PLACEHOLDER_NAME = 2;
/** Both questions a name is asked, in one look-up per name (hasNumberedPrefix first, as the rule asks them). */
export const namePlaceholder: (name: string) => number = memoByText((name) => (hasNumberedPrefix(name) ? NUMBERED_NAME : placeholderText(name) ? PLACEHOLDER_NAME : 0));

/**
 * True when a name or value is a placeholder or starts with one (指标1:, ……, XX%, ≥××%, 请填写…).
 * Remembered: every name and target of every sheet is asked.
 */
export const isPlaceholderText: (text: string) => boolean = memoByText(placeholderText);

function placeholderText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  // A lone dash often means "not applicable" in a value cell: it is not a template mark.
  if (/^[-—]+$/.test(trimmed)) return false;
  if (isPlaceholder(trimmed) || NUMBERED_PREFIX.test(trimmed)) return true;
  return FILL_IN.test(trimmed.replace(LEADING_OPERATOR, ''));
}
