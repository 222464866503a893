import seed from '../../src/sample/seed.txt';
import { ParsedValueSchema, type Normalisation, type ParsedValue } from '../../src/engine/schema';
import { composeValue, isQuantitative, parseValue } from '../../src/engine/values';

type Row = [raw: string, canonical: string, operator: ParsedValue['operator'], number: string | null, unit: string | null, normalisations?: Normalisation[], direction?: ParsedValue['direction']];

/** Every distinct value form of the seed's indicator tables, with its exact parse. */
const SEED_QUANTITATIVE: Row[] = [
  ['<1%', '<1%', '<', '1', '%'],
  ['≥90%', '≥90%', '≥', '90', '%'],
  ['>90%', '>90%', '>', '90', '%'],
  ['≥100%', '≥100%', '≥', '100', '%'],
  ['>5%', '>5%', '>', '5', '%'],
  ['>3%', '>3%', '>', '3', '%'],
  ['≥80%', '≥80%', '≥', '80', '%'],
  ['≥85%', '≥85%', '≥', '85', '%'],
  ['100%', '100%', null, '100', '%'],
  ['99%', '99%', null, '99', '%'],
  ['90%', '90%', null, '90', '%'],
  ['0%', '0%', null, '0', '%'],
  ['2项', '2项', null, '2', '项'],
  ['52次', '52次', null, '52', '次'],
  ['4次', '4次', null, '4', '次'],
  ['2次', '2次', null, '2', '次'],
  ['≥30次', '≥30次', '≥', '30', '次'],
  ['≥2次', '≥2次', '≥', '2', '次'],
  ['6个', '6个', null, '6', '个'],
  ['250件', '250件', null, '250', '件'],
  ['≥10场次', '≥10场次', '≥', '10', '场次'],
  ['≥1场', '≥1场', '≥', '1', '场'],
  ['≥3场', '≥3场', '≥', '3', '场'],
  ['≥50份', '≥50份', '≥', '50', '份'],
  ['≥6份', '≥6份', '≥', '6', '份'],
  ['103人次', '103人次', null, '103', '人次'],
  ['3人', '3人', null, '3', '人'],
  ['1人', '1人', null, '1', '人'],
  ['12期', '12期', null, '12', '期'],
  ['100个政务新媒体', '100个政务新媒体', null, '100', '个政务新媒体'],
  ['36个网站', '36个网站', null, '36', '个网站'],
  ['≥100家企业', '≥100家企业', '≥', '100', '家企业'],
  ['≥45家次', '≥45家次', '≥', '45', '家次'],
  ['≤3日', '≤3日', '≤', '3', '日'],
  ['≥40.9万', '≥40.9万', '≥', '40.9', '万'],
  ['1.3元/户', '1.3元/户', null, '1.3', '元/户'],
  ['5天内', '≤5天', '≤', '5', '天', ['word-operator']],
  ['减少10%', '减少10%', null, '10', '%', [], 'decrease'],
  ['下降10%', '下降10%', null, '10', '%', [], 'decrease'],
  ['增加5%', '增加5%', null, '5', '%', [], 'increase'],
];

/** Value forms of the province examples (test/fixtures/provinces). */
const PROVINCE_QUANTITATIVE: Row[] = [
  ['<=6962人', '≤6962人', '≤', '6962', '人', ['ascii-operator']],
  ['=100%', '=100%', '=', '100', '%'],
  ['780元/生/年', '780元/生/年', null, '780', '元/生/年'],
  ['>3万人次', '>3万人次', '>', '3', '万人次'],
  ['3人', '3人', null, '3', '人'],
  ['3万元', '3万元', null, '3', '万元'],
  ['≥5%', '≥5%', '≥', '5', '%'],
  ['≤70万元', '≤70万元', '≤', '70', '万元'],
];

