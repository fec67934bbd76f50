import { useMemo, useState } from 'react';
import { useI18n } from '../state/i18n-context.ts';
import { linkProblems } from '../state/url-state.ts';
import { useHash } from '../state/use-url-state.ts';

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Says so when a link has a malformed part that was ignored; the view itself has already fallen back. */
export function LinkNotice() {
  const hash = useHash();
  const { t } = useI18n();
  const problems = useMemo(() => linkProblems(hash), [hash]);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (problems.length === 0 || dismissed === hash) return null;
  return (
    <div role="status" className="alert alert--warn link-notice" data-testid="link-notice">
      <p>{t('fault.link', { part: problems.map(clip).join(', ') })}</p>
      <button type="button" onClick={() => setDismissed(hash)}>
        {t('fault.link.dismiss')}
      </button>
    </div>
  );
}
