import { useI18n } from '../../state/i18n-context.ts';
import { formatOccurred } from '../../i18n/case-format.ts';
import type { CountermeasureItem } from './case-rows.ts';

const MARK = { done: '☑', planned: '☐', unknown: '–' } as const;

/** The countermeasures as a checklist: done or planned with the date published, or no published status. */
export function Countermeasures({ items }: { items: CountermeasureItem[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <p data-testid="countermeasures-none">{t('case.cm.none')}</p>;
  const count = (s: CountermeasureItem['status']) => items.filter((i) => i.status === s).length;
  return (
    <>
      <p className="case-cm-tally" data-testid="countermeasure-tally">
        {t('case.cm.tally', { done: count('done'), planned: count('planned'), unknown: count(null) })}
      </p>
      <ul className="checklist" data-testid="countermeasures">
        {items.map((i) => {
          const date = i.status_date
            ? formatOccurred(i.status_date, i.status_date.length === 7 ? 'month' : 'day', lang)
            : '';
          // "planned 2023-05-19, then continuing": keep whatever the source adds to the status and date.
          const extra = i.status_text && i.status_text !== `${i.status} ${i.status_date}` ? i.status_text : null;
          return (
            <li key={i.seq} data-testid="countermeasure" data-status={i.status ?? 'unknown'}>
              <span className={`check check--${i.status ?? 'unknown'}`} aria-hidden="true">
                {MARK[i.status ?? 'unknown']}
              </span>
              <span className="checklist__text">
                <span lang="en">{i.measure_en}</span>
                <span className="checklist__status" data-testid="countermeasure-status">
                  {i.status === 'done'
                    ? t('case.cm.done', { date })
                    : i.status === 'planned'
                      ? t('case.cm.planned', { date })
                      : t('case.cm.unknown')}
                  {extra && <span lang="en"> — {extra}</span>}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
