import { useI18n } from '../../state/i18n-context.ts';
import { CAUSE_COLOR } from '../../domain/causes.ts';
import type { CaseAnnotations, CaseDetailRow } from './case-rows.ts';
import { caseFacts } from './case-facts.ts';

export function CaseFacts({ row, annotations }: { row: CaseDetailRow; annotations: CaseAnnotations }) {
  const { t, lang } = useI18n();
  return (
    <dl className="case-facts" data-testid="case-facts">
      {caseFacts(row, annotations, t, lang).map((f) => (
        <div key={f.key} className={`case-fact case-fact--${f.key}`} data-field={f.key}>
          <dt>{f.label}</dt>
          <dd data-testid={`fact-${f.key}`}>
            {f.key === 'cause' && (
              <span className="swatch" style={{ background: CAUSE_COLOR[row.cause] }} aria-hidden="true" />
            )}
            <span lang={f.valueLang !== lang ? f.valueLang : undefined}>{f.value}</span>
            {f.mark && (
              <span className="case-fact__mark" data-testid="fact-mark">
                {' '}
                ({f.mark})
              </span>
            )}
            {f.detail && (
              <span className="case-fact__detail" lang={f.detailLang}>
                {f.detail}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