/** Each normalisation, alone and combined. */
const NORMALISED: Row[] = [
  ['９０％', '90%', null, '90', '%', ['full-width']],
  ['＞９０％', '>90%', '>', '90', '%', ['full-width']],
  ['＜1％', '<1%', '<', '1', '%', ['full-width']],
  ['≧90%', '≥90%', '≥', '90', '%', ['full-width']],
  ['≦3日', '≤3日', '≤', '3', '日', ['full-width']],
  ['＝100％', '=100%', '=', '100', '%', ['full-width']],
  ['４０．９万', '40.9万', null, '40.9', '万', ['full-width']],
  ['1.3元／户', '1.3元/户', null, '1.3', '元/户', ['full-width']],
  ['>=90%', '≥90%', '≥', '90', '%', ['ascii-operator']],
  ['=>90%', '≥90%', '≥', '90', '%', ['ascii-operator']],
  ['=<3日', '≤3日', '≤', '3', '日', ['ascii-operator']],
  ['＞＝90％', '≥90%', '≥', '90', '%', ['full-width', 'ascii-operator']],
  ['大于等于90%', '≥90%', '≥', '90', '%', ['word-operator']],
  ['大于或等于90%', '≥90%', '≥', '90', '%', ['word-operator']],
  ['不低于90%', '≥90%', '≥', '90', '%', ['word-operator']],
  ['不少于3次', '≥3次', '≥', '3', '次', ['word-operator']],
  ['至少2项', '≥2项', '≥', '2', '项', ['word-operator']],
  ['90%以上', '≥90%', '≥', '90', '%', ['word-operator']],
  ['90%及以上', '≥90%', '≥', '90', '%', ['word-operator']],
  ['大于5%', '>5%', '>', '5', '%', ['word-operator']],
  ['高于5%', '>5%', '>', '5', '%', ['word-operator']],
  ['超过3万人次', '>3万人次', '>', '3', '万人次', ['word-operator']],
  ['小于1%', '<1%', '<', '1', '%', ['word-operator']],
  ['低于1%', '<1%', '<', '1', '%', ['word-operator']],
  ['不超过70万元', '≤70万元', '≤', '70', '万元', ['word-operator']],
  ['不高于1%', '≤1%', '≤', '1', '%', ['word-operator']],
  ['3日以内', '≤3日', '≤', '3', '日', ['word-operator']],
  ['1%以下', '≤1%', '≤', '1', '%', ['word-operator']],
  ['3个工作日之内', '≤3个工作日', '≤', '3', '个工作日', ['word-operator']],
  ['等于100%', '=100%', '=', '100', '%', ['word-operator']],
  ['达到100%', '=100%', '=', '100', '%', ['word-operator']],
  ['达到90%以上', '≥90%', '≥', '90', '%', ['word-operator']],
  ['≥90%以上', '≥90%', '≥', '90', '%', ['word-operator']],
  ['不低于９０％', '≥90%', '≥', '90', '%', ['full-width', 'word-operator']],
  ['≥ 90 %', '≥90%', '≥', '90', '%', ['whitespace']],
  ['≥90\n%', '≥90%', '≥', '90', '%', ['whitespace']],
  ['５\u3000天内', '≤5天', '≤', '5', '天', ['full-width', 'word-operator', 'whitespace']],
  ['1,000人', '1000人', null, '1000', '人'],
  ['≥1,234.5万元', '≥1234.5万元', '≥', '1234.5', '万元'],
  ['同比增长5%', '同比增长5%', null, '5', '%', [], 'increase'],
  ['提高≥5%', '提高≥5%', '≥', '5', '%', [], 'increase'],
  // A base year or period named outright, as the checker asks for one.
  ['较2025年下降≥10%', '较2025年下降≥10%', '≥', '10', '%', [], 'decrease'],
  ['比2024年增长5%', '比2024年增长5%', null, '5', '%', [], 'increase'],
  ['较基期下降10%', '较基期下降10%', null, '10', '%', [], 'decrease'],
  ['较2025年提高≥5个百分点', '较2025年提高≥5个百分点', '≥', '5', '个百分点', [], 'increase'],
  ['100%。', '100%', null, '100', '%'],
  ['100', '100', null, '100', null],
  ['2026年', '2026年', null, '2026', '年'],
  ['10km', '10km', null, '10', 'km'],
];

describe('parseValue: single measures', () => {
  test.each([...SEED_QUANTITATIVE, ...PROVINCE_QUANTITATIVE, ...NORMALISED])('%s', (raw, canonical, operator, number, unit, normalisations = [], direction = null) => {
    expect(parseValue(raw)).toEqual({ raw, canonical, kind: 'quantitative', operator, number, unit, direction, normalisations, measures: 1, problem: null });
    expect(isQuantitative(raw)).toBe(true);
  });
});

/** A quantity with a bracketed note after it, and frequencies (每月1次): [raw, canonical, operator, number, unit, note]. */
const NOTED_AND_FREQUENCIES: Array<[string, string, ParsedValue['operator'], string, string, string | undefined, Normalisation[]?]> = [
  ['≥90%（含）', '≥90%（含）', '≥', '90', '%', '含'],
  ['100%（按期）', '100%（按期）', null, '100', '%', '按期'],
  ['≥2次(含线上)', '≥2次(含线上)', '≥', '2', '次', '含线上'],
  ['10人（含）', '10人（含）', null, '10', '人', '含'],
  ['不低于90%（含）', '≥90%（含）', '≥', '90', '%', '含', ['word-operator']],
  ['每月1次', '每月1次', null, '1', '次/月', undefined],
  ['每年2次', '每年2次', null, '2', '次/年', undefined],
  ['每季度不少于1次', '每季度≥1次', '≥', '1', '次/季度', undefined, ['word-operator']],
  ['每半年≥2次', '每半年≥2次', '≥', '2', '次/半年', undefined],
  ['每年2次以上', '每年≥2次', '≥', '2', '次/年', undefined, ['word-operator']],
  ['每月1次（含）', '每月1次（含）', null, '1', '次/月', '含'],
];

