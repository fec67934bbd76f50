import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ChartSpec } from '../charts/spec.ts';
import type { Lang } from '../i18n/lang.ts';
import { copyPngToClipboard, type ClipboardResult } from './raster/clipboard.ts';
import { chartCsvBlob } from './csv.ts';
import { getDeckStore, type DeckStore } from './deck/deck-store.ts';
import { downloadBlob } from './download.ts';
import type { ExportSource } from './export-actions.ts';
import type { PngPreset } from './raster/png.ts';
import { exportFileName } from './filename.ts';
import type { FontLoader } from './svg/font-set.ts';
import { translate } from '../i18n/t.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
import './export.css';

export interface ExportMenuProps {
  spec: ChartSpec;
  getChartElement: () => SVGSVGElement | HTMLElement | null;
  lang: Lang;
  /** Default: the page's shared deck. */
  deck?: DeckStore;
  now?: () => Date;
  loadFont?: FontLoader;
}

type ActionKey = 'svg' | 'png-1x' | 'png-2x' | 'png-slide' | 'copy' | 'csv' | 'deck' | `csv-${string}`;

const ITEMS: { key: ActionKey; label: MessageKey; text?: string }[] = [
  { key: 'svg', label: 'export.menu.svg' },
  { key: 'png-1x', label: 'export.menu.png1x' },
  { key: 'png-2x', label: 'export.menu.png2x' },
  { key: 'png-slide', label: 'export.menu.pngSlide' },
  { key: 'copy', label: 'export.menu.copy' },
  { key: 'csv', label: 'export.menu.csv' },
  { key: 'deck', label: 'export.menu.deck' },
];

/**
 * The SVG/PNG/slide writers (and Plot's re-render at slide size) load when a menu is first opened, or at the first
 * action: the first view draws charts without them. The clipboard path stays synchronous up to its call.
 */
const actions = () => import('./export-actions.ts');
const exportPng = (src: ExportSource, preset: PngPreset) => actions().then((a) => a.exportPng(src, preset));
const exportSvgMarkup = (src: ExportSource) => actions().then((a) => a.exportSvgMarkup(src));
const exportDeckEntry = (src: ExportSource) => actions().then((a) => a.exportDeckEntry(src));

const PNG_PRESET = { 'png-1x': '1x', 'png-2x': '2x', 'png-slide': 'slide' } as const;
const PNG_VARIANT = { 'png-1x': undefined, 'png-2x': '2x', 'png-slide': 'slide' } as const;

function clipboardMessage(lang: Lang, result: ClipboardResult): string {
  if (result.ok) return translate(lang, 'export.status.copied');
  if (result.reason === 'unsupported') return translate(lang, 'export.status.copyUnsupported');
  if (result.reason === 'denied') return translate(lang, 'export.status.copyDenied');
  return translate(lang, 'export.status.copyError', { message: result.message });
}

/** Menu button (WAI-ARIA APG pattern) with the chart's export actions and a live status line. */
export function ExportMenu({ spec, getChartElement, lang, deck, now = () => new Date(), loadFont }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();
  const buttonId = useId();
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const items = spec.csvVariants
    ? ITEMS.flatMap((item) =>
        item.key === 'csv'
          ? spec.csvVariants!.map((v) => ({ key: `csv-${v.key}` as ActionKey, label: item.label, text: v.label }))
          : [item],
      )
    : ITEMS;

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setFocusIndex((index + items.length) % items.length);
    setOpen(true);
    void actions(); // fetched while the user picks an item; a failure shows on the action itself
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const fail = (error: unknown) =>
    setStatus(t('export.status.error', { message: error instanceof Error ? error.message : String(error) }));

  // Synchronous up to copyPngToClipboard: Safari only allows the clipboard write inside the click itself.
  const run = (key: ActionKey) => {
    close(true);
    const exportedAt = now();
    const saved = (blob: Blob, file: string) => {
      downloadBlob(blob, file);
      setStatus(t('export.status.saved', { file }));
    };
    if (key === 'csv') {
      saved(chartCsvBlob(spec, t('export.synthetic')), exportFileName(spec, 'csv', exportedAt));
      return;
    }
    const variant = spec.csvVariants?.find((v) => key === `csv-${v.key}`);
    if (variant) {
      saved(
        chartCsvBlob({ ...variant, synthetic: spec.synthetic }, t('export.synthetic')),
        exportFileName(spec, 'csv', exportedAt, variant.key),
      );
      return;
    }
    const chart = getChartElement();
    if (!chart) {
      setStatus(t('export.status.noChart'));
      return;
    }
    const src: ExportSource = { chart, spec, lang, exportedAt, ...(loadFont ? { loadFont } : {}) };
    setStatus(t('export.status.working'));
    switch (key) {
      case 'copy':
        void copyPngToClipboard(() => exportPng(src, '2x')).then((result) => setStatus(clipboardMessage(lang, result)));
        return;
      case 'svg':
        exportSvgMarkup(src)
          .then((markup) =>
            saved(new Blob([markup], { type: 'image/svg+xml' }), exportFileName(spec, 'svg', exportedAt)),
          )
          .catch(fail);
        return;
      case 'deck':
        exportDeckEntry(src)
          .then((entry) => {
            const store = deck ?? getDeckStore();
            store.add(entry);
            setStatus(t('export.status.added', { n: store.getSnapshot().items.length }));
          })
          .catch(fail);
        return;
      case 'png-1x':
      case 'png-2x':
      case 'png-slide':
        exportPng(src, PNG_PRESET[key])
          .then((png) => saved(png, exportFileName(spec, 'png', exportedAt, PNG_VARIANT[key])))
          .catch(fail);
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(items.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: -1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      openAt(target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="jiko-export" ref={rootRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="jiko-export__button link-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('export.menu.label', { title: spec.title })}
        data-testid="export-menu-button"
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {t('export.menu.button')}
      </button>
      {open && (
        <div id={menuId} role="menu" aria-labelledby={buttonId} className="jiko-export__menu" onKeyDown={onMenuKeyDown}>
          {items.map((item, i) => (
            <button
              key={item.key}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === focusIndex ? 0 : -1}
              className="jiko-export__item"
              data-testid={`export-item-${item.key}`}
              onClick={() => run(item.key)}
            >
              {item.text ?? t(item.label)}
            </button>
          ))}
        </div>
      )}
      <p role="status" aria-live="polite" className="jiko-export__status" data-testid="export-status">
        {status}
      </p>
    </div>
  );
}
