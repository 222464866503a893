// English in the pane uses curly quotes throughout: “…” around quoted text and ’ as the apostrophe,
// never straight " or ' beside them. Every English text the pane can show is gathered here.
import { FAMILIES } from '../../src/engine/rules/catalogue';
import { ruleTitle } from '../../src/engine/rules/titles';
import { checkWorkbook } from '../../src/engine/check';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import type { NewProjectIssueKey } from '../../src/engine/schema';
import { copyFromErrors, describeIssues, sheetNameNote } from '../../src/engine/templates';
import { en } from '../../src/i18n';
import { exampleSpec } from '../../src/sandbox/examples';
import { sandboxStrings } from '../../src/sandbox/strings';

/** Params that answer every name with 1 (a number parses, a word shows), so each template renders its words around them. */
const anyParams = new Proxy({}, { get: (_, key) => (key === Symbol.toPrimitive ? undefined : '1') }) as Record<string, string>;

const KEYS: NewProjectIssueKey[] = [
  'name.required', 'sheet.tooLong', 'sheet.forbidden', 'sheet.apostrophe', 'sheet.reserved', 'sheet.duplicate',
  'amount.notNumber', 'amount.negative', 'amount.tooPrecise', 'year.invalid', 'years.order',
];

function englishTexts(): [string, string][] {
  const texts: [string, string][] = [];
  for (const family of FAMILIES) {
    for (const rule of family.rules) {
      texts.push([`${rule.id} basis`, rule.basis.en], [`${rule.id} message`, rule.message.en(anyParams)], [`${rule.id} title`, ruleTitle(rule.id, 'en')]);
      if (rule.suggestion) texts.push([`${rule.id} suggestion`, rule.suggestion.en(anyParams)]);
    }
  }
  for (const [key, value] of Object.entries(en)) texts.push([`strings.${key}`, value]);
  for (const [key, value] of Object.entries(sandboxStrings.en)) {
    if (typeof value === 'function') texts.push([`sandbox.${key}`, (value as (...a: unknown[]) => string)('X', 1)]);
    else if (typeof value === 'string') texts.push([`sandbox.${key}`, value]);
    else for (const [sub, text] of Object.entries(value as Record<string, string>)) texts.push([`sandbox.${key}.${sub}`, text]);
  }
  const issues = KEYS.map((key) => ({ code: 'custom' as const, message: key, path: ['name'], params: anyParams, input: '' }));
  for (const error of describeIssues(issues)) texts.push([`newProject ${error.zh}`, error.en]);
  texts.push(['copyFrom.missing', copyFromErrors.missing('X').en], ['copyFrom.notProject', copyFromErrors.notProject('X').en], ['sheetNameNote', sheetNameNote('X').en]);
  const result = checkWorkbook(specToSnapshot(exampleSpec('unbalanced')), { lang: 'en' });
  for (const f of result.findings) texts.push([`${f.rule} on ${f.cell}`, `${f.message} ${f.suggestion ?? ''}`]);
  for (const c of result.plan) texts.push([`plan ${c.cell}`, c.reason]);
  return texts;
}

describe('English quotes', () => {
  const texts = englishTexts();

  it('gathers the catalogue, the pane’s strings and a check’s findings', () => {
    expect(texts.length).toBeGreaterThan(200);
  });

  it('has no straight apostrophe and no straight double quote', () => {
    const straight = texts.filter(([, text]) => /[A-Za-z]'[A-Za-z]|"/.test(text));
    expect(straight).toEqual([]);
  });
});

describe('amounts and relations as the pane writes them', () => {
  const unbalanced = specToSnapshot(exampleSpec('unbalanced'));

  it('writes 万元 in English as “(10k yuan)”, never “×10,000 yuan”', () => {
    const text = checkWorkbook(unbalanced, { lang: 'en' }).findings.map((f) => `${f.message} ${f.suggestion ?? ''}`).join('\n');
    expect(text).toContain('6,904.16 (10k yuan)');
    expect(text).not.toContain('×10,000');
  });

  it('names a balance relation with a full-width colon, as the Chinese around it', () => {
    const relations = checkWorkbook(unbalanced, { lang: 'zh' }).plan.map((c) => c.relation);
    expect(relations).toEqual(['收支平衡：基本支出+项目支出 = 财政拨款+其他资金', '级次平衡：基本支出+项目支出 = 省本级使用资金+拟用于对下转移支付资金']);
  });
});
