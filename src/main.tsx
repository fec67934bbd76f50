import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadViewCode } from './app/App.tsx';
import { DataProvider, prefetchData } from './state/DataProvider.tsx';
import './styles.css';
import './styles/theme.css';
import './styles/narrow.css';
import './styles/print.css';
import { completeHash, preferredLang, storedLang } from './state/preferred-lang.ts';
import { applyTheme, storedTheme } from './state/theme.ts';
import { parseHash } from './state/url-state.ts';
import { loadCatalogue } from './i18n/t.ts';

applyTheme(storedTheme());
/** A link that names no language opens in the reader's, and later ones keep the page's (state/preferred-lang.ts). */
function applyPreferredLang(): void {
  const hash = completeHash(location.hash, () => preferredLang(storedLang(), navigator.languages ?? []));
  if (hash !== location.hash) history.replaceState(null, '', hash);
}
applyPreferredLang();
// registered before React's own listener (use-url-state.ts), so the views read the completed link
window.addEventListener('hashchange', applyPreferredLang);

prefetchData();
// a case link's view code comes in beside the snapshot instead of after it
preloadViewCode(parseHash(location.hash).view);

const start = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DataProvider>
        <App />
      </DataProvider>
    </StrictMode>,
  );
// An English link waits for the English catalogue (a small same-origin chunk, fetched beside the data); Japanese
// is in the bundle. Should the chunk fail or hang, the page still starts (in Japanese, after at most 3 s) and the
// App switches once the catalogue is in.
void Promise.race([
  loadCatalogue(parseHash(location.hash).lang),
  new Promise((resolve) => setTimeout(resolve, 3000)),
]).then(start, start);
