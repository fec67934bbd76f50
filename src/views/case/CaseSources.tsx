import { useI18n } from '../../state/i18n-context.ts';

function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * Sources as links; `seed:` names a council document that has no URL, so it is shown as text. Third-party copies
 * of a document follow, marked as mirrors.
 */
export function CaseSources({
  urls,
  mirrors = [],
  imported = false,
}: {
  urls: string[];
  mirrors?: string[];
  /** An imported case's sources are as its file wrote them: a name is no council document. */
  imported?: boolean;
}) {
  const { t } = useI18n();
  return (
    <ul className="case-sources" data-testid="case-sources">
      {urls.map((u) =>
        /^https?:\/\//.test(u) ? (
          <li key={u}>
            <a href={u} target="_blank" rel="noreferrer noopener" data-testid="source-link">
              {readable(u)}
            </a>
          </li>
        ) : (
          <li key={u} data-testid="source-text">
            <span lang="ja">{u.replace(/^seed:/, '')}</span>
            {!imported && <span className="case-sources__kind"> ({t('case.source.seed')})</span>}
          </li>
        ),
      )}
      {mirrors.map((u) => (
        <li key={u} data-testid="source-mirror">
          <a href={u} target="_blank" rel="noreferrer noopener">
            {readable(u)}
          </a>{' '}
          <span className="case-sources__kind">({t('case.source.mirror')})</span>
        </li>
      ))}
    </ul>
  );
}
