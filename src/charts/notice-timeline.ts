import * as Plot from '@observablehq/plot';
import { formatOccurred } from '../i18n/case-format.ts';
import { formatDuration } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ChartContext } from './context.ts';
import type { ChartSpec } from './spec.ts';
import type { CaseNoticeRow } from '../query/cases.ts';
export type { CaseNoticeRow } from '../query/cases.ts';

type TimedNotice = CaseNoticeRow & { minutes_from_start: number };

export interface TimelineCase {
  id: string;
  occurred_at: string;
  duration_min: number | null;
  /** `approx` etc. when the duration was published with a qualifier (約1.5時間). */
  duration_qualifier?: string | null;
  /** Main-impact duration where the notes give one (case_annotations): a length only, never placed on the axis. */
  main_impact_min: number | null;
  /** Minutes from the start to the published recovery time, where one was published (case_annotations). */
  recovered_min?: number | null;
}

/** A notice's channel and content in the page's language; `translated` when the Japanese is jiko's translation. */
export interface LocalNotice {
  channel: string;
  summary: string;
  channelTranslated: boolean;
  summaryTranslated: boolean;
}

export function localNotice(
  n: Pick<CaseNoticeRow, 'channel' | 'summary_en' | 'channel_ja' | 'summary_ja' | 'ja_translated'>,
  lang: Lang,
): LocalNotice {
  if (lang === 'en')
    return { channel: n.channel, summary: n.summary_en, channelTranslated: false, summaryTranslated: false };
  return {
    channel: n.channel_ja,
    summary: n.summary_ja,
    channelTranslated: n.ja_translated.includes('channel_ja'),
    summaryTranslated: n.ja_translated.includes('summary_ja'),
  };
}

export interface FirstNotice {
  seq: number;
  minutes: number;
  /** The notice's channel and content in each language (pick one with `localNotice`). */
  notice: CaseNoticeRow;
  /** null when the duration is not published, so it cannot be told. */
  afterRecovery: boolean | null;
}

export function isAfterRecovery(minutes: number, durationMin: number | null): boolean | null {
  return durationMin === null ? null : minutes > durationMin;
}

/** The earliest notice whose time from the start is known (the lower seq on a tie). */
export function firstNotice(notices: CaseNoticeRow[], durationMin: number | null): FirstNotice | null {
  const timed = notices.filter((n): n is TimedNotice => n.minutes_from_start !== null);
  const earlier = (a: TimedNotice, b: TimedNotice) =>
    a.minutes_from_start < b.minutes_from_start || (a.minutes_from_start === b.minutes_from_start && a.seq < b.seq);
  const best = timed.reduce<TimedNotice | null>((b, n) => (!b || earlier(n, b) ? n : b), null);
  if (!best) return null;
  const minutes = best.minutes_from_start;
  return { seq: best.seq, minutes, notice: best, afterRecovery: isAfterRecovery(minutes, durationMin) };
}

const TICK_STEPS = [15, 30, 60, 120, 180, 360, 720, 1440];

