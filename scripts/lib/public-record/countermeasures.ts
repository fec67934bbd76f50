import type { CaseRow } from '../../../src/domain/schema/case-row.ts';

export interface CountermeasureRow {
  case_id: string;
  seq: number;
  measure_en: string;
  status: 'done' | 'planned' | null;
  status_date: string | null;
  status_text: string | null;
}

const STATUS = /\s*\(((done|planned)\s+(\d{4}-\d{2}(?:-\d{2})?)[^)]*)\)\s*$/;

/** One row per measure of the semicolon-separated countermeasures text, with "(done 2023-02)" read out. */
export function splitCountermeasures(c: Pick<CaseRow, 'id' | 'countermeasures_en'>): CountermeasureRow[] {
  if (!c.countermeasures_en) return [];
  return c.countermeasures_en
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((text, i) => {
      const m = STATUS.exec(text);
      return {
        case_id: c.id,
        seq: i + 1,
        measure_en: m ? text.slice(0, m.index).trim() : text,
        status: m ? (m[2] as 'done' | 'planned') : null,
        status_date: m ? m[3]! : null,
        status_text: m ? m[1]! : null,
      };
    });
}
