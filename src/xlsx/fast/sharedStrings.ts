// The shared strings (sst) as exceljs reads them: a plain <t> with its _xHHHH_ escapes decoded, rich
// text as its runs' texts joined (phonetic runs <rPh> left out), an empty <si/> as no value at all.
import { isPlainXml, unescapeXml } from '../package/xml';
import { unsupported } from './unsupported';

/** A shared string's reading: its text, or null for an item exceljs reads as no value. */
export type SharedString = string | null;

const SI = /<si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/si>)/g;
const T = /<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g;
const RUN = /<r(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/r>)/g;
const PHONETIC = /<rPh(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/rPh>)|<phoneticPr(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/phoneticPr>)/g;

export function sharedStrings(xml: string | undefined): SharedString[] {
  if (xml === undefined) return [];
  if (!isPlainXml(xml) || /<[\w.-]+:(sst|si|t|r)[\s/>]/.test(xml)) unsupported('shared strings part');
  const out: SharedString[] = [];
  for (const si of xml.matchAll(SI)) out.push(item(si[1] ?? ''));
  return out;
}

/** The common item: one plain <t>, no runs, nothing around it (no slash among its attributes). */
const PLAIN_ITEM = /^<t(?:\s[^>/]*)?>([^<]*)<\/t>$/;

function item(body: string): SharedString {
  const plain = PLAIN_ITEM.exec(body);
  if (plain) return decodeText(plain[1]);
  const inner = body.replace(PHONETIC, '');
  const runs = [...inner.matchAll(RUN)];
  const rest = inner.replace(RUN, '');
  const texts = [...rest.matchAll(T)];
  if (runs.length > 0) {
    if (texts.length > 0) unsupported('shared string with both text and runs');
    return runs.map((run) => runText(run[1] ?? '')).join('');
  }
  if (texts.length > 1) unsupported('shared string with several texts');
  if (rest.replace(T, '').trim() !== '') unsupported('shared string with unknown content');
  return texts.length === 0 ? null : decodeText(texts[0][1] ?? '');
}

function runText(body: string): string {
  const texts = [...body.replace(/<rPr(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/rPr>)/g, '').matchAll(T)];
  if (texts.length > 1) unsupported('run with several texts');
  return texts.length === 0 ? '' : decodeText(texts[0][1] ?? '');
}

/** Element text as exceljs's TextXform gives it: entities, then _xHHHH_ escapes (upper-case hex only). */
export function decodeText(raw: string): string {
  if (raw.includes('<')) unsupported('markup inside a text');
  const text = raw.includes('&') ? unescapeXml(raw) : raw;
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
