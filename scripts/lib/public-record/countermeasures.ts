import type { CaseRow } from '../../../src/domain/schema/case-row.ts';
import type {
  CountermeasureKind,
  CountermeasureRow,
  CountermeasureStatus,
} from '../../../src/domain/schema/record-rows.ts';

export type { CountermeasureRow };

const STATUS = /\s*\(((done|planned)\s+(\d{4}-\d{2}(?:-\d{2})?|\d{2}-\d{2})[^)]*|(under study)[^)]*)\)\s*$/;
const GROUP = /^\(([^)]+)\)\s*/;
const STATUS_JA = /\s*【([^】]*)】(.*)$/;

const items = (text: string | null) =>
  (text ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * A status date as the source writes it. "12-18" has no year: it takes the year of the case's start, or the next
 * year when that month-day falls before the start (a December accident's countermeasure dated 01-10).
 */
export function statusDate(written: string, occurredDate: string): string {
  if (/^\d{4}-/.test(written)) return written;
  const year = Number(occurredDate.slice(0, 4));
  const md = written;
  return `${md < occurredDate.slice(5, 10) ? year + 1 : year}-${md}`;
}

function groupKind(label: string | null): CountermeasureKind {
  return label !== null && /^MIC action/i.test(label) ? 'mic_action' : 'measure';
}

/**
 * One row per measure of the semicolon-separated countermeasures text. A parenthesised prefix — "(MIC guidance)",
 * "(Rakuten)" — names the group of that item and of every following item until the next prefix; "(MIC action)"
 * marks MIC's own actions. A trailing "(done 2023-02)", "(planned …)" or "(under study …)" is the status.
 * The Japanese text has the same items in the same order, its status notes in 【】.
 */
export function splitCountermeasures(
  c: Pick<CaseRow, 'id' | 'countermeasures_en' | 'countermeasures_ja' | 'ja_translated' | 'occurred_date'>,
): CountermeasureRow[] {
  const ja = items(c.countermeasures_ja);
  const translated = c.ja_translated.includes('countermeasures_ja');
  let group: string | null = null;
  let groupJa: string | null = null;
  return items(c.countermeasures_en).map((raw, i) => {
    let text = raw;
    const g = GROUP.exec(text);
    if (g) {
      group = g[1]!.trim();
      text = text.slice(g[0].length);
    }
    let textJa = ja[i] ?? null;
    const gj = textJa ? GROUP.exec(textJa) : null;
    if (textJa && gj) {
      groupJa = gj[1]!.trim();
      textJa = textJa.slice(gj[0].length);
    }
    const m = STATUS.exec(text);
    const mj = textJa ? STATUS_JA.exec(textJa) : null;
    const status: CountermeasureStatus | null = m ? (m[2] ? (m[2] as 'done' | 'planned') : 'studying') : null;
    return {
      case_id: c.id,
      seq: i + 1,
      kind: groupKind(group),
      group_label: group,
      group_label_ja: groupJa,
      measure_en: m ? text.slice(0, m.index).trim() : text,
      measure_ja: textJa === null ? null : mj ? textJa.slice(0, mj.index).trim() : textJa,
      measure_ja_translated: textJa !== null && translated,
      status,
      status_date: m?.[3] ? statusDate(m[3], c.occurred_date) : null,
      status_text: m ? m[1]! : null,
      status_text_ja: mj ? `${mj[1]!.trim()}${mj[2]!.trim() ? ` ${mj[2]!.trim()}` : ''}` : null,
    };
  });
}
