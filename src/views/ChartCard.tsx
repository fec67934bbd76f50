import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../state/i18n-context.ts';
import { holdInView } from '../lib/hold-in-view.ts';
import { PlotFigure } from '../charts/PlotFigure.tsx';
import { chartSummary } from '../charts/summary.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { LiveRegion } from './a11y/LiveRegion.tsx';
import { CopyLinkButton } from './controls/CopyLinkButton.tsx';
import type { ChartSpec } from '../charts/spec.ts';
import { DataTable } from './DataTable.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';

/**
 * A chart with everything that travels with it: title, subtitle (dataset, filters), notes, sources, the rows
 * behind it as a table, and the export menu.
 */
export function ChartCard({
  spec,
  onChartRender,
  children,
}: {
  spec: ChartSpec;
  /** Receives the rendered Plot element, e.g. to attach a brush. */
  onChartRender?: (el: Element) => void;
  /** Extra content between the chart and its caption (e.g. a brush hint). */
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const [chart, setChart] = useState<Element | null>(null);
  const summary = useMemo(() => chartSummary(spec, t, lang), [spec, t, lang]);
  const [url] = useUrlState();
  const target = url.params.chart === spec.id;
  const figRef = useRef<HTMLElement>(null);
  const drawn = chart !== null;
  useEffect(() => {
    // Once per link, when the chart is first drawn (a redraw at a new width does not scroll back to it).
    if (target && drawn && figRef.current) return holdInView(figRef.current);
  }, [target, drawn]);
  return (
    <figure
      ref={figRef}
      id={`chart-${spec.id}`}
      className={`chart-card${target ? ' is-target' : ''}`}
      data-testid={`chart-${spec.id}`}
      aria-labelledby={`title-${spec.id}`}
    >
      <header className="chart-card__head">
        <div>
          <h3 id={`title-${spec.id}`}>{spec.title}</h3>
          <p className="chart-card__subtitle">{spec.subtitle}</p>
        </div>
        <div className="chart-card__actions">
          <button type="button" className="link-button" onClick={() => setAsTable((v) => !v)}>
            {asTable ? t('common.hideTable') : t('common.showTable')}
          </button>
          <CopyLinkButton chartId={spec.id} chartTitle={spec.title} />
          <ExportMenu spec={spec} lang={lang} getChartElement={() => chart as SVGSVGElement | HTMLElement | null} />
        </div>
      </header>
      {asTable ? (
        <DataTable columns={spec.columns} rows={spec.rows} caption={spec.title} />
      ) : (
        <PlotFigure
          spec={spec}
          summary={summary}
          onRender={(el) => {
            setChart(el);
            onChartRender?.(el);
          }}
        />
      )}
      {children}
      <LiveRegion text={summary} testId={`live-${spec.id}`} />
      <figcaption>
        {spec.hints?.map((h) => (
          <p key={h} className="chart-card__hint">
            {h}
          </p>
        ))}
        {spec.notes.map((n) => (
          <p key={n} className="chart-card__note">
            {n}
          </p>
        ))}
        {spec.sources.map((s) => (
          <p key={s} className="chart-card__source" data-testid="chart-source">
            {s}
          </p>
        ))}
      </figcaption>
    </figure>
  );
}
