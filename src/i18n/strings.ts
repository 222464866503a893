/**
 * Every string the task pane shows, one table per language (zh.ts first, en.ts). The en-US table must
 * have the same keys (the type says so, and test/unit/i18n.test.ts checks that none is empty). Later
 * tabs add their keys to both.
 */
import { en } from './en';
import { zh } from './zh';

export { en, zh };

export type StringKey = keyof typeof zh;
export type Strings = Record<StringKey, string>;

export type Lang = 'zh' | 'en';

export const tables: Record<Lang, Strings> = { zh, en };
