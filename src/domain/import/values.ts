/**
 * Cell values as people type them in Japanese spreadsheets: 全角 digits, 3万, 約32.4万, 1時間30分, 和暦 dates.
 * Every parser returns null for an empty cell and an `{ error }` for text it cannot read, never a guess.
 */

export type Parsed<T> = { value: T } | { error: string } | null;

/** 全角 digits, letters and punctuation → ASCII; ideographic space → space. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[−ー―‐]/g, (c, i: number, s: string) => (/\d/.test(s[i + 1] ?? '') ? '-' : c))
    .trim();
}

export type Qualifier = 'exact' | 'approx' | 'up_to' | 'at_least' | 'range';

const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/^(約|およそ|概ね|ca\.?|approx\.?|about)\s*/i, 'approx'],
  [/^(最大|up to|max\.?)\s*/i, 'up_to'],
];
const SUFFIX_AT_LEAST = /\s*(以上|超|\+)$/;
const UNIT = /^(-?[\d.]+)\s*(万|千|億)?\s*(人|件|回線|ユーザ|users?)?$/i;
const MULTIPLIER: Record<string, number> = { 万: 10_000, 千: 1_000, 億: 100_000_000 };

/**
 * A count such as `12,345`, `3万`, `約32.4万人`, `30,000人以上`, `6万～8万`; the qualifier is kept with the number
 * (a range as its lower bound `n` and its upper bound `max`).
 */
export function parseCount(
  raw: string | number | null | undefined,
): Parsed<{ n: number; qualifier: Qualifier; max?: number }> {
  if (raw == null) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: { n: raw, qualifier: 'exact' } } : null;
  let text = toHalfWidth(raw).replace(/,/g, '');
  if (text === '' || text === '-') return null;
  let qualifier: Qualifier = 'exact';
  for (const [re, q] of QUALIFIER_WORDS) {
    if (re.test(text)) {
      qualifier = q;
      text = text.replace(re, '');
    }
  }
  if (SUFFIX_AT_LEAST.test(text)) {
    qualifier = 'at_least';
    text = text.replace(SUFFIX_AT_LEAST, '');
  }
  const range = /^(.+?)\s*[~〜～-]\s*(.+)$/.exec(text);
  if (range && !text.startsWith('-')) {
    // 6~8万: the lower bound takes the upper one's unit.
    const unit = UNIT.exec(range[2]!)?.[2];
    const lo = parseCount(unit && /^[\d.]+$/.test(range[1]!) ? range[1]! + unit : range[1]!);
    const hi = parseCount(range[2]!);
    if (lo && 'value' in lo && hi && 'value' in hi)
      return { value: { n: lo.value.n, qualifier: 'range', max: hi.value.n } };
  }
  const m = UNIT.exec(text);
  if (!m) return { error: `not a number: "${raw}"` };
  const n = Number(m[1]) * (m[2] ? MULTIPLIER[m[2]]! : 1);
  if (!Number.isFinite(n)) return { error: `not a number: "${raw}"` };
  return { value: { n: Math.round(n * 1e6) / 1e6, qualifier } };
}

/** A plain number (integer or decimal), 全角 and thousands separators allowed; negative kept for validation. */
export function parseNumber(raw: string | number | null | undefined): Parsed<number> {
  if (raw == null) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : null;
  const text = toHalfWidth(raw).replace(/,/g, '');
  if (text === '') return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { error: `not a number: "${raw}"` };
  return { value: Number(text) };
}

// longer units first: with `h` before `hours`, "2 hours" would stop at "2 h" and be refused
const DURATION_PART = /(\d+(?:\.\d+)?)\s*(日|時間|hours?|hr|h|d|分|minutes?|min|m|秒|s)/gi;
const UNIT_MIN: Record<string, number> = { 日: 1440, d: 1440, 時間: 60, h: 60, hr: 60, hour: 60, hours: 60 };

/** Minutes from `90`, `90分`, `1時間30分`, `2h`, `1:30` (h:mm), `1日2時間`. A bare number is minutes. */
export function parseDurationMin(raw: string | number | null | undefined): Parsed<number> {
  if (raw == null) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : null;
  let text = toHalfWidth(raw)
    .replace(/,/g, '')
    .replace(/^(約|最大)/, '');
  text = text.replace(/(以上|超|程度)$/, '').trim();
  if (text === '') return null;
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  const hm = /^(\d+):([0-5]\d)$/.exec(text);
  if (hm) return { value: Number(hm[1]) * 60 + Number(hm[2]) };
  let total = 0;
  let consumed = '';
  for (const m of text.matchAll(DURATION_PART)) {
    const unit = m[2]!.toLowerCase();
    const n = Number(m[1]);
    if (unit === '分' || unit.startsWith('m')) total += n;
    else if (unit === '秒' || unit === 's') total += n / 60;
    else total += n * (UNIT_MIN[unit] ?? UNIT_MIN[m[2]!]!);
    consumed += m[0];
  }
  if (consumed.replace(/\s/g, '') !== text.replace(/\s/g, '')) return { error: `not a duration: "${raw}"` };
  return { value: Math.round(total * 1000) / 1000 };
}

