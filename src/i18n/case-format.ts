import type { Lang } from './lang.ts';

/** A published start time as precise as it was published: "2023/01/25 16:08", "2012/01/25" or "2020/02". */
export function formatOccurred(occurredAt: string, precision: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(occurredAt);
  if (!m) return occurredAt;
  const [, y, mo, d, hm] = m;
  if (lang === 'ja') {
    if (precision === 'month') return `${y}年${Number(mo)}月`;
    return `${y}/${mo}/${d}${hm ? ` ${hm}` : ''}`;
  }
  if (precision === 'month') return `${y}-${mo}`;
  return `${y}-${mo}-${d}${hm ? ` ${hm} JST` : ''}`;
}

export function formatMajor(isMajor: boolean | null, lang: Lang): string {
  if (isMajor === null) return lang === 'ja' ? '記載なし' : 'not stated';
  return isMajor ? (lang === 'ja' ? '重大' : 'major') : lang === 'ja' ? '重大でない' : 'not major';
}
