import { useI18n } from '../../state/i18n-context.ts';
import type { RemarkItem } from './case-rows.ts';

interface Group {
  viewpointJa: string | null;
  viewpointEn: string | null;
  items: RemarkItem[];
}

/** Remarks by viewpoint, in the order the minutes first name each viewpoint; reports (no viewpoint) first. */
export function byViewpoint(items: RemarkItem[]): Group[] {
  const out: Group[] = [];
  for (const i of items) {
    const g = out.find((x) => x.viewpointJa === i.viewpoint_ja);
    if (g) g.items.push(i);
    else out.push({ viewpointJa: i.viewpoint_ja, viewpointEn: i.viewpoint_en, items: [i] });
  }
  return out.sort((a, b) => Number(a.viewpointJa !== null) - Number(b.viewpointJa !== null));
}

/**
 * What the council said about the case: each question, answer and remark quoted in Japanese as the minutes
 * publish it, grouped by the minutes' viewpoints, with jiko's English summary beside it.
 */
export function CaseRemarks({ items, imported = false }: { items: RemarkItem[]; imported?: boolean }) {
  const { t, lang } = useI18n();
  if (items.length === 0)
    return <p data-testid="remarks-none">{t(imported ? 'case.remarks.none.imported' : 'case.remarks.none')}</p>;
  const groups = byViewpoint(items);
  const onlyReports = items.every((i) => i.kind === 'report');
  return (
    <div data-testid="case-remarks" className={lang === 'en' ? 'case-remarks case-remarks--en' : 'case-remarks'}>
      <p className="case-remarks__intro">{t('case.remarks.intro')}</p>
      {lang === 'en' && (
        <p className="print-only case-remarks__print-note" data-testid="remarks-print-note">
          {t('case.remarks.printNote')}
        </p>
      )}
      {groups.map((g) => (
        <section
          key={g.viewpointJa ?? ''}
          className="case-remarks__group"
          data-testid="remark-group"
          data-viewpoint={g.viewpointJa ?? ''}
        >
          <h4>
            {g.viewpointJa === null
              ? t('case.remarks.noViewpoint')
              : lang === 'ja'
                ? t('case.remarks.viewpoint', { viewpoint: g.viewpointJa })
                : t('case.remarks.viewpoint', { viewpoint: g.viewpointEn ?? g.viewpointJa })}
            {lang === 'en' && g.viewpointJa !== null && (
              <span lang="ja" className="case-remarks__ja-viewpoint">
                {' '}
                ({g.viewpointJa})
              </span>
            )}
          </h4>
          <ol className="case-remarks__list">
            {g.items.map((r) => (
              <li key={r.seq} data-testid="remark" data-kind={r.kind} className={`remark remark--${r.kind}`}>
                <span className="remark__kind">{t(`case.remarks.kind.${r.kind}`)}</span>
                <blockquote lang="ja" className="remark__text" data-testid="remark-text">
                  {r.text_ja}
                </blockquote>
                {lang === 'en' && (
                  <p lang="en" className="remark__summary" data-testid="remark-summary">
                    {r.summary_en} <span className="case-fact__mark">({t('case.remarks.summaryEn')})</span>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {onlyReports && <p data-testid="remarks-no-qa">{t('case.remarks.noQa')}</p>}
      <p className="case-remarks__source">
        {t('case.remarks.source', {
          source: [...new Set(items.map((i) => i.source.replace(/^seed:/, '')))].join(' / '),
        })}
      </p>
    </div>
  );
}
