import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { getDeckStore } from '../export/deck/deck-store.ts';
import { useI18n } from '../state/i18n-context.ts';

// The tray (and the deck writer behind it) loads when it is first opened, not with the first view.
const DeckTray = lazy(() => import('../export/deck/DeckTray.tsx').then((m) => ({ default: m.DeckTray })));

/** The slide deck collected from any view: a header button with the count, and the tray in a side panel. */
export function DeckDrawer() {
  const { t, lang } = useI18n();
  const store = getDeckStore();
  const { items } = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="deck-button"
        aria-expanded={open}
        aria-controls="deck-drawer"
        data-testid="deck-button"
        onClick={() => setOpen((o) => !o)}
      >
        {t('deck.button', { n: items.length })}
      </button>
      {open && (
        <aside id="deck-drawer" className="deck-drawer" aria-label={t('deck.button', { n: items.length })}>
          <button type="button" className="link-button deck-drawer__close" onClick={() => setOpen(false)}>
            {t('drill.close')}
          </button>
          <Suspense fallback={<p role="status">{t('deck.loading')}</p>}>
            <DeckTray lang={lang} title={t('app.title')} />
          </Suspense>
        </aside>
      )}
    </>
  );
}
