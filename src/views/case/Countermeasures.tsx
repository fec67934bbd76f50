import { useI18n } from '../../state/i18n-context.ts';
import { formatOccurred } from '../../i18n/case-format.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Translate } from '../../i18n/t.ts';
import type { CountermeasureItem } from './case-rows.ts';

const MARK = { done: '☑', planned: '☐', studying: '◐', unknown: '–' } as const;

/** Consecutive items of one group ("MIC guidance", "Rakuten", none), in source order. */
function groups(
  items: CountermeasureItem[],
): { label: string | null; labelJa: string | null; items: CountermeasureItem[] }[] {
  const out: { label: string | null; labelJa: string | null; items: CountermeasureItem[] }[] = [];
  for (const i of items) {
    const last = out.at(-1);
    if (last && last.label === i.group_label) last.items.push(i);
    else out.push({ label: i.group_label, labelJa: i.group_label_ja, items: [i] });
  }
  return out;
}

function statusLine(i: CountermeasureItem, t: Translate, lang: Lang): string {
  const date = i.status_date ? formatOccurred(i.status_date, i.status_date.length === 7 ? 'month' : 'day', lang) : '';
  if (i.status === 'done') return t('case.cm.done', { date });
  if (i.status === 'planned') return t('case.cm.planned', { date });
  if (i.status === 'studying') return t('case.cm.studying');
  return t('case.cm.unknown');
}

function Item({ i }: { i: CountermeasureItem }) {
  const { t, lang } = useI18n();
  const status = i.status ?? 'unknown';
  const ja = lang === 'ja' && i.measure_ja !== null;
  // Whatever the source adds to the status ("then continuing", 【令和5年5月19日 完了予定※】), in the page's language.
  const extraEn = i.status_text && i.status_text !== `${i.status} ${i.status_date}` ? i.status_text : null;
  const extra = ja ? i.status_text_ja : extraEn;
  return (
    <li data-testid="countermeasure" data-status={status} data-kind={i.kind}>
      <span className={`check check--${status}`} aria-hidden="true">
        {MARK[status]}
      </span>
      <span className="checklist__text">
        <span lang={ja ? 'ja' : 'en'} data-testid="countermeasure-text">
          {ja ? i.measure_ja : i.measure_en}
        </span>
        {ja && i.measure_ja_translated && <span className="case-fact__mark"> ({t('case.translated')})</span>}
        {lang === 'ja' && !ja && <span className="case-fact__mark"> ({t('case.englishOnly')})</span>}
        <span className="checklist__status" data-testid="countermeasure-status">
          {statusLine(i, t, lang)}
          {extra && <span lang={ja ? 'ja' : 'en'}> — {extra}</span>}
        </span>
      </span>
    </li>
  );
}

/**
 * The countermeasures as a checklist (done / planned / under study with the date published, or no published
 * status), grouped as the source groups them, with MIC's own actions listed apart: they are not the operator's.
 */
/** `imported`: the case came from the user's file, which carries no countermeasures (the import takes cases only). */
export function Countermeasures({ items, imported = false }: { items: CountermeasureItem[]; imported?: boolean }) {
  const { t, lang } = useI18n();
  if (items.length === 0)
    return <p data-testid="countermeasures-none">{t(imported ? 'case.cm.none.imported' : 'case.cm.none')}</p>;
  const measures = items.filter((i) => i.kind === 'measure');
  const mic = items.filter((i) => i.kind === 'mic_action');
  const count = (s: CountermeasureItem['status']) => measures.filter((i) => i.status === s).length;
  return (
    <>
      <p className="case-cm-tally" data-testid="countermeasure-tally">
        {t('case.cm.tally', {
          done: count('done'),
          planned: count('planned'),
          studying: count('studying'),
          unknown: count(null),
        })}
      </p>
      {groups(measures).map((g, n) => (
        <div key={n} className="checklist-group" data-testid="countermeasure-group" data-group={g.label ?? ''}>
          {g.label && (
            <h4 className="checklist-group__label" lang={lang === 'ja' && g.labelJa ? 'ja' : 'en'}>
              {lang === 'ja' ? (g.labelJa ?? g.label) : g.label}
            </h4>
          )}
          <ul className="checklist" data-testid="countermeasures">
            {g.items.map((i) => (
              <Item key={i.seq} i={i} />
            ))}
          </ul>
        </div>
      ))}
      {mic.length > 0 && (
        <div className="checklist-group" data-testid="mic-actions">
          <h4 className="checklist-group__label">{t('case.cm.micActions')}</h4>
          <ul className="checklist">
            {mic.map((i) => (
              <Item key={i.seq} i={i} />
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
