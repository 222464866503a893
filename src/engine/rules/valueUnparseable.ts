// A value the grammar could not read: the parser's problem in plain words, and the fix when it is obvious.
import { parseValue } from '../values';

const PROBLEMS: Record<string, { zh: string; en: string }> = {
  'a letter O or l written for a digit': {
    zh: '数字里混入了字母（如把数字0写成字母O，把1写成字母l）',
    en: 'a letter stands for a digit (the letter O for a zero, l for a one)',
  },
  'repeated percent sign': { zh: '百分号写了两次', en: 'the percent sign is written twice' },
  'two operators': { zh: '写了两个比较符号', en: 'two comparison operators are written' },
  'conflicting operators': {
    zh: '前后两个比较符号意思相反（如“≥5天内”）',
    en: 'the operators before and after the number contradict each other (e.g. “≥5天内”)',
  },
  'operator without a number': { zh: '只有比较符号，没有数字', en: 'there is an operator but no number' },
  'percent sign without a number': { zh: '有百分号但没有数字', en: 'there is a percent sign but no number' },
  'malformed number': { zh: '数字的写法有误（如“.5”“1.2.3”）', en: 'the number is malformed (e.g. “.5”, “1.2.3”)' },
};

const UNKNOWN = { zh: '无法识别为“比较符号 + 数字 + 单位”', en: 'it cannot be read as operator + number + unit' };

export function problemWords(problem: string | null): { zh: string; en: string } {
  return (problem && PROBLEMS[problem]) || UNKNOWN;
}

/** The corrected value when the fix is obvious (1O0% → 100%, 90%% → 90%), else null. */
export function obviousFix(raw: string, problem: string | null): string | null {
  let candidate: string | null = null;
  if (problem === 'a letter O or l written for a digit') candidate = lettersToDigits(raw.trim());
  else if (problem === 'repeated percent sign') candidate = raw.trim().replace(/[%％]{2,}/g, '%');
  else if (problem === 'malformed number') candidate = raw.trim().replace(/^([≥≤><=]?)\.([0-9])/, '$10.$2');
  if (candidate === null || candidate === raw.trim()) return null;
  const parsed = parseValue(candidate);
  return parsed.kind === 'quantitative' ? parsed.canonical : null;
}

/** O / o beside digits read as 0, l / I before a digit read as 1 (as the value grammar does). */
function lettersToDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if ((ch === 'O' || ch === 'o') && (/[0-9.]/.test(before) || /[0-9.%‰]/.test(after))) out += '0';
    else if ((ch === 'l' || ch === 'I') && /[0-9]/.test(after) && !/[A-Za-z]/.test(before)) out += '1';
    else out += ch;
  }
  return out;
}
