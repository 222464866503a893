// In-process CLI runs for the check tests: a recording Io, temp paths, and small hand-made workbooks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import type { Io } from '../../src/cli/io';
import type { WorkbookSpec } from '../../src/engine/schema';
import { parseSeedText } from '../../src/sample/seedSpec';
import { fixtureDir } from '../fixtures/workbooks';

export interface Ran {
  code: number;
  out: string[];
  err: string[];
  /** Everything printed to stdout, joined by line breaks. */
  stdout: string;
  /** stdout split into single lines (one `out` call may print several). */
  lines: string[];
}

export async function runCli(argv: string[]): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await run(argv, io);
  const stdout = out.join('\n');
  return { code, out, err, stdout, lines: stdout === '' ? [] : stdout.split('\n') };
}

/** A fresh folder under this worker's fixture folder, so tests never read each other's outputs. */
export function freshDir(prefix: string): string {
  return mkdtempSync(join(fixtureDir(), `${prefix}-`));
}

export function writeBytes(dir: string, name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** One project form filled in completely and correctly: no finding of error severity is expected. */
export const CLEAN_PROJECT_TEXT = [
  '# 项目绩效目标表',
  ['项目名称', '援派干部生活补助经费'],
  ['项目类型', '其他特定目标类（部门职能类）'],
  ['项目等级', '二级项目'],
  ['主管部门', '市府办'],
  ['用款单位', '惠州市人民政府办公室'],
  ['实施周期', '起始年度', '2024年', '到期年度', '2026年'],
  ['2026年预算金额（元）', '115200'],
  ['设立依据', '惠办会函〔2022〕182号'],
  ['项目概述', '对援派干部发放生活补助，每人每年38,400元。'],
  ['总体绩效目标', '实施周期总目标'],
  ['', '按规定标准对援派干部发放生活补助，提升干部岗位适应能力。'],
  ['', '2026年度目标'],
  ['', '对3名援派干部发放生活补助，每人3.84万元/年。'],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '实施周期指标值', '当年度指标值'],
  ['', '成本指标', '经济成本指标', '人均补助标准', '≤38400元/人', '≤38400元/人'],
  ['', '产出指标', '数量指标', '补贴发放人数', '≥3人', '≥3人'],
  ['', '', '质量指标', '补贴发放准确率', '100%', '100%'],
  ['', '', '时效指标', '补贴按时发放率', '≥95%', '≥95%'],
  ['', '效益指标', '社会效益指标', '援派干部岗位适应率', '≥90%', '≥90%'],
  ['', '满意度指标', '服务对象满意度指标', '援派干部满意度', '≥90%', '≥90%'],
]
  .map((row) => (Array.isArray(row) ? row.join('\t') : row))
  .join('\n');

export function cleanProjectSpec(): WorkbookSpec {
  return parseSeedText(CLEAN_PROJECT_TEXT);
}

/** A workbook with no form at all: a note and a plain table. */
export function noFormsSpec(): WorkbookSpec {
  return parseSeedText(['# 说明', '本工作簿只有说明', ['姓名', '电话'].join('\t'), ['张三', '123'].join('\t')].join('\n'));
}
