import { useEffect, useState } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { formatDateTimeJst } from '../../i18n/format.ts';

interface Frame {
  view: string;
  filters: string;
  period: string;
  sources: string[];
}

const EMPTY: Frame = { view: '', filters: '', period: '', sources: [] };
const textOf = (el: Element | null) => el?.textContent?.trim() ?? '';
/** Source lines carry their own "出典:" / "Source:"; the frame says it once. */
const SOURCE_PREFIX = /^(出典|sources?)\s*[:：]\s*/i;

/** What the printed page repeats at its top and bottom, read from the view on screen. */
function readFrame(main: Element): Frame {
  const sources = [...main.querySelectorAll('.chart-card__source, .case-sources a')]
    .map((el) => textOf(el).replace(SOURCE_PREFIX, ''))
    .filter(Boolean);
  return {
    view: textOf(main.querySelector('h2')),
    filters: textOf(main.querySelector('.chart-card__subtitle')),
    period: textOf(main.querySelector('.kpis__period')),
    sources: [...new Set(sources)].slice(0, 6),
  };
}

const same = (a: Frame, b: Frame) => JSON.stringify(a) === JSON.stringify(b);
const QUIET_MS = 200;

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\s+/g, ' ')}"`;
}

const BOX = "font-family: 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; font-size: 7.5pt; color: #333;";

/** @page margin boxes: Chromium prints them at the top and bottom of every page, clear of the content. */
export function printFrameCss(parts: { left: string; right: string; bottomLeft: string; bottomRight: string }): string {
  return [
    '@media print { @page {',
    `@top-left { content: ${cssString(parts.left)}; ${BOX} vertical-align: bottom; }`,
    `@top-right { content: ${cssString(parts.right)}; ${BOX} vertical-align: bottom; white-space: nowrap; }`,
    `@bottom-left { content: ${cssString(parts.bottomLeft)}; ${BOX} vertical-align: top; }`,
    `@bottom-right { content: ${cssString(parts.bottomRight)} " · " counter(page) " / " counter(pages); ${BOX} vertical-align: top; text-align: right; }`,
    '} }',
  ].join('\n');
}

/**
 * The running head and foot of a printed view, repeated on every page: the view, its filters and period, the
 * print date; the link that restores the view and the sources of what is on the page.
 */
export function PrintFrame() {
  const { t, lang } = useI18n();
  const [frame, setFrame] = useState<Frame>(EMPTY);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    // Read once the page has been quiet for a moment, not on every frame of a brush or a redraw: only print needs
    // it (beforeprint reads it again; a PDF made without that event gets the last quiet state).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = readFrame(main);
        setFrame((prev) => (same(prev, next) ? prev : next));
      }, QUIET_MS);
    };
    const observer = new MutationObserver(update);
    observer.observe(main, { subtree: true, childList: true, characterData: true });
    update();
    const onPrint = () => {
      setPrintedAt(new Date());
      setFrame(readFrame(main));
    };
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('beforeprint', onPrint);
    };
  }, []);
  const css = printFrameCss({
    left: [t('app.title'), frame.view, frame.filters, frame.period].filter(Boolean).join(' · '),
    right: t('print.printed', { date: formatDateTimeJst(printedAt, lang) }),
    bottomLeft: frame.sources.length ? t('print.sources', { sources: frame.sources.join(' / ') }) : '',
    bottomRight: window.location.href,
  });
  return <style data-testid="print-frame">{css}</style>;
}
