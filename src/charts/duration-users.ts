import * as Plot from '@observablehq/plot';
import { isLowerBound, type UserQualifier } from '../domain/qualifiers.ts';
import { SERVICE_CATEGORIES, majorRule } from '../domain/thresholds.ts';
import { formatCompact, formatDuration, formatDurationQualified, formatUsers } from '../i18n/format.ts';
import type { ChartContext } from './context.ts';
import { logAxisX, logAxisY } from './log-axis.ts';
import { causeColor } from './scales.ts';
import type { ChartSpec } from './spec.ts';
import { withTip } from './tip.ts';
import {
  CATEGORY_NUMERAL,
  CATEGORY_STROKE,
  fy2015Staircases,
  ruleStaircase,
  staircaseLabelPoints,
} from './threshold-lines.ts';
import type { ScatterRow } from '../query/overview.ts';
export type { ScatterRow } from '../query/overview.ts';

const MAX_DURATION = 4000;
const MAX_USERS = 50_000_000;
const MIN_DURATION = 30;
const MIN_USERS = 10_000;
const DURATION_TICKS = [30, 60, 120, 360, 720, 1440, 2880];
const USER_TICKS = [10_000, 30_000, 100_000, 1_000_000, 10_000_000];

/** filled: exact/approx; hollow circle: up_to; hollow triangle: at least / lower bound of a range. */
export function markKind(q: UserQualifier | null): 'filled' | 'hollow-circle' | 'hollow-triangle' {
  if (isLowerBound(q)) return 'hollow-triangle';
  if (q === 'up_to') return 'hollow-circle';
  return 'filled';
}

export function durationUsersChart(rows: ScatterRow[], ctx: ChartContext, notDrawn: number): ChartSpec {
  const { t, lang } = ctx;
  const operator = (r: ScatterRow) => (lang === 'ja' ? r.operator_ja : r.operator_en);
  const title = (r: ScatterRow) =>
    `${r.id} ${operator(r)}\n${formatDurationQualified(r.duration_min, r.duration_qualifier ?? null, lang)} · ${formatUsers(r.affected_users, r.users_qualifier, lang, r.affected_users_max)}\n${t(`cause.${r.cause}`)}`;
  const href = ctx.links ? { href: (r: ScatterRow) => ctx.links!.caseHref(r.id) } : {};
  const of = (kind: ReturnType<typeof markKind>) => rows.filter((r) => markKind(r.users_qualifier) === kind);
  const pre2015 = ruleStaircase('pre2015', majorRule(2014, null), MAX_DURATION, MAX_USERS);
  const legendText = SERVICE_CATEGORIES.map((c) => `${t(`service.${c}`)}`).join(' / ');
  return {
    id: 'duration-users',
    title: t('chart.scatter.title'),
    subtitle: ctx.datasetLabel,
    sources: [t('source.cases', { n: rows.length + notDrawn })],
    notes: [
      t('chart.scatter.thresholds'),
      legendText,
      t('chart.scatter.hollow'),
      ...(notDrawn > 0 ? [t('chart.scatter.missing', { n: notDrawn })] : []),
    ],
    synthetic: ctx.synthetic,
    columns: [
      { key: 'id', label: 'ID' },
      { key: 'operator', label: t('table.col.operator') },
      { key: 'duration_min', label: t('chart.scatter.x') },
      { key: 'users', label: t('table.col.users') },
      { key: 'cause_label', label: t('table.col.cause') },
    ],
    rows: rows.map((r) => ({
      id: r.id,
      operator: operator(r),
      duration_min: r.duration_min,
      users: formatUsers(r.affected_users, r.users_qualifier, lang, r.affected_users_max),
      cause_label: t(`cause.${r.cause}`),
    })),
    plot: {
      height: 420,
      marginLeft: 64,
      marginRight: 24,
      x: { type: 'log', domain: [MIN_DURATION, MAX_DURATION], label: t('chart.scatter.x') },
      y: { type: 'log', domain: [MIN_USERS, MAX_USERS], label: t('chart.scatter.y') },
      color: causeColor(ctx, new Set(rows.map((r) => r.cause))),
      marks: [
        Plot.gridX(DURATION_TICKS),
        Plot.gridY(USER_TICKS),
        ...logAxisX(DURATION_TICKS, (m) => formatDuration(m, lang), t('chart.scatter.x')),
        ...logAxisY(USER_TICKS, (v) => formatCompact(v, lang), t('chart.scatter.y')),
        Plot.line(pre2015, {
          x: 'duration',
          y: 'users',
          stroke: '#868e96',
          strokeDasharray: '2,3',
          className: 'rule-pre2015',
        }),
        ...SERVICE_CATEGORIES.map((c) =>
          Plot.line(
            fy2015Staircases(MAX_DURATION, MAX_USERS).filter((p) => p.category === c),
            {
              x: 'duration',
              y: 'users',
              stroke: CATEGORY_STROKE[c],
              strokeWidth: 1.5,
              strokeOpacity: 0.85,
              className: 'rule-fy2015',
            },
          ),
        ),
        ...staircaseLabelPoints().map((p) =>
          Plot.text([p], {
            x: 'duration',
            y: 'users',
            text: () => CATEGORY_NUMERAL[p.category as keyof typeof CATEGORY_NUMERAL],
            fill: CATEGORY_STROKE[p.category as keyof typeof CATEGORY_STROKE],
            dx: -9,
            dy: -9,
            fontSize: 13,
            fontWeight: 'bold',
          }),
        ),
        ...withTip(Plot.dot, of('filled'), {
          x: 'duration_min',
          y: 'affected_users',
          fill: 'cause',
          r: 5,
          stroke: 'white',
          className: 'case-dot',
          ...href,
          title,
        }),
        ...withTip(Plot.dot, of('hollow-circle'), {
          x: 'duration_min',
          y: 'affected_users',
          stroke: 'cause',
          fill: 'white',
          strokeWidth: 2,
          r: 5,
          className: 'case-dot',
          ...href,
          title,
        }),
        ...withTip(Plot.dot, of('hollow-triangle'), {
          x: 'duration_min',
          y: 'affected_users',
          stroke: 'cause',
          fill: 'white',
          strokeWidth: 2,
          r: 6,
          symbol: 'triangle',
          className: 'case-dot',
          ...href,
          title,
        }),
      ],
    },
  };
}
