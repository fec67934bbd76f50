/** Rows of `case_notices`, `case_countermeasures` and `case_remarks` as the build writes them and the case page reads them. */

export const COUNTERMEASURE_STATUSES = ['done', 'planned', 'studying'] as const;
export type CountermeasureStatus = (typeof COUNTERMEASURE_STATUSES)[number];
/** `measure`: a countermeasure of the operator (its own, or one MIC's guidance asked for); `mic_action`: what MIC did. */
export const COUNTERMEASURE_KINDS = ['measure', 'mic_action'] as const;
export type CountermeasureKind = (typeof COUNTERMEASURE_KINDS)[number];

export interface CountermeasureRow {
  case_id: string;
  seq: number;
  kind: CountermeasureKind;
  /** The group prefix that applies to this item, as written: "MIC guidance, 2009-04-24", "Rakuten". */
  group_label: string | null;
  group_label_ja: string | null;
  measure_en: string;
  measure_ja: string | null;
  measure_ja_translated: boolean;
  status: CountermeasureStatus | null;
  status_date: string | null;
  status_text: string | null;
  status_text_ja: string | null;
}

export const REMARK_KINDS = ['question', 'answer', 'remark', 'report'] as const;
export type RemarkKind = (typeof REMARK_KINDS)[number];

export interface RemarkRow {
  case_id: string;
  seq: number;
  kind: RemarkKind;
  /** The viewpoint as the minutes name it (人為ミス及び異常値等への対処, 利用者周知); NULL for a report. */
  viewpoint_ja: string | null;
  /** jiko's translation of the viewpoint. */
  viewpoint_en: string | null;
  /** Quoted exactly from the minutes. */
  text_ja: string;
  /** jiko's English summary (not a translation). */
  summary_en: string;
  minutes_file: string;
  source: string;
}

/** The Japanese fields of a notice that may be jiko's translation rather than the published wording. */
export const NOTICE_JA_FIELDS = ['channel_ja', 'summary_ja'] as const;
export type NoticeJaField = (typeof NOTICE_JA_FIELDS)[number];

export interface NoticeRow {
  case_id: string;
  seq: number;
  /** JST wall clock "YYYY-MM-DDTHH:MM". */
  published_at: string;
  minutes_from_start: number | null;
  channel: string;
  summary_en: string;
  /** Where it was posted, in Japanese: the minutes' wording unless `ja_translated` names it. */
  channel_ja: string;
  /** What it said, in Japanese: as published unless `ja_translated` names it (Microsoft 2023 posted English only). */
  summary_ja: string;
  ja_translated: NoticeJaField[];
  source: string;
}
