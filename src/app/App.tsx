import { lazy, Suspense, useEffect, useMemo } from 'react';
import { translator } from '../i18n/t.ts';
import { CasePage } from '../views/CasePage.tsx';
import { CasesView } from '../views/CasesView.tsx';
import { Overview } from '../views/Overview.tsx';
import { ExploreView } from '../views/reports/ExploreView.tsx';
import { QuarterlyView } from '../views/reports/QuarterlyView.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { useData } from '../state/data-context.ts';
import { DeckDrawer } from './DeckDrawer.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { LinkNotice } from './LinkNotice.tsx';
import { I18nContext, useI18n } from '../state/i18n-context.ts';
import { ErrorScreen, LoadingScreen } from '../views/LoadingScreen.tsx';
import { mark } from '../lib/perf.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { viewHref } from '../state/links.ts';
import type { UrlState, View } from '../state/url-state.ts';
import { rememberLang } from '../state/preferred-lang.ts';
import { PrintFrame } from '../views/a11y/PrintFrame.tsx';
import { CopyLinkButton } from '../views/controls/CopyLinkButton.tsx';
import { ThemeSwitch } from '../views/controls/ThemeSwitch.tsx';

// The data and SQL views load only when opened: the first view does not pay for the import code or the editor.
const DataView = lazy(() => import('../views/data/DataView.tsx'));
const SqlView = lazy(() => import('../views/sql/SqlView.tsx'));

const NAV: { view: View; key: MessageKey }[] = [
  { view: 'overview', key: 'nav.overview' },
  { view: 'cases', key: 'nav.cases' },
  { view: 'quarterly', key: 'nav.quarterly' },
  { view: 'explore', key: 'nav.explore' },
  { view: 'data', key: 'nav.data' },
  { view: 'sql', key: 'nav.sql' },
];

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
            href={viewHref(n.view, lang)}
            aria-current={state.view === n.view || (state.view === 'case' && n.view === 'cases') ? 'page' : undefined}
          >
            {t(n.key)}
          </a>
        ))}
      </nav>
      <div className="header-tools">
        <DeckDrawer />
        <ThemeSwitch />
        <button
          type="button"
          className="lang-switch"
          data-testid="lang-switch"
          lang={lang === 'ja' ? 'en' : 'ja'}
          onClick={() => {
            const next = lang === 'ja' ? 'en' : 'ja';
            rememberLang(next);
            update({ lang: next });
          }}
        >
          {t('lang.switch')}
        </button>
      </div>
    </header>
  );
}

function Main({ view }: { view: View }) {
  const data = useData();
  if (data.status === 'loading') return <LoadingScreen step={data.step} />;
  if (data.status === 'error') return <ErrorScreen error={data.error} />;
  if (view === 'cases') return <CasesView />;
  if (view === 'case') return <CasePage />;
  if (view === 'quarterly') return <QuarterlyView />;
  if (view === 'explore') return <ExploreView />;
  if (view === 'data' || view === 'sql') {
    return (
      <Suspense fallback={<LoadingScreen step={{ step: 'engine' }} />}>
        {view === 'data' ? <DataView /> : <SqlView />}
      </Suspense>
    );
  }
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
      <a
        className="skip-link"
        href="#main"
        data-testid="skip-link"
        onClick={(e) => {
          // The hash is the router's: move focus without navigating.
          e.preventDefault();
          const main = document.getElementById('main');
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        {i18n.t('a11y.skip')}
      </a>
      <Header state={state} update={update} />
      <PrintFrame />
      <main id="main" tabIndex={-1}>
        <div className="view-link">
          <CopyLinkButton />
        </div>
        <LinkNotice />
        <ErrorBoundary key={`${state.view}/${state.id ?? ''}`}>
          <Main view={state.view} />
        </ErrorBoundary>
      </main>
    </I18nContext.Provider>
  );
}