describe('parseValue: notes and frequencies', () => {
  test.each(NOTED_AND_FREQUENCIES)('%s', (raw, canonical, operator, number, unit, note, normalisations = []) => {
    const expected: ParsedValue = { raw, canonical, kind: 'quantitative', operator, number, unit, direction: null, normalisations, measures: 1, problem: null };
    if (note !== undefined) expected.note = note;
    expect(parseValue(raw)).toEqual(expected);
    expect(ParsedValueSchema.safeParse(parseValue(raw)).success).toBe(true);
  });

  test('a unit in brackets after a slash stays the unit; words with a note stay words', () => {
    expect(parseValue('1000元/(人·月)')).toMatchObject({ kind: 'quantitative', number: '1000', unit: '元/(人·月)' });
    expect(parseValue('1000元/(人·月)').note).toBeUndefined();
    expect(parseValue('按规定（含）')).toMatchObject({ kind: 'qualitative' });
    expect(parseValue('每月')).toMatchObject({ kind: 'qualitative' });
  });
});

/** A leading period word before an operator or number: a count for the year, or a count per period. */
const PERIOD_LEADS: Array<[string, string, ParsedValue['operator'], string, string, Normalisation[]?]> = [
  ['全年≥12期', '全年≥12期', '≥', '12', '期'],
  ['全年≥12次', '全年≥12次', '≥', '12', '次'],
  ['全年12期', '全年12期', null, '12', '期'],
  ['全年不少于12期', '全年≥12期', '≥', '12', '期', ['word-operator']],
  ['年度≥4次', '年度≥4次', '≥', '4', '次'],
  ['全年度≥2场', '全年度≥2场', '≥', '2', '场'],
  ['全年 ≥ 12 期', '全年≥12期', '≥', '12', '期', ['whitespace']],
  ['每年≥2次', '每年≥2次', '≥', '2', '次/年'],
  ['每季度≥1次', '每季度≥1次', '≥', '1', '次/季度'],
  ['每月≥1次', '每月≥1次', '≥', '1', '次/月'],
];

describe('parseValue: a leading period word (全年 / 年度 / 每年 / 每季度 / 每月)', () => {
  test.each(PERIOD_LEADS)('%s is quantitative', (raw, canonical, operator, number, unit, normalisations = []) => {
    expect(parseValue(raw)).toEqual({ raw, canonical, kind: 'quantitative', operator, number, unit, direction: null, normalisations, measures: 1, problem: null });
  });

  test.each(['全年', '全年完成', '年度目标完成', '全年无事故'])('%s (no operator or number after the period word) stays words', (raw) => {
    expect(parseValue(raw).kind).toBe('qualitative');
  });
});

