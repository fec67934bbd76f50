import { useState, useSyncExternalStore } from 'react';
import { getDeckStore } from '../export/deck/deck-store.ts';
import { DeckTray } from '../export/deck/DeckTray.tsx';
import { useI18n } from '../state/i18n-context.ts';

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
          <DeckTray lang={lang} title={t('app.title')} />
        </aside>
      )}
    </>
  );
}
