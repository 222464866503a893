// What the value rules read from an indicator's 三级 name and a target's number, worked out once per
// text: forms repeat the same names and values in every sheet, and every target asks the same questions.
import Big from 'big.js';
import { memoByText } from '../memo';
import { asksForQuantity, isCumulativeName, isRateName, isSatisfactionName, needsBound, rateBound } from './valueNames';

export interface NameFacts {
  rate: boolean;
  satisfaction: boolean;
  rateBound: 'certain' | 'likely' | null;
  needsBound: boolean;
  asksForQuantity: boolean;
  cumulative: boolean;
}

/** The value rules' questions about one name, answered once. */
export const nameFacts = memoByText(
  (name: string): NameFacts => ({
    rate: isRateName(name),
    satisfaction: isSatisfactionName(name),
    rateBound: rateBound(name),
    needsBound: needsBound(name),
    asksForQuantity: asksForQuantity(name),
    cumulative: isCumulativeName(name),
  }),
);

/** Where a percentage stands against the bounds the rules compare it with (exact, by big.js). */
export interface PercentFacts {
  over100: boolean;
  is100: boolean;
  under80: boolean;
  positive: boolean;
  under100: boolean;
}

const HUNDRED = new Big(100);

/** The comparisons of one number (a decimal string, as the value grammar gives it) with 0, 80 and 100. */
export const percentFacts = memoByText((numberText: string): PercentFacts => {
  const percent = new Big(numberText);
  return { over100: percent.gt(HUNDRED), is100: percent.eq(HUNDRED), under80: percent.lt(80), positive: percent.gt(0), under100: percent.lt(HUNDRED) };
});

/** a > b for the value grammar's decimal strings: by Number where both are short plain decimals (exact there), else by big.js. */
export function decimalGreater(a: string, b: string): boolean {
  return shortDecimal(a) && shortDecimal(b) ? Number(a) > Number(b) : new Big(a).gt(new Big(b));
}

/** a = b for the value grammar's decimal strings ("5" and "5.0" alike), as decimalGreater decides. */
export function decimalEqual(a: string, b: string): boolean {
  return shortDecimal(a) && shortDecimal(b) ? Number(a) === Number(b) : new Big(a).eq(b);
}

/** At most 15 characters of digits with an optional sign and decimal point: a double holds it and its order exactly. */
function shortDecimal(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  let digits = 0;
  let point = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 46 && !point) point = true;
    else if (!(code === 45 && i === 0)) return false;
  }
  return digits > 0;
}
