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

/** What the printed page repeats at its top and bottom, read from the view on screen. */
function readFrame(main: Element): Frame {
  const sources = [...main.querySelectorAll('.chart-card__source, .case-sources a')].map(textOf).filter(Boolean);
  return {
    view: textOf(main.querySelector('h2')),
    filters: textOf(main.querySelector('.chart-card__subtitle')),
    period: textOf(main.querySelector('.kpis__period')),
    sources: [...new Set(sources)].slice(0, 6),
  };
}

const same = (a: Frame, b: Frame) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Shown only in print, fixed so Chromium repeats it on every page: the view, its filters and period, the link
 * that restores it, the print date, and the sources of what is on the page.
 */
export function PrintFrame() {
  const { t, lang } = useI18n();
  const [frame, setFrame] = useState<Frame>(EMPTY);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    let raf = 0;
    const update = () => {
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(() => setFrame((prev) => (same(prev, readFrame(main)) ? prev : readFrame(main))));
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
      cancelAnimationFrame(raf);
      window.removeEventListener('beforeprint', onPrint);
    };
  }, []);
  return (
    <div className="print-only print-frame" data-testid="print-frame">
      <div className="print-frame__head">
        <p>
          <strong>{t('app.title')}</strong> · {frame.view}
          {frame.filters && ` · ${frame.filters}`}
          {frame.period && ` · ${frame.period}`}
        </p>
        <p>{t('print.printed', { date: formatDateTimeJst(printedAt, lang) })}</p>
      </div>
      <div className="print-frame__foot">
        <p>{window.location.href}</p>
        {frame.sources.length > 0 && <p>{t('print.sources', { sources: frame.sources.join(' / ') })}</p>}
      </div>
    </div>
  );
}
