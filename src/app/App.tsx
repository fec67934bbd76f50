import { useEffect, useMemo } from 'react';
import { translator } from '../i18n/t.ts';
import { Overview } from '../views/Overview.tsx';
import { useData } from './data-context.ts';
import { I18nContext, useI18n } from './i18n-context.ts';
import { ErrorScreen, LoadingScreen } from './LoadingScreen.tsx';
import { mark } from './perf.ts';
import { useUrlState } from './use-url-state.ts';
import type { UrlState, View } from './url-state.ts';

const NAV: { view: View; key: 'nav.overview' }[] = [{ view: 'overview', key: 'nav.overview' }];

function Header({ state, update }: { state: UrlState; update: (s: Partial<UrlState>) => void }) {
  const { t, lang } = useI18n();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
      </div>
      <nav aria-label="main">
        {NAV.map((n) => (
          <a
            key={n.view}
            href={`#/${n.view}${lang === 'en' ? '?lang=en' : ''}`}
            aria-current={state.view === n.view ? 'page' : undefined}
          >
            {t(n.key)}
          </a>
        ))}
      </nav>
      <button
        type="button"
        className="lang-switch"
        data-testid="lang-switch"
        lang={lang === 'ja' ? 'en' : 'ja'}
        onClick={() => update({ lang: lang === 'ja' ? 'en' : 'ja' })}
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}

function Main() {
  const data = useData();
  if (data.status === 'loading') return <LoadingScreen step={data.step} />;
  if (data.status === 'error') return <ErrorScreen error={data.error} />;
  return <Overview />;
}

export function App() {
  const [state, update] = useUrlState();
  const i18n = useMemo(() => ({ lang: state.lang, t: translator(state.lang) }), [state.lang]);
  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = i18n.t('app.title');
  }, [state.lang, i18n]);
  useEffect(() => mark('app-start'), []);
  return (
    <I18nContext.Provider value={i18n}>
      <Header state={state} update={update} />
      <main>
        <Main />
      </main>
    </I18nContext.Provider>
  );
}
