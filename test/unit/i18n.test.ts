import { en, pickLang, tables, zh } from '../../src/i18n';

describe('pickLang', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['ZH-cn', 'zh'],
    ['zh', 'zh'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['ja-JP', 'en'],
    ['zu-ZA', 'en'], // starts with "z" but is Zulu, not Chinese
  ] as const)('%s → %s', (tag, lang) => {
    expect(pickLang(tag)).toBe(lang);
  });

  it('defaults to Chinese when the language is unknown', () => {
    expect(pickLang()).toBe('zh');
    expect(pickLang(undefined)).toBe('zh');
    expect(pickLang(null)).toBe('zh');
    expect(pickLang('')).toBe('zh');
    expect(pickLang('   ')).toBe('zh');
  });
});

describe('string tables', () => {
  it('has a non-empty English string for every Chinese key, and no extra English keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
    }
  });

  it('translates: every Chinese string has Han characters, every English one is not a copy of it', () => {
    const han = /\p{Script=Han}/u;
    // A pattern of placeholders and punctuation only, such as '{title}（{n}）', has no words to translate.
    const wordsOf = (text: string) => text.replace(/\{\w+\}/g, '').replace(/[\p{P}\p{S}\s\d]/gu, '');
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      if (wordsOf(zh[key]) === '' && wordsOf(en[key]) === '') continue;
      expect({ key, han: han.test(zh[key]) }).toEqual({ key, han: true });
      // English text may quote a form's Chinese name, but it must be written in English.
      expect({ key, latin: /[A-Za-z]{2}/.test(en[key]), copy: en[key] === zh[key] }).toEqual({ key, latin: true, copy: false });
    }
  });

  it('names the product and the three tabs as the users know them', () => {
    expect(tables.zh.appTitle).toBe('绩效目标表检查');
    expect([tables.zh.tabCheck, tables.zh.tabBalance, tables.zh.tabNewProject]).toEqual(['检查', '平衡', '新建项目表']);
    expect([tables.en.tabCheck, tables.en.tabBalance, tables.en.tabNewProject]).toEqual(['Check', 'Rebalance', 'New project sheet']);
  });
});