/** The year before each era's first (令和元年 = 2018 + 1). */
export const ERA_START: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925 };
const ERA_END: Record<string, [number, number, number]> = {
  昭和: [1989, 1, 7],
  平成: [2019, 4, 30],
};

/** A JST wall-clock time: calendar fields, never shifted. */
export interface WallTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
}

function realDate(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * A date-time as written: ISO `2023-01-25T10:30`, `2023/1/25 10:30`, `2023年1月25日 10時30分`,
 * 和暦 `令和5年1月25日` / `R5.1.25` (元年 too). A date that does not exist (2023-02-30) is an error.
 */
export function parseWallTime(raw: string | number | Date | null | undefined): Parsed<WallTime> {
  const res = parseTimedWallTime(raw);
  return res && 'value' in res ? { value: res.value.at } : res;
}

/**
 * parseWallTime, saying whether the cell gave a time of day (`timed`). A spreadsheet date has no such mark: it is
 * timed unless it falls on midnight.
 */
export function parseTimedWallTime(
  raw: string | number | Date | null | undefined,
): Parsed<{ at: WallTime; timed: boolean }> {
  if (raw == null) return null;
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { error: 'invalid date' };
    // Spreadsheet readers give dates as UTC instants of the wall-clock fields.
    const at = {
      y: raw.getUTCFullYear(),
      mo: raw.getUTCMonth() + 1,
      d: raw.getUTCDate(),
      h: raw.getUTCHours(),
      mi: raw.getUTCMinutes(),
    };
    return { value: { at, timed: at.h !== 0 || at.mi !== 0 } };
  }
  if (typeof raw === 'number') return { error: `not a date: ${raw}` };
  const text = toHalfWidth(raw).replace(/\s+/g, ' ');
  if (text === '') return null;
  const era = /^(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?(.*)$/.exec(
    text,
  );
  let y: number, mo: number, d: number, rest: string;
  if (era) {
    const eraName = era[1]!;
    const n = era[2] === '元' ? 1 : Number(era[2]);
    y = ERA_START[eraName]! + n;
    mo = Number(era[3]);
    d = Number(era[4]);
    rest = era[5] ?? '';
    const end = ERA_END[eraName.length === 1 ? ({ H: '平成', S: '昭和' }[eraName] ?? '') : eraName];
    if (end && (y > end[0] || (y === end[0] && (mo > end[1] || (mo === end[1] && d > end[2]))))) {
      return { error: `${eraName}${era[2]}年${mo}月${d}日 is after the end of ${eraName}` };
    }
  } else {
    const g = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(.*)$/.exec(text);
    if (!g) return { error: `not a date: "${raw}"` };
    y = Number(g[1]);
    mo = Number(g[2]);
    d = Number(g[3]);
    rest = g[4] ?? '';
  }
  if (!realDate(y, mo, d)) return { error: `no such date: ${y}-${mo}-${d}` };
  const timeText = rest
    .replace(/^[T ]/, '')
    .replace(/(\+09:?00|JST|Z)$/i, '')
    .trim();
  let h = 0;
  let mi = 0;
  if (timeText) {
    const tm = /^(\d{1,2})\s*[:時]\s*(\d{1,2})?\s*分?(?::(\d{1,2})(?:\.\d+)?)?$/.exec(timeText);
    if (!tm) return { error: `not a time: "${timeText}"` };
    h = Number(tm[1]);
    mi = Number(tm[2] ?? 0);
    if (h > 23 || mi > 59) return { error: `no such time: "${timeText}"` };
  }
  return { value: { at: { y, mo, d, h, mi }, timed: timeText !== '' } };
}

/** Wall-clock fields as the epoch milliseconds of the same fields in UTC (DuckDB TIMESTAMP has no zone). */
export function wallTimeMs(t: WallTime): number {
  return Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi);
}

const TRUE_WORDS = /^(true|yes|y|1|○|〇|◯|はい|該当|重大|重大な事故|有|あり)$/i;
const FALSE_WORDS = /^(false|no|n|0|×|✕|-|いいえ|非該当|なし|無)$/i;

export function parseBoolean(raw: string | number | boolean | null | undefined): Parsed<boolean> {
  if (raw == null) return null;
  if (typeof raw === 'boolean') return { value: raw };
  if (typeof raw === 'number') return raw === 1 || raw === 0 ? { value: raw === 1 } : { error: `not yes/no: ${raw}` };
  const text = toHalfWidth(raw);
  if (text === '') return null;
  if (TRUE_WORDS.test(text)) return { value: true };
  if (FALSE_WORDS.test(text)) return { value: false };
  return { error: `not yes/no: "${raw}"` };
}
