import { useState } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { formatHash, parseHash } from '../../state/url-state.ts';

/** The address of the current view; with a chart id, the view scrolled to that chart (`chart=` parameter). */
export function viewLink(href: string, chartId?: string): string {
  const url = new URL(href);
  const state = parseHash(url.hash);
  const params = { ...state.params };
  delete params.chart;
  if (chartId) params.chart = chartId;
  url.hash = formatHash({ ...state, params });
  return url.toString();
}

/** Copies a link that restores this exact view (and, for a chart, scrolls to it). */
export function CopyLinkButton({ chartId, chartTitle }: { chartId?: string; chartTitle?: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const copy = () => {
    const link = viewLink(window.location.href, chartId);
    const failed = () => setStatus(t('link.copyFailed', { url: link }));
    if (!navigator.clipboard?.writeText) return failed();
    navigator.clipboard.writeText(link).then(() => setStatus(t('link.copied')), failed);
  };
  return (
    <span className="copy-link">
      <button
        type="button"
        className="link-button"
        data-testid={chartId ? 'copy-chart-link' : 'copy-view-link'}
        aria-label={chartTitle ? t('link.copyChart', { title: chartTitle }) : undefined}
        onClick={copy}
      >
        {t('link.copy')}
      </button>
      <span className="copy-link__status" role="status" data-testid="copy-link-status">
        {status}
      </span>
    </span>
  );
}
