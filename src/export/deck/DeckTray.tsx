import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { Lang } from '../../i18n/lang.ts';
import { getDeckStore, MAX_NOTE, type DeckItem, type DeckStore } from './deck-store.ts';
import { downloadBlob } from '../download.ts';
import { deckFileName } from '../filename.ts';
import { blobToDataUrl, svgToPng } from '../raster/png.ts';
import { buildDeck, pngSize } from './pptx.ts';
import { translate } from '../../i18n/t.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import '../export.css';

export interface DeckTrayProps {
  lang: Lang;
  /** Default: the page's shared deck. */
  store?: DeckStore;
  now?: () => Date;
  /** Title of the deck's first slide. */
  title?: string;
}

type Part = 'item' | 'up' | 'down';

function thumbnailOf(item: DeckItem): string {
  return item.pngDataUrl ?? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(item.svgMarkup)}`;
}

/** Items dropped their PNG when localStorage was full; redraw it from the stored SVG. */
async function withPng(item: DeckItem): Promise<DeckItem & { pngDataUrl: string }> {
  if (item.pngDataUrl) return { ...item, pngDataUrl: item.pngDataUrl };
  return { ...item, pngDataUrl: await blobToDataUrl(await svgToPng(item.svgMarkup, 'deck')) };
}

/** The collected slides: reorder with buttons or Alt+↑/↓, remove, clear, and download as .pptx. */
export function DeckTray({ lang, store: given, now = () => new Date(), title }: DeckTrayProps) {
  const store = given ?? getDeckStore();
  const { items, meta, storage, setAside } = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getSnapshot,
  );
  const [confirmClear, setConfirmClear] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const focusTarget = useRef<{ id: string; part: Part } | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const helpId = useId();
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);

  // After a move the list re-renders; keep focus on the control that was used, now at its new place.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target || !items.some((item) => item.id === target.id)) return;
    focusTarget.current = null;
    const candidates = rootRef.current?.querySelectorAll<HTMLElement>(`[data-part="${target.part}"]`) ?? [];
    [...candidates].find((el) => el.dataset.deckId === target.id)?.focus();
  }, [items]);

  const move = (item: DeckItem, delta: -1 | 1, part: Part) => {
    const index = items.indexOf(item);
    if (index + delta < 0 || index + delta >= items.length) return;
    store.move(item.id, delta);
    focusTarget.current = { id: item.id, part };
    setStatus(t('export.deck.moved', { title: item.spec.title, position: index + delta + 1 }));
  };

  const remove = (item: DeckItem) => {
    const index = items.indexOf(item);
    const next = items[index + 1] ?? items[index - 1];
    store.remove(item.id);
    if (next) focusTarget.current = { id: next.id, part: 'item' };
    else document.getElementById(headingId)?.focus();
    setStatus(t('export.deck.removed', { title: item.spec.title }));
  };

  const onItemKeyDown = (item: DeckItem) => (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(item, event.key === 'ArrowUp' ? -1 : 1, 'item');
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove(item);
    }
  };

  const download = async () => {
    setBusy(true);
    setStatus(t('export.deck.building'));
    try {
      const exportedAt = now();
      // One slide that cannot be drawn (a damaged image, markup the browser refuses) is left out, not fatal.
      const settled = await Promise.allSettled(
        items.map(async (item) => {
          const slide = await withPng(item);
          pngSize(slide.pngDataUrl);
          return slide;
        }),
      );
      const slides = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const skipped = items.filter((_, i) => settled[i]?.status === 'rejected').map((item) => item.spec.title);
      if (slides.length === 0) throw new Error(t('fault.deck.none'));
      const blob = await buildDeck(
        slides.map((item) => ({ ...item, ...(item.note ? { note: item.note } : {}) })),
        {
          lang,
          title: meta.title.trim() || title || t('export.pptx.title'),
          subtitle: meta.subtitle,
          date: meta.date,
          charts: meta.charts,
          exportedAt,
        },
      );
      const file = deckFileName(
        exportedAt,
        items.some((item) => item.spec.synthetic),
      );
      downloadBlob(blob, file);
      setStatus(
        skipped.length
          ? t('fault.deck.skipped', { file, n: skipped.length, titles: skipped.join(' / ') })
          : t('export.deck.built', { file }),
      );
    } catch (error) {
      setStatus(t('export.status.error', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section ref={rootRef} className="jiko-deck" aria-labelledby={headingId} data-testid="deck-tray">
      <h2 id={headingId} tabIndex={-1} className="jiko-deck__heading">
        {t('export.deck.heading')}{' '}
        <span className="jiko-deck__count">{t('export.deck.count', { n: items.length })}</span>
      </h2>
      <fieldset className="jiko-deck__meta">
        <label>
          {t('export.deck.meta.title')}
          <input
            type="text"
            value={meta.title}
            placeholder={title ?? t('export.pptx.title')}
            maxLength={200}
            data-testid="deck-title"
            onChange={(e) => store.setMeta({ title: e.target.value })}
          />
        </label>
        <label>
          {t('export.deck.meta.subtitle')}
          <input
            type="text"
            value={meta.subtitle}
            maxLength={200}
            data-testid="deck-subtitle"
            onChange={(e) => store.setMeta({ subtitle: e.target.value })}
          />
        </label>
        <label>
          {t('export.deck.meta.date')}
          <input
            type="text"
            value={meta.date}
            maxLength={60}
            data-testid="deck-date"
            onChange={(e) => store.setMeta({ date: e.target.value })}
          />
        </label>
        <span className="jiko-deck__charts" role="radiogroup" aria-label={t('export.deck.meta.charts')}>
          {t('export.deck.meta.charts')}
          {(['native', 'picture'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name={`${headingId}-charts`}
                value={mode}
                checked={meta.charts === mode}
                data-testid={`deck-charts-${mode}`}
                onChange={() => store.setMeta({ charts: mode })}
              />
              {t(`export.deck.meta.${mode}`)}
            </label>
          ))}
        </span>
      </fieldset>
      {items.length === 0 ? (
        <p className="jiko-deck__empty">{t('export.deck.empty')}</p>
      ) : (
        <>
          <p id={helpId} className="jiko-deck__help">
            {t('export.deck.itemHelp')}
          </p>
          <ol className="jiko-deck__list">
            {items.map((item, i) => (
              <li
                key={item.id}
                className="jiko-deck__item"
                tabIndex={0}
                aria-describedby={helpId}
                aria-label={`${i + 1}. ${item.spec.title}`}
                data-testid="deck-item"
                data-deck-id={item.id}
                data-part="item"
                onKeyDown={onItemKeyDown(item)}
              >
                <img className="jiko-deck__thumb" src={thumbnailOf(item)} alt="" width={120} height={68} />
                <span className="jiko-deck__text">
                  <span className="jiko-deck__title">{item.spec.title}</span>
                  <span className="jiko-deck__subtitle">{item.spec.subtitle}</span>
                  {item.spec.synthetic && <span className="jiko-deck__synthetic">{t('export.synthetic')}</span>}
                  <textarea
                    className="jiko-deck__note"
                    rows={2}
                    maxLength={MAX_NOTE}
                    value={item.note ?? ''}
                    aria-label={t('export.deck.note', { title: item.spec.title })}
                    placeholder={t('export.deck.note', { title: '' }).replace(/[:：]\s*$/, '')}
                    data-testid="deck-note"
                    onKeyDown={(e) => e.stopPropagation()}
                    onChange={(e) => store.setNote(item.id, e.target.value)}
                  />
                </span>
                <span className="jiko-deck__actions">
                  <button
                    type="button"
                    aria-label={t('export.deck.moveUp', { title: item.spec.title })}
                    aria-disabled={i === 0}
                    data-deck-id={item.id}
                    data-part="up"
                    onClick={() => move(item, -1, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t('export.deck.moveDown', { title: item.spec.title })}
                    aria-disabled={i === items.length - 1}
                    data-deck-id={item.id}
                    data-part="down"
                    onClick={() => move(item, 1, 'down')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={t('export.deck.remove', { title: item.spec.title })}
                    onClick={() => remove(item)}
                  >
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="jiko-deck__footer">
        {confirmClear ? (
          <span className="jiko-deck__confirm" role="group" data-testid="deck-clear-confirm">
            {t('export.deck.clearConfirm', { n: items.length })}{' '}
            <button
              type="button"
              data-testid="deck-clear-yes"
              onClick={() => {
                store.clear();
                setConfirmClear(false);
                setStatus(t('export.deck.cleared'));
                document.getElementById(headingId)?.focus();
              }}
            >
              {t('export.deck.clear')}
            </button>{' '}
            <button type="button" data-testid="deck-clear-no" onClick={() => setConfirmClear(false)}>
              {t('common.cancel')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            data-testid="deck-clear"
            onClick={() => setConfirmClear(true)}
            disabled={items.length === 0}
          >
            {t('export.deck.clear')}
          </button>
        )}
        <button
          type="button"
          data-testid="deck-download"
          onClick={() => void download()}
          disabled={items.length === 0 || busy}
        >
          {t('export.deck.download')}
        </button>
      </div>
      {storage !== 'ok' && storage !== 'damaged' && (
        <p className="jiko-deck__warning">
          {t(storage === 'quota' ? 'export.deck.storageQuota' : 'export.deck.storageUnavailable')}
        </p>
      )}
      {storage === 'damaged' && (
        <p className="jiko-deck__warning" role="alert" data-testid="deck-damaged">
          {t('fault.deck.damaged')}
        </p>
      )}
      {setAside && (
        <p className="jiko-deck__warning" role="alert" data-testid="deck-set-aside">
          {t('fault.deck.setAside', { key: setAside })}
        </p>
      )}
      <p role="status" aria-live="polite" className="jiko-deck__status" data-testid="deck-status">
        {status}
      </p>
    </section>
  );
}
