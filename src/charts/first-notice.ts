import * as Plot from '@observablehq/plot';
import { formatOccurred } from '../i18n/case-format.ts';
import { formatDuration } from '../i18n/format.ts';
import type { ChartContext } from './context.ts';
import { isAfterRecovery, minuteTicks } from './notice-timeline.ts';
import type { ChartSpec } from './spec.ts';
import type { FirstNoticeRow } from '../query/cases.ts';
export type { FirstNoticeRow } from '../query/cases.ts';

type Bar = FirstNoticeRow & { first_minutes: number; after: boolean | null; label: string };

const DURING = '#1f4e9c';
const AFTER = '#e8590c';

/** The first notice's channel in the page's language ("jiko訳" when the Japanese is jiko's), or 非公表. */
export function firstChannel(r: FirstNoticeRow, ctx: Pick<ChartContext, 't' | 'lang'>): string {
  const { t, lang } = ctx;
  const c = lang === 'ja' ? r.first_channel_ja : r.first_channel;
  if (c === null) return t('common.notPublished');
  return lang === 'ja' && r.first_channel_ja_translated ? `${c} (${t('case.translated')})` : c;
}

/**
 * Time from the start of each accident to its first public notice, as a bar, with the recovery (end of the
 * accident) as a tick on the same row: a bar that passes the tick means users were first told after recovery.
 */
export function firstNoticeChart(rows: FirstNoticeRow[], ctx: ChartContext): ChartSpec {
  const { t, lang } = ctx;
  const dur = (m: number) => formatDuration(m, lang);
  const bars: Bar[] = rows
    .filter((r): r is FirstNoticeRow & { first_minutes: number } => r.first_minutes !== null)
    .map((r) => {
      const after = isAfterRecovery(r.first_minutes, r.duration_min);
      return {
        ...r,
        after,
        label: after
          ? t('notices.bar.after', { time: dur(r.first_minutes) })
          : t('notices.bar.first', { time: dur(r.first_minutes) }),
      };
    });
  const xMax = Math.max(60, ...bars.flatMap((b) => [b.first_minutes, b.duration_min ?? 0])) * 1.35;
  const operator = (r: FirstNoticeRow) => (lang === 'ja' ? r.operator_ja : r.operator_en);
  return {
    id: 'first-notice',
    title: t('notices.title'),
    subtitle: `${ctx.datasetLabel} · ${t('notices.subtitle', { n: rows.length })}`,
    sources: [t('notices.source')],
    notes: [t('notices.note.bars'), t('notices.note.coverage', { n: rows.length })],
    synthetic: ctx.synthetic,
    columns: [
      { key: 'id', label: 'ID' },
      { key: 'operator', label: t('table.col.operator') },
      { key: 'start', label: t('case.fact.start') },
      { key: 'first', label: t('notices.col.first') },
      { key: 'duration', label: t('table.col.duration') },
      { key: 'after', label: t('notices.col.after') },
      { key: 'channel', label: t('notices.col.channel') },
      { key: 'notices', label: t('notices.col.count') },
    ],
    rows: rows.map((r) => ({
      id: r.id,
      operator: operator(r),
      start: formatOccurred(r.occurred_at, r.occurred_precision, lang),
      first: r.first_minutes === null ? t('common.notPublished') : dur(r.first_minutes),
      duration: formatDuration(r.duration_min, lang),
      after:
        r.first_minutes === null || r.duration_min === null
          ? t('common.unknown')
          : isAfterRecovery(r.first_minutes, r.duration_min)
            ? t('common.yes')
            : t('common.no'),
      channel: firstChannel(r, ctx),
      notices: r.notices,
    })),
    plot: {
      height: 70 + 56 * Math.max(2, bars.length),
      marginLeft: 92,
      marginRight: 16,
      x: { domain: [0, xMax], label: t('notices.x'), grid: true, tickFormat: dur, ticks: minuteTicks(xMax) },
      y: { type: 'band', domain: bars.map((b) => b.id), label: null, padding: 0.45 },
      marks: [
        Plot.barX(bars, {
          x1: 0,
          x2: 'first_minutes',
          y: 'id',
          fill: (b: Bar) => (b.after ? AFTER : DURING),
          className: 'first-notice-bar',
          title: (b: Bar) => `${b.id} ${operator(b)}\n${b.label}\n${firstChannel(b, ctx)}`,
        }),
        Plot.tickX(
          bars.filter((b) => b.duration_min !== null),
          { x: 'duration_min', y: 'id', stroke: '#c92a2a', strokeWidth: 3, className: 'recovery-tick' },
        ),
        Plot.text(
          bars.filter((b) => b.duration_min !== null),
          {
            x: 'duration_min',
            y: 'id',
            text: (b: Bar) => t('notices.recovery', { duration: dur(b.duration_min!) }),
            dy: -21,
            fontSize: 11,
            fill: '#c92a2a',
            stroke: 'white',
            strokeWidth: 3,
            paintOrder: 'stroke',
          },
        ),
        Plot.text(bars, {
          x: 'first_minutes',
          y: 'id',
          text: 'label',
          textAnchor: 'start',
          dx: 6,
          fontSize: 12,
          fontWeight: 'bold',
          fill: (b: Bar) => (b.after ? '#c2410c' : DURING),
          className: 'first-notice-label',
        }),
        Plot.ruleX([0]),
      ],
    },
  };
}
