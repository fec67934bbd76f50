import { useI18n } from '../../state/i18n-context.ts';
import { formatOccurred } from '../../i18n/case-format.ts';
import { formatDuration } from '../../i18n/format.ts';
import type { AnnotationItem } from './case-rows.ts';

/** The record's notes, and every value read from them with the fragment it was read from. */
export function CaseNotes({ notes, annotations }: { notes: string | null; annotations: AnnotationItem[] }) {
  const { t, lang } = useI18n();
  const label = (a: AnnotationItem) => {
    const text =
      a.field === 'main_impact_min' || a.field === 'alert_after_min'
        ? t(`case.annotation.${a.field}`, { value: formatDuration(Number(a.value), lang) })
        : a.field === 'recovered_at' || a.field === 'partly_recovered_at'
          ? t(`case.annotation.${a.field}`, { value: formatOccurred(a.value, 'minute', lang) })
          : t('case.annotation.users_withheld');
    return a.derived ? `${text} (${t('case.annotation.derived')})` : text;
  };
  return (
    <>
      <p className="case-notes" lang={notes ? 'en' : undefined} data-testid="case-notes">
        {notes ?? t('case.notes.none')}
      </p>
      {annotations.length > 0 && (
        <>
          <h4>{t('case.annotations')}</h4>
          <ul className="case-annotations" data-testid="case-annotations">
            {annotations.map((a) => (
              <li key={a.field} data-field={a.field}>
                <strong>{label(a)}</strong>
                <span className="case-annotations__quote">{t('case.annotation.quote', { text: a.from_text })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