/** Round tick steps (15 min … 1 day) so that at most seven intervals span the axis. */
export function minuteTicks(max: number): number[] {
  const step = TICK_STEPS.find((s) => max / s <= 7) ?? Math.ceil(max / 7 / 1440) * 1440;
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

/** "16:27" from "2023-01-25T16:27": a JST wall-clock time, already 24-hour in both languages. */
const clock = (at: string) => at.slice(11, 16);

type Timed = TimedNotice & { row: string };

/**
 * Public notices of one case on a time axis that starts at the accident: one row per notice, the outage (start →
 * recovery) as a band with the recovery as a rule (the published recovery time where there is one), and the first
 * notice highlighted with the gap before it. A main-impact duration is stated in the notes, never drawn: the
 * sources give its length, not when it ended.
 */
export function noticeTimelineChart(c: TimelineCase, notices: CaseNoticeRow[], ctx: ChartContext): ChartSpec {
  const { t, lang } = ctx;
  const timed: Timed[] = notices
    .filter((n): n is TimedNotice => n.minutes_from_start !== null)
    .map((n) => ({ ...n, row: `#${n.seq} ${clock(n.published_at)}` }));
  // A published recovery time wins over start + duration (which may be rounded: 約1.5時間).
  const end = c.recovered_min ?? c.duration_min;
  const first = firstNotice(notices, end);
  const firstRow = timed.find((n) => n.seq === first?.seq);
  const latest = Math.max(end ?? 0, ...timed.map((n) => n.minutes_from_start));
  const xMax = Math.max(30, latest * 1.08);
  const dur = (m: number) => formatDuration(m, lang);
  const anchor = (x: number): 'start' | 'middle' | 'end' => (x === 0 ? 'start' : x > xMax * 0.8 ? 'end' : 'middle');
  const ruleLabels = [
    { x: 0, label: t('timeline.start', { time: formatOccurred(c.occurred_at, 'minute', lang) }), dy: -22 },
    ...(end !== null
      ? [
          {
            x: end,
            label:
              c.recovered_min != null
                ? t('timeline.recoveryPublished', { duration: dur(c.recovered_min) })
                : t(c.duration_qualifier === 'approx' ? 'timeline.recoveryApprox' : 'timeline.recovery', {
                    duration: dur(end),
                  }),
            dy: -22,
          },
        ]
      : []),
  ].map((l) => ({ ...l, anchor: anchor(l.x) }));
  const firstOnRight = firstRow ? firstRow.minutes_from_start < xMax * 0.6 : true;
  const mark = ` (${t('case.translated')})`;
  const local = (n: CaseNoticeRow) => {
    const l = localNotice(n, lang);
    return {
      channel: l.channel + (l.channelTranslated ? mark : ''),
      summary: l.summary + (l.summaryTranslated ? mark : ''),
    };
  };
  const title = (n: Timed) => {
    const l = local(n);
    return `#${n.seq} ${formatOccurred(n.published_at, 'minute', lang)} (+${dur(n.minutes_from_start)})\n${l.channel}\n${l.summary}`;
  };

  return {
    id: 'notice-timeline',
    title: t('timeline.title'),
    subtitle: `${ctx.datasetLabel} · ${c.id}`,
    sources: [
      t('timeline.source', { sources: [...new Set(notices.map((n) => n.source.replace(/^seed:/, '')))].join(' / ') }),
    ],
    notes: [
      t('timeline.note.axis'),
      ...(end !== null ? [t('timeline.note.band')] : [t('timeline.note.noDuration')]),
      ...(c.recovered_min != null ? [t('timeline.note.recoveryPublished')] : []),
      ...(c.main_impact_min !== null ? [t('timeline.note.mainImpact', { duration: dur(c.main_impact_min) })] : []),
      ...(timed.length < notices.length ? [t('timeline.note.untimed', { n: notices.length - timed.length })] : []),
    ],
    synthetic: ctx.synthetic,
    columns: [
      { key: 'seq', label: t('timeline.col.seq') },
      { key: 'published', label: t('timeline.col.published') },
      { key: 'minutes', label: t('timeline.col.minutes') },
      { key: 'channel', label: t('timeline.col.channel') },
      { key: 'summary', label: t('timeline.col.summary') },
    ],
    rows: notices.map((n) => ({
      seq: n.seq,
      published: formatOccurred(n.published_at, 'minute', lang),
      minutes: n.minutes_from_start,
      ...local(n),
    })),
    plot: {
      height: 84 + 26 * Math.max(2, timed.length),
      marginTop: 44,
      marginLeft: 84,
      marginRight: 24,
      x: {
        domain: [0, xMax],
        ticks: minuteTicks(xMax),
        tickFormat: dur,
        label: t('timeline.x'),
        grid: true,
      },
      y: { type: 'band', domain: timed.map((n) => n.row), label: null, padding: 0.2 },
      marks: [
        ...(end !== null
          ? [
              Plot.rect([{ x1: 0, x2: end }], {
                x1: 'x1',
                x2: 'x2',
                fill: '#fa5252',
                fillOpacity: 0.1,
                className: 'outage-band',
              }),
            ]
          : []),
        Plot.ruleX([0], { stroke: '#495057' }),
        ...(end !== null ? [Plot.ruleX([end], { stroke: '#c92a2a', strokeWidth: 2, className: 'recovery-rule' })] : []),
        ...ruleLabels.map((l) =>
          Plot.text([l], {
            x: 'x',
            text: 'label',
            frameAnchor: 'top',
            dy: l.dy,
            textAnchor: l.anchor,
            fontSize: 11,
            fill: '#495057',
            className: 'rule-label',
          }),
        ),
        ...(firstRow
          ? [
              Plot.ruleY([firstRow], {
                y: 'row',
                x1: 0,
                x2: 'minutes_from_start',
                stroke: '#e8590c',
                strokeWidth: 3,
                className: 'first-gap',
              }),
            ]
          : []),
        Plot.dot(
          timed.filter((n) => n !== firstRow),
          { x: 'minutes_from_start', y: 'row', r: 4.5, fill: '#1f4e9c', className: 'notice-dot', title },
        ),
        ...(firstRow
          ? [
              Plot.dot([firstRow], {
                x: 'minutes_from_start',
                y: 'row',
                r: 7,
                fill: '#e8590c',
                stroke: 'white',
                strokeWidth: 1.5,
                className: 'first-notice',
                title,
              }),
              Plot.text([firstRow], {
                x: 'minutes_from_start',
                y: 'row',
                text: () =>
                  first?.afterRecovery
                    ? t('timeline.firstAfterRecovery', { time: dur(firstRow.minutes_from_start) })
                    : t('timeline.first', { time: dur(firstRow.minutes_from_start) }),
                textAnchor: firstOnRight ? 'start' : 'end',
                dx: firstOnRight ? 11 : -11,
                dy: firstOnRight ? 0 : -11,
                fill: '#c2410c',
                fontWeight: 'bold',
                fontSize: 12,
                className: 'first-notice-label',
              }),
            ]
          : []),
      ],
    },
  };
}
