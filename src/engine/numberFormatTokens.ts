// A number format code parsed into its sections (positive; negative; zero; text) of tokens, as
// numberFormat.ts renders them.

export type Token =
  | { kind: 'lit'; text: string }
  | { kind: 'digit'; ch: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'exp'; plus: boolean }
  | { kind: 'date'; ch: string; count: number; elapsed?: boolean }
  | { kind: 'text' }
  | { kind: 'general' };

const DATE_LETTERS = /[yYmMdDhHsS]/;

export function parseFormat(format: string): Token[][] {
  return splitSections(format).map(tokenize);
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const lit = (text: string) => tokens.push({ kind: 'lit', text });
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    const rest = section.slice(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      if (i + 1 < section.length) lit(section[++i]);
    } else if (ch === '_') {
      i++;
      lit(' '); // room for the next character: Excel's text shows a space
    } else if (ch === '*') {
      i++; // a fill character repeats to the column width; nothing fixed to show
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
      const currency = /^\$([^-]*)/.exec(inner);
      if (currency) lit(currency[1]);
      else if (/^[hms]+$/i.test(inner)) tokens.push({ kind: 'date', ch: inner[0].toLowerCase(), count: inner.length, elapsed: true });
      // colours and conditions change nothing in the text
    } else if (ch === '0' || ch === '#' || ch === '?') tokens.push({ kind: 'digit', ch });
    else if (ch === '.') tokens.push({ kind: 'point' });
    else if (ch === ',') tokens.push({ kind: 'comma' });
    else if (ch === '%') tokens.push({ kind: 'percent' });
    else if ((ch === 'E' || ch === 'e') && (section[i + 1] === '+' || section[i + 1] === '-')) {
      tokens.push({ kind: 'exp', plus: section[i + 1] === '+' });
      i++;
    } else if (ch === '@') tokens.push({ kind: 'text' });
    else if (/^general/i.test(rest)) {
      tokens.push({ kind: 'general' });
      i += 'general'.length - 1;
    } else if (/^(am\/pm|a\/p)/i.test(rest)) {
      tokens.push({ kind: 'date', ch: 'a', count: 1 });
      i += rest[1] === '/' ? 2 : 4;
    } else if (DATE_LETTERS.test(ch)) {
      // A run of one letter is one part: yyyy, mm, dddd.
      let count = 1;
      while (section[i + 1]?.toLowerCase() === ch.toLowerCase()) {
        count++;
        i++;
      }
      tokens.push({ kind: 'date', ch: ch.toLowerCase(), count });
    } else lit(ch);
  }
  return tokens;
}
