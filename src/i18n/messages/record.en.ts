import type { ja } from './record.ts';

/** English for `record.ts` (loaded only when the page is in English). */
export const en: Record<keyof typeof ja, string> = {
  'case.remarks': 'Council questions, answers and remarks',
  'case.remarks.intro':
    "From the minutes of MIC's accident verification council: members' questions and points, the operator's answers and the members' closing remarks, quoted in Japanese as published and grouped by the minutes' viewpoints, each with an English summary written for jiko.",
  'case.remarks.none': 'The public record has no council discussion of this case.',
  'case.remarks.none.imported': 'An imported case has no council discussion (the import reads the case rows only).',
  'case.remarks.noQa':
    'The minutes of this meeting record no questions or remarks on this case, only that it was explained to the council.',
  'case.remarks.viewpoint': 'Viewpoint: {viewpoint}',
  'case.remarks.noViewpoint': 'Reported to the council',
  'case.remarks.kind.question': 'question',
  'case.remarks.kind.answer': 'answer',
  'case.remarks.kind.remark': "member's remark",
  'case.remarks.kind.report': "operator's report",
  'case.remarks.summaryEn': 'English summary (written for jiko)',
  'case.remarks.printNote':
    'Printed in English: the Japanese quotes are left out and only jiko’s English summaries are printed (the quotes are on the page and in the minutes).',
  'case.remarks.source': 'Source: {source}',
  'case.duration.qualified': '{qualifier} {duration}',
  'case.recovery.published': '{time} (published time)',
  'case.recovery.partly': 'partly recovered {time} (published time)',
  'case.recovery.computed': '{time} (computed: start + duration)',
  'case.recovery.computedApprox':
    'around {time} (computed: start + about {duration}; the duration is approximate, so this is a guide only)',
  'case.fact.alert': 'Alert detected',
  'case.alert': '{time} after the start (derived: {quote})',
  'case.alert.published': '{time} after the start',
  'case.translated': 'translated by jiko',
  'case.translatedNote': 'translated by jiko (the source is in English)',
  'case.englishOnly': 'English only',
  'case.japaneseOnly': 'Japanese only',
  'case.serviceCategory.numbering':
    'Numbering as published. The source defines 五 as services other than those of items 一 to 四; jiko\'s threshold table (一–四) files it under "other".',
  'case.cm.studying': 'under study (partly implemented)',
  'case.cm.group': '{group}',
  'case.cm.micActions': "MIC's actions (not the operator's countermeasures)",
  'case.source.mirror': 'mirror (third-party copy)',
  'case.source.doc': 'document name, no URL',
  'case.annotation.recovered_at': 'Recovery time (published): {value}',
  'case.annotation.partly_recovered_at': 'Partial recovery time (published): {value}',
  'case.annotation.alert_after_min': 'Alert detected {value} after the start',
  'case.annotation.derived': 'derived',
  'lang.page': 'This page is in English. Japanese-only texts are marked as such.',
} as const;
