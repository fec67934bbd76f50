import { useI18n } from '../../state/i18n-context.ts';
import { caseHref, viewHref } from '../../state/links.ts';

/**
 * Back to the list (with its filters) and to the previous / next case in date order. With filters active the
 * neighbours come from the filtered list, so the committee can step through exactly the cases it picked.
 */
export function CaseNav({
  id,
  ids,
  filtered,
  params,
}: {
  id: string;
  ids: string[];
  filtered: boolean;
  params: Record<string, string>;
}) {
  const { t, lang } = useI18n();
  const at = ids.indexOf(id);
  const prev = at > 0 ? ids[at - 1] : undefined;
  const next = at >= 0 ? ids[at + 1] : undefined;
  const link = (to: string) => caseHref(to, lang, params);
  return (
    <nav className="case-nav" aria-label={t('case.order')}>
      <a href={viewHref('cases', lang, params)} data-testid="case-back">
        {t('case.back')}
      </a>
      <span className="case-nav__steps">
        {prev && (
          <a href={link(prev)} rel="prev" data-testid="case-prev">
            {t('case.prev')} <span className="case-nav__id">{prev}</span>
          </a>
        )}
        {next && (
          <a href={link(next)} rel="next" data-testid="case-next">
            <span className="case-nav__id">{next}</span> {t('case.next')}
          </a>
        )}
        <span className="case-nav__order">
          {filtered ? t('case.orderFiltered', { n: ids.length }) : t('case.order')}
        </span>
      </span>
    </nav>
  );
}
