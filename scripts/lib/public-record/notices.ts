import type { CsvRecord } from '../csv.ts';
import type { CaseRow } from '../../../src/domain/schema/case-row.ts';
import { minutesBetween, parsePublishedTime } from './published-time.ts';
import { fail, optionalNumber, optionalText, requiredText, type Cell } from './source-error.ts';
import { NOTICE_JA_FIELDS, type NoticeJaField, type NoticeRow } from '../../../src/domain/schema/record-rows.ts';

export type { NoticeRow } from '../../../src/domain/schema/record-rows.ts';

export function parseNotice(rec: CsvRecord, file: string, cases: Map<string, CaseRow>): NoticeRow {
  const at: Cell = { file, line: rec.line };
  const v = rec.values;
  const caseId = requiredText(at, v, 'case_id');
  const c = cases.get(caseId);
  if (!c) fail(at, 'case_id', `no case with id "${caseId}" in cases.csv`);
  const seq = optionalNumber(at, v, 'seq', true);
  if (seq === null) fail(at, 'seq', 'is empty but required');
  const text = requiredText(at, v, 'published_at');
  const time = parsePublishedTime(text);
  if (!time?.startedAt) fail(at, 'published_at', `"${text}" is not a time of the form YYYY-MM-DDTHH:MM+09:00`);
  const translated = (optionalText(v, 'ja_translated') ?? '').split(/\s+/).filter((s) => s !== '');
  for (const f of translated)
    if (!(NOTICE_JA_FIELDS as readonly string[]).includes(f))
      fail(at, 'ja_translated', `"${f}" is not one of ${NOTICE_JA_FIELDS.join(', ')}`);
  return {
    case_id: caseId,
    seq,
    published_at: time.startedAt,
    minutes_from_start: c.started_at ? minutesBetween(c.started_at, time.startedAt) : null,
    channel: requiredText(at, v, 'channel'),
    summary_en: requiredText(at, v, 'summary_en'),
    channel_ja: requiredText(at, v, 'channel_ja'),
    summary_ja: requiredText(at, v, 'summary_ja'),
    ja_translated: translated as NoticeJaField[],
    source: requiredText(at, v, 'source'),
  };
}
