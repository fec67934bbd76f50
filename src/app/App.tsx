import { lazy, Suspense, useEffect, useMemo, useReducer } from 'react';
import { hasCatalogue, loadCatalogue, translator } from '../i18n/t.ts';
import { Overview } from '../views/Overview.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import type { LoadStep } from '../data/load-dataset.ts';
import { useAnyWaitingForEngine, useWaitForEngine } from '../state/engine-wait.ts';
import { useSnapshot } from '../state/snapshot-context.ts';
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
import { CopyLinkButton } from '../views/controls/CopyLinkButton.tsx';
import { ThemeSwitch } from '../views/controls/ThemeSwitch.tsx';

// The data and SQL views load only when opened: the first view does not pay for the import code or the editor.
const DataView = lazy(() => import('../views/data/DataView.tsx'));
// Only a printed page shows it: it loads beside the first view, never in its way (first-view JS, issue 10).
const PrintFrame = lazy(() => import('../views/a11y/PrintFrame.tsx').then((m) => ({ default: m.PrintFrame })));
const SqlView = lazy(() => import('../views/sql/SqlView.tsx'));

// The case index and case pages draw from the snapshot, but only a link to them needs their code at once: the
// overview (the usual first view) does not pay for it. A case link fetches the chunk beside snapshot.json
// (preloadViewCode, called by main.tsx before the first render), not once the snapshot is in.
const VIEW_CODE = {
  cases: () => import('../views/CasesView.tsx'),
  case: () => import('../views/CasePage.tsx'),
  quarterly: () => import('../views/reports/QuarterlyView.tsx'),
  explore: () => import('../views/reports/ExploreView.tsx'),
} satisfies Partial<Record<View, () => Promise<unknown>>>;

/** Starts fetching the code of the view a link opens, if it is a chunk of its own. */
export function preloadViewCode(view: View): void {
  if (view in VIEW_CODE) VIEW_CODE[view as keyof typeof VIEW_CODE]().catch(() => undefined); // shown when opened
}

const CasesView = lazy(() => VIEW_CODE.cases().then((m) => ({ default: m.CasesView })));
const CasePage = lazy(() => VIEW_CODE.case().then((m) => ({ default: m.CasePage })));

// The report views need DuckDB anyway, so their code loads with it rather than before the first view.
const QuarterlyView = lazy(() => VIEW_CODE.quarterly().then((m) => ({ default: m.QuarterlyView })));
const ExploreView = lazy(() => VIEW_CODE.explore().then((m) => ({ default: m.ExploreView })));

/**
 * Once DuckDB is up, the lazily loaded views' code is fetched too (a moment later, off the first view's path), so
 * every view opens without the network from then on.
 */
function warmViews(): void {
  setTimeout(() => {
    void Promise.allSettled([
      import('../views/CasesView.tsx'),
      import('../views/CasePage.tsx'),
      import('../views/reports/QuarterlyView.tsx'),
      import('../views/reports/ExploreView.tsx'),
      import('../views/data/DataView.tsx'),
      import('../views/sql/SqlView.tsx'),
      loadCatalogue('en'), // so that switching language needs no fetch
    ]).then(() => mark('views-warm')); // a failure shows when that view is opened
  }, 200);
}

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
          // the other language's catalogue is fetched as the pointer or focus reaches the switch
          onPointerEnter={() => void loadCatalogue(lang === 'ja' ? 'en' : 'ja')}
          onFocus={() => void loadCatalogue(lang === 'ja' ? 'en' : 'ja')}
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

/** Views the snapshot can draw before DuckDB is up; the report views need DuckDB from the start. */
const SNAPSHOT_VIEWS: readonly View[] = ['overview', 'cases', 'case'];

function Main({ view }: { view: View }) {
  const data = useData();
  const snapshot = useSnapshot();
  const waiting = useAnyWaitingForEngine();
  const ready = data.status === 'ready';
  useEffect(() => {
    if (ready) warmViews();
  }, [ready]);
  if (data.status === 'error') {
    if (!(snapshot && SNAPSHOT_VIEWS.includes(view))) return <ErrorScreen error={data.error} />;
    // DuckDB could not start, but this view is drawn from the snapshot: it stays, under the error.
    return (
      <>
        <ErrorScreen error={data.error} snapshotShown />
        <Suspense fallback={null}>
          <MainView view={view} />
        </Suspense>
      </>
    );
  }
  if (data.status === 'loading' && !(snapshot && SNAPSHOT_VIEWS.includes(view))) {
    // Until the snapshot is in (a few ms), it is not known yet whether this view needs DuckDB at once.
    return snapshot === undefined ? <LoadingScreen step={data.step} /> : <WaitingForEngine step={data.step} />;
  }
  // While a view's code loads, the fallback tells the data's real state: DuckDB's progress while it starts (a case
  // link's chunk comes in meanwhile), "ready" once it is up; never "ready" before it is.
  const fallback =
    data.status !== 'loading' ? (
      <LoadingScreen step={{ step: 'done' }} />
    ) : waiting ? null : (
      <LoadingScreen step={data.step} />
    );
  return (
    <>
      {data.status === 'loading' && waiting && <LoadingScreen step={data.step} />}
      <Suspense fallback={fallback}>
        <MainView view={view} />
      </Suspense>
    </>
  );
}

/** A view that cannot draw without DuckDB: it says so, and DuckDB starts at once (state/DataProvider.tsx). */
function WaitingForEngine({ step }: { step: LoadStep }) {
  useWaitForEngine(true);
  return <LoadingScreen step={step} />;
}

function MainView({ view }: { view: View }) {
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
  // English is a chunk of its own (main.tsx loads it before the first render of an English link): on a switch
  // before it is in, the page stays Japanese for the moment it takes, never shows raw keys.
  const [, catalogueIn] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!hasCatalogue(state.lang)) void loadCatalogue(state.lang).then(catalogueIn, catalogueIn);
  }, [state.lang]);
  const lang = hasCatalogue(state.lang) ? state.lang : 'ja';
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t('app.title');
  }, [lang, i18n]);
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
      <Suspense fallback={null}>
        <PrintFrame />
      </Suspense>
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
