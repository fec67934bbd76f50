import { CAUSE_GROUPS, CAUSES, type Cause, type CauseGroup } from '../causes.ts';
import { isRegionName } from '../prefectures.ts';
import { SERVICE_CATEGORIES, type ServiceCategory } from '../thresholds.ts';
import { toHalfWidth, type Parsed } from './values.ts';

/**
 * Codes as analysts write them: jiko's code, its English or Japanese label, or MIC's wording. Matching is on a
 * normalised form (half-width, lower case, no spaces or punctuation).
 */
const norm = (s: string) =>
  toHalfWidth(s)
    .toLowerCase()
    .replace(/[\s_・･/()（）「」'"-]/g, '');

function table<T extends string>(codes: readonly T[], words: Record<T, string[]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const c of codes) {
    m.set(norm(c), c);
    for (const w of words[c]) m.set(norm(w), c);
  }
  return m;
}

const CAUSE_WORDS: Record<Cause, string[]> = {
  hardware_failure: ['ハードウェア故障', 'ハードウェア不具合', '設備故障', 'hardware failure', 'hardware'],
  software_bug: ['ソフトウェア不具合', 'ソフトウェアバグ', 'software bug', 'software'],
  capacity_overload: ['容量超過・輻輳', '容量超過', '輻輳', '設備容量不足', 'capacity overload', 'congestion'],
  config_change: ['設定変更・工事', '設定変更', '設定誤り', '工事', 'configuration change', 'config change'],
  human_error: ['作業ミス', '人為的ミス', '操作誤り', '作業誤り', 'human error'],
  other_operator: [
    '他事業者の事故',
    '他事業者',
    '他の電気通信事業者の事故',
    "other operator's accident",
    'other operator',
  ],
  natural_disaster: ['自然災害', '自然故障', '災害', 'natural disaster'],
  third_party: ['第三者要因', '第三者', '第三者による故障', 'third party'],
  unknown: ['不明・非公表', '不明', '非公表', '原因不明', 'unknown'],
};
const GROUP_WORDS: Record<CauseGroup, string[]> = {
  equipment: ['設備要因', 'equipment'],
  human: ['人為要因', 'human'],
  external: ['外的要因', 'external'],
  unknown: ['不明', 'unknown'],
};
const SERVICE_WORDS: Record<ServiceCategory, string[]> = {
  emergency_voice: ['一', '1', 'i', '緊急通報を取り扱う音声伝送役務', '緊急通報を扱う音声', '緊急通報'],
  other_voice: ['二', '2', 'ii', '緊急通報を取り扱わない音声伝送役務', 'その他の音声', 'other voice'],
  free_internet: [
    '三',
    '3',
    'iii',
    '無料インターネットサービス',
    '利用者から料金の支払を受けないインターネット関連サービス',
    'free internet',
  ],
  other: ['四', '4', 'iv', '五', 'その他', 'データ通信', 'other'],
};
const OPERATOR_TYPES = ['mobile_carrier', 'fixed_carrier', 'mvno', 'isp', 'internet_service'] as const;
const OPERATOR_TYPE_WORDS: Record<(typeof OPERATOR_TYPES)[number], string[]> = {
  mobile_carrier: ['携帯電話事業者', '移動通信事業者', 'mobile'],
  fixed_carrier: ['固定通信事業者', '固定', 'fixed'],
  mvno: ['仮想移動体通信事業者'],
  isp: ['インターネットサービスプロバイダ', 'プロバイダ'],
  internet_service: ['インターネット関連サービス', '上位レイヤー', 'internet service'],
};

const CAUSE_BY_WORD = table(CAUSES, CAUSE_WORDS);
const GROUP_BY_WORD = table(CAUSE_GROUPS, GROUP_WORDS);
const SERVICE_BY_WORD = table(SERVICE_CATEGORIES, SERVICE_WORDS);
const OPERATOR_TYPE_BY_WORD = table(OPERATOR_TYPES, OPERATOR_TYPE_WORDS);

function lookup<T>(m: Map<string, T>, raw: string | null, what: string, allowed: readonly string[]): Parsed<T> {
  if (raw == null || raw.trim() === '') return null;
  const hit = m.get(norm(raw));
  if (hit !== undefined) return { value: hit };
  // 役務区分 as published often starts with its numeral: "二 緊急通報を取り扱わない…"
  const numeral = /^([一二三四五])\s/.exec(toHalfWidth(raw));
  if (numeral) {
    const n = m.get(norm(numeral[1]!));
    if (n !== undefined) return { value: n };
  }
  return { error: `unknown ${what} "${raw}" (allowed: ${allowed.join(', ')})` };
}

export const parseCause = (raw: string | null) => lookup(CAUSE_BY_WORD, raw, 'cause', CAUSES);
export const parseCauseGroup = (raw: string | null) => lookup(GROUP_BY_WORD, raw, 'cause group', CAUSE_GROUPS);
export const parseServiceCategory = (raw: string | null) =>
  lookup(SERVICE_BY_WORD, raw, 'service category', SERVICE_CATEGORIES);
export const parseOperatorType = (raw: string | null) =>
  lookup(OPERATOR_TYPE_BY_WORD, raw, 'operator type', OPERATOR_TYPES);

export function parseRegion(raw: string | null): Parsed<string> {
  if (raw == null || raw.trim() === '') return null;
  const text = toHalfWidth(raw);
  if (isRegionName(text)) return { value: text };
  const withSuffix = ['都', '府', '県'].map((s) => text + s).find(isRegionName);
  if (withSuffix) return { value: withSuffix };
  if (text === '北海') return { value: '北海道' };
  // A free-text region (several prefectures, a city) is kept as written.
  return { value: text };
}

const FY_ERA: Record<string, number> = { 令和: 2018, 平成: 1988, R: 2018, H: 1988 };

/** 2022, 2022年度, FY2022, 令和4年度, R4. */
export function parseFiscalYear(raw: string | number | null): Parsed<number> {
  if (raw == null) return null;
  if (typeof raw === 'number') return Number.isInteger(raw) ? { value: raw } : { error: `not a fiscal year: ${raw}` };
  const text = toHalfWidth(raw).replace(/\s/g, '');
  if (text === '') return null;
  const plain = /^(?:FY)?(\d{4})(?:年度|年)?$/i.exec(text);
  if (plain) return { value: Number(plain[1]) };
  const era = /^(令和|平成|R|H)(元|\d{1,2})(?:年度|年)?$/i.exec(text);
  if (era)
    return {
      value:
        FY_ERA[era[1]!.toUpperCase() === 'R' ? 'R' : era[1]!.toUpperCase() === 'H' ? 'H' : era[1]!]! +
        (era[2] === '元' ? 1 : Number(era[2])),
    };
  return { error: `not a fiscal year: "${raw}"` };
}

/** 1–4, Q1, 第1四半期, 1Q, 4～6月 (the months of Q1). */
export function parseQuarter(raw: string | number | null): Parsed<number> {
  if (raw == null) return null;
  const text = toHalfWidth(String(raw)).replace(/\s/g, '');
  if (text === '') return null;
  const m = /^(?:第|Q)?([1-4一二三四])(?:四半期|Q)?$/i.exec(text);
  if (m) return { value: '1一'.includes(m[1]!) ? 1 : '2二'.includes(m[1]!) ? 2 : '3三'.includes(m[1]!) ? 3 : 4 };
  const months = /^(\d{1,2})[~〜～-](\d{1,2})月$/.exec(text);
  const byFirst: Record<string, number> = { '4': 1, '7': 2, '10': 3, '1': 4 };
  if (months && byFirst[months[1]!]) return { value: byFirst[months[1]!]! };
  return { error: `not a fiscal quarter (1–4): "${raw}"` };
}