describe('parseValue: other kinds', () => {
  test('two measures in one cell (seed: 组织民兵点验和入队训练人次)', () => {
    const raw = '民兵点验310人次，入队训练61人次';
    expect(parseValue(raw)).toEqual({ raw, canonical: raw, kind: 'quantitative', operator: null, number: null, unit: null, direction: null, normalisations: [], measures: 2, problem: null });
    expect(parseValue('310人次 61人次').measures).toBe(2);
    expect(parseValue('310人次,61人次').measures).toBe(2);
  });

  test('a range is one quantitative measure with no single number', () => {
    expect(parseValue('90%-100%')).toMatchObject({ kind: 'quantitative', canonical: '90%-100%', number: null, unit: '%', measures: 1 });
    expect(parseValue('3至5天')).toMatchObject({ kind: 'quantitative', canonical: '3-5天', number: null, unit: '天' });
  });

  test.each([
    ['按规定标准发放补助', null],
    ['按当年核定标准发放', null],
    ['有效', null],
    ['稳步提高', 'increase'],
    ['减少', 'decrease'],
    ['减', 'decrease'],
    ['非法金融活动数量减少', 'decrease'],
    ['不低于上年水平', null],
    ['达到预期目标', null],
    ['XX', null],
    ['××', null],
    ['**', null],
    ['……', null],
    ['指标2:', null],
    ['指标1:上年12月底编内人员数', null],
    ['2026年度目标', null],
    ['2026年预算金额', null],
    ['12345热线办结率', null],
  ] as const)('qualitative: %s', (raw, direction) => {
    expect(parseValue(raw)).toEqual({ raw, canonical: raw, kind: 'qualitative', operator: null, number: null, unit: null, direction, normalisations: [], measures: 0, problem: null });
  });

  test.each([
    ['1O0%', 'a letter O or l written for a digit'],
    ['O%', 'a letter O or l written for a digit'],
    ['≥O%', 'a letter O or l written for a digit'],
    ['l00%', 'a letter O or l written for a digit'],
    ['2O个', 'a letter O or l written for a digit'],
    ['≥%', 'operator without a number'],
    ['≥', 'operator without a number'],
    ['不低于', 'operator without a number'],
    ['≥上年水平', 'operator without a number'],
    ['≥>90%', 'two operators'],
    ['≥≥90%', 'two operators'],
    ['>=>90%', 'two operators'],
    ['不低于≥90%', 'two operators'],
    ['≥5天内', 'conflicting operators'],
    ['0万元以上以内', 'two operators'],
    ['%', 'percent sign without a number'],
    ['%以上', 'percent sign without a number'],
    ['XX%', 'percent sign without a number'],
    ['9..5%', 'malformed number'],
    ['9.5.1%', 'malformed number'],
    ['.5%', 'malformed number'],
    ['9.%', 'malformed number'],
    ['1,00%', 'malformed number'],
    ['100%%', 'repeated percent sign'],
  ])('invalid: %s (%s)', (raw, problem) => {
    expect(parseValue(raw)).toEqual({ raw, canonical: raw, kind: 'invalid', operator: null, number: null, unit: null, direction: null, normalisations: [], measures: 0, problem });
    expect(isQuantitative(raw)).toBe(false);
  });

  test.each(['', ' ', '\n\t', '\u3000', '\u200B'])('empty: %j', (raw) => {
    expect(parseValue(raw)).toEqual({ raw, canonical: '', kind: 'empty', operator: null, number: null, unit: null, direction: null, normalisations: [], measures: 0, problem: null });
  });

  test('surrounding whitespace is trimmed without a normalisation; raw is kept as written', () => {
    expect(parseValue('  ≥90%\n')).toMatchObject({ raw: '  ≥90%\n', canonical: '≥90%', normalisations: [] });
  });

  test('every result validates against ParsedValueSchema', () => {
    for (const raw of ['≥90%', '减少', '', '1O0%', '民兵点验310人次，入队训练61人次', '90%-100%']) {
      expect(ParsedValueSchema.safeParse(parseValue(raw)).success).toBe(true);
    }
  });
});

describe('the seed', () => {
  /** Cells of the seed's indicator tables (from a 三级指标 header row to the next sheet). */
  function tableCells(): string[] {
    const cells = new Set<string>();
    let inTable = false;
    for (const line of seed.split('\n')) {
      if (line.startsWith('#')) inTable = false;
      if (line.includes('三级指标')) inTable = true;
      else if (inTable) for (const cell of line.split('\t')) if (cell !== '') cells.add(cell);
    }
    return [...cells];
  }

  test('every quantitative or invalid cell of its indicator tables is in the table above, and none is invalid', () => {
    const known = new Set([...SEED_QUANTITATIVE.map((r) => r[0]), '民兵点验310人次，入队训练61人次']);
    const read = tableCells().filter((c) => parseValue(c).kind !== 'qualitative');
    expect(read.filter((c) => !known.has(c))).toEqual([]);
    expect([...known].filter((c) => !read.includes(c))).toEqual([]);
  });

  test('its 三级 names and category names are not read as quantities', () => {
    for (const name of ['开展资本市场业务交流活动', '保险密度（元）', '县（区）非法集资“七进”宣传覆盖率', '经济效益', '服务对象满意度']) {
      expect(parseValue(name).kind).toBe('qualitative');
    }
  });
});

describe('composeValue', () => {
  test.each([
    [['≥', '95', '%'], '≥95%'],
    [['定性', '减少', ''], '减少'],
    [['定性', '减'], '减'],
    [['≤', '70', '万元'], '≤70万元'],
    [['=', '100', '%'], '=100%'],
    [['定量', '100', '%'], '100%'],
    [['大于等于', '90', '%'], '≥90%'],
    [['>=', '90', '%'], '≥90%'],
    [['＞', '９０', '％'], '>９０％'],
    [[' ≤ ', ' 3 ', ' 日 '], '≤3日'],
    [['≥', '95%', '%'], '≥95%'],
    [['', '', ''], ''],
  ])('%j → %s', (parts, expected) => {
    expect(composeValue(parts)).toBe(expected);
  });

  test('a composed split value parses like the single-cell form', () => {
    expect(parseValue(composeValue(['≤', '70', '万元']))).toMatchObject({ operator: '≤', number: '70', unit: '万元' });
    expect(parseValue(composeValue(['定性', '减少', '']))).toMatchObject({ kind: 'qualitative', direction: 'decrease' });
  });
});
