import * as Plot from '@observablehq/plot';
import { majorRule, MAJOR_RULES_FY2015, ruleEra, type ServiceCategory } from '../domain/thresholds.ts';
import { formatUsers } from '../i18n/format.ts';
import type { ChartContext } from './context.ts';
import { durationUsersChart, type ScatterRow } from './duration-users.ts';
import type { ChartSpec } from './spec.ts';
import { CATEGORY_STROKE, ruleStaircase } from './threshold-lines.ts';

/** Which threshold a case is judged against: the single pre-FY2015 rule, its own categories, or unknown. */
export type RuleEmphasis =
  { kind: 'pre2015' } | { kind: 'categories'; categories: ServiceCategory[] } | { kind: 'no-category' };

export function ruleEmphasis(fiscalYear: number, categories: readonly ServiceCategory[]): RuleEmphasis {
  if (ruleEra(fiscalYear) !== 'fy2015') return { kind: 'pre2015' };
  return categories.length > 0 ? { kind: 'categories', categories: [...categories] } : { kind: 'no-category' };
}

export interface FocusCase extends ScatterRow {
  service_categories: ServiceCategory[];
}

function axisMax(scale: unknown, fallback: number): number {
  const domain = (scale as { domain?: unknown } | undefined)?.domain;
  return Array.isArray(domain) && typeof domain[1] === 'number' ? domain[1] : fallback;
}

/**
 * The overview's duration × users chart with one case picked out: a ring and label on the case, and the
 * staircase of the rule it is judged against drawn bold on top (its own service categories from FY2015, the single
 * rule before). With no published category every staircase stays as it is, and the notes say so.
 */
export function casePositionChart(
  rows: ScatterRow[],
  focus: FocusCase,
  ctx: ChartContext,
  notDrawn: number,
): ChartSpec {
  const { t, lang } = ctx;
  const base = durationUsersChart(rows, ctx, notDrawn);
  const maxDuration = axisMax(base.plot.x, 4000);
  const maxUsers = axisMax(base.plot.y, 50_000_000);
  const emphasis = ruleEmphasis(focus.fiscal_year, focus.service_categories);
  const bold =
    emphasis.kind === 'pre2015'
      ? [
          {
            stroke: '#495057',
            dash: '8,4',
            points: ruleStaircase('pre2015', majorRule(2014, null), maxDuration, maxUsers),
          },
        ]
      : emphasis.kind === 'categories'
        ? emphasis.categories.map((c) => ({
            stroke: CATEGORY_STROKE[c],
            dash: undefined,
            points: ruleStaircase(c, MAJOR_RULES_FY2015[c], maxDuration, maxUsers),
          }))
        : [];
  const categoryList =
    emphasis.kind === 'categories' ? emphasis.categories.map((c) => t(`service.${c}`)).join(' / ') : '';
  const emphasisNote =
    emphasis.kind === 'pre2015'
      ? t('position.note.pre2015')
      : emphasis.kind === 'categories'
        ? t('position.note.categories', { list: categoryList })
        : t('position.note.noCategory');
  const label = `${focus.id} · ${formatUsers(focus.affected_users, focus.users_qualifier, lang, focus.affected_users_max)}`;
  return {
    ...base,
    id: 'case-position',
    title: t('position.title'),
    subtitle: `${ctx.datasetLabel} · ${focus.id}`,
    notes: [emphasisNote, ...base.notes],
    plot: {
      ...base.plot,
      marks: [
        ...(base.plot.marks ?? []),
        ...bold.map((b) =>
          Plot.line(b.points, {
            x: 'duration',
            y: 'users',
            stroke: b.stroke,
            strokeDasharray: b.dash,
            strokeWidth: 4,
            className: 'rule-emphasis',
          }),
        ),
        Plot.dot([focus], {
          x: 'duration_min',
          y: 'affected_users',
          r: 13,
          stroke: '#111',
          strokeWidth: 2.5,
          fill: 'none',
          className: 'case-focus',
        }),
        Plot.text([focus], {
          x: 'duration_min',
          y: 'affected_users',
          text: () => label,
          // keep the label inside the frame near the right and top edges of the log axes
          textAnchor: focus.duration_min > 1500 ? 'end' : focus.duration_min < 60 ? 'start' : 'middle',
          dy: focus.affected_users > 10_000_000 ? 26 : -22,
          fontSize: 12,
          fontWeight: 'bold',
          fill: '#111',
          stroke: 'white',
          strokeWidth: 4,
          paintOrder: 'stroke',
          className: 'case-focus-label',
        }),
      ],
    },
  };
}
