// One measure: [base+direction] [operator] number [unit] [suffix operator], e.g. 同比增长≥5%, 5天内, ≤70万元.
import type { Direction, Operator } from '../schema';
import { directionPrefix, operatorAt, operatorsAgree, operatorSuffix, type OperatorToken } from './lexicon';
import { isUnit } from './units';

export interface Measure {
  ok: true;
  /** Base and direction words as written ("减少", "同比增长"), "" when none. */
  lead: string;
  direction: Direction | null;
  operator: Operator | null;
  wordOperator: boolean;
  asciiOperator: boolean;
  /** Exact decimal string, thousands separators removed. */
  number: string;
  unit: string | null;
}

/** Not a measure; `problem` says why when the text looks like a quantity that cannot be read. */
export interface NotAMeasure {
  ok: false;
  problem: string | null;
}

const NUMBER_RUN = /^[-+]?[0-9][0-9.,]*/;
const WELL_FORMED = /^[-+]?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\.[0-9]+)?$/;

/** Parses compact text (folded, no spaces) as a single measure. */
export function parseMeasure(text: string): Measure | NotAMeasure {
  const suffix = operatorSuffix(text);
  const body = suffix ? text.slice(0, text.length - suffix.text.length) : text;
  if (suffix && operatorSuffix(body) && /[0-9]/.test(body)) return { ok: false, problem: 'two operators' };
  const lead = directionPrefix(body);
  const prefixes: OperatorToken[] = [];
  let pos = lead.text.length;
  for (let token = operatorAt(body, pos); token; token = operatorAt(body, pos)) {
    prefixes.push(token);
    pos += token.text.length;
  }
  const rest = body.slice(pos);
  const run = rest.match(NUMBER_RUN)?.[0].replace(/,+$/, '');
  if (run === undefined) return notANumber(rest, prefixes, suffix);

  const unitText = rest.slice(run.length);
  const unitOk = unitText === '' || isUnit(unitText);
  if (!unitOk) return { ok: false, problem: /^[%‰]{2,}$/.test(unitText) ? 'repeated percent sign' : null };
  if (!WELL_FORMED.test(run)) return { ok: false, problem: 'malformed number' };
  if (prefixes.length > 1) return { ok: false, problem: 'two operators' };

  const prefix = prefixes[0];
  let chosen: OperatorToken | undefined = prefix ?? suffix ?? undefined;
  if (prefix && suffix) {
    if (prefix.weak) chosen = suffix;
    else if (!operatorsAgree(prefix.op, suffix.op)) return { ok: false, problem: 'conflicting operators' };
  }
  return {
    ok: true,
    lead: lead.text,
    direction: lead.direction,
    operator: chosen?.op ?? null,
    wordOperator: (prefix?.spelling === 'word' && chosen === prefix) || suffix !== null,
    asciiOperator: prefix?.spelling === 'ascii',
    number: run.replace(/,/g, '').replace(/^\+/, ''),
    unit: unitText === '' ? null : unitText,
  };
}

/** No number where one should stand: an incomplete quantity (≥, ≥%, .5%) or plain words (不低于上年水平). */
function notANumber(rest: string, prefixes: OperatorToken[], suffix: OperatorToken | null): NotAMeasure {
  const hasDigit = /[0-9]/.test(rest);
  const symbolic = prefixes.some((p) => p.spelling !== 'word');
  if (prefixes.length > 1 && symbolic) return { ok: false, problem: 'two operators' };
  if (/^\.[0-9]/.test(rest) && isUnit(rest.replace(/^[.0-9]+/, '') || '%')) return { ok: false, problem: 'malformed number' };
  if (!hasDigit && prefixes.length > 0 && (symbolic || rest === '')) return { ok: false, problem: 'operator without a number' };
  if (/^[%‰]/.test(rest) && !hasDigit) return { ok: false, problem: 'percent sign without a number' };
  if (rest === '' && suffix && prefixes.length > 0) return { ok: false, problem: 'operator without a number' };
  return { ok: false, problem: null };
}
