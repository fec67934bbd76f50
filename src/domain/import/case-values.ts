import { DURATION_QUALIFIERS, type DurationQualifier } from '../schema/case-row.ts';
import { EVIDENCE_LEVELS, type Evidence } from '../evidence.ts';
import { ERA_START, parseDurationMin, parseTimedWallTime, toHalfWidth, type Parsed, type WallTime } from './values.ts';

/** Cells of the `cases` shape that the report-level parsers do not cover: a start as precise as written … */
export type StartPrecision = 'minute' | 'day' | 'month';

/** `2023-01-25 10:30` (minute), `令和5年1月25日` (day), `2023年1月` / `2023-01` / `R5.1` (month). */
export function parseCaseStart(
  raw: string | number | Date | null,
): Parsed<{ at: WallTime; precision: StartPrecision }> {
  if (typeof raw === 'string') {
    const text = toHalfWidth(raw).replace(/\s+/g, '');
    const month =
      /^(\d{4})[-/.年](\d{1,2})月?$/.exec(text) ?? /^(令和|平成|[RH])(元|\d{1,2})[年.](\d{1,2})月?$/.exec(text);
    if (month) {
      const y = /^\d{4}$/.test(month[1]!)
        ? Number(month[1])
        : ERA_START[month[1]!]! + (month[2] === '元' ? 1 : Number(month[2]));
      const mo = Number(month[month.length === 3 ? 2 : 3]);
      if (mo < 1 || mo > 12) return { error: `no such month: "${raw}"` };
      return { value: { at: { y, mo, d: 1, h: 0, mi: 0 }, precision: 'month' } };
    }
  }
  const res = parseTimedWallTime(raw);
  if (!res || 'error' in res) return res;
  return { value: { at: res.value.at, precision: res.value.timed ? 'minute' : 'day' } };
}

/** `約1.5時間` → 90 min approx; `最大3時間` → up_to; `12時間以上` → at_least; no qualifier → null. */
export function parseQualifiedDuration(
  raw: string | number | null,
): Parsed<{ min: number; qualifier: DurationQualifier | null }> {
  const res = parseDurationMin(raw);
  if (!res || 'error' in res) return res;
  const text = typeof raw === 'string' ? toHalfWidth(raw) : '';
  const qualifier: DurationQualifier | null = /^(約|およそ|概ね)|程度$/.test(text)
    ? 'approx'
    : text.startsWith('最大')
      ? 'up_to'
      : /(以上|超)$/.test(text)
        ? 'at_least'
        : null;
  return { value: { min: res.value, qualifier } };
}

/** A duration qualifier written as its code (jiko's export): `approx`, `up_to`, `at_least`. */
export function parseDurationQualifier(cell: { value: string } | null): Parsed<DurationQualifier> {
  if (!cell) return null;
  const hit = DURATION_QUALIFIERS.find((q) => q === cell.value);
  return hit
    ? { value: hit }
    : { error: `unknown qualifier "${cell.value}" (allowed: ${DURATION_QUALIFIERS.join(', ')})` };
}

const EVIDENCE_WORDS: Record<string, Evidence> = {
  一次資料: 'primary',
  一次: 'primary',
  二次資料: 'secondary',
  二次: 'secondary',
  報道: 'secondary',
  要確認: 'weak',
  弱: 'weak',
};

export function parseEvidence(raw: string | null): Parsed<Evidence> {
  if (raw == null || raw.trim() === '') return null;
  const text = toHalfWidth(raw).trim().toLowerCase();
  if ((EVIDENCE_LEVELS as readonly string[]).includes(text)) return { value: text as Evidence };
  const hit = EVIDENCE_WORDS[text];
  return hit ? { value: hit } : { error: `unknown evidence "${raw}" (allowed: ${EVIDENCE_LEVELS.join(', ')})` };
}

/** Sources, one per line or separated by `;` / `；`: URLs or document names, kept as written. */
export function parseSources(raw: string | null): Parsed<string[]> {
  if (raw == null) return null;
  const list = raw
    .split(/[\r\n;；]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return list.length ? { value: list } : null;
}

/** Kana or kanji: a text goes to a case's `*_ja` column, otherwise to its English one. */
export const isJapaneseText = (s: string) => /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/.test(s);
