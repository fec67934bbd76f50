import { formatDateJst } from '../i18n/format.ts';

/** 20261123: the export day on the JST wall clock, whatever the machine's time zone. */
export function jstDateStamp(instant: Date): string {
  return formatDateJst(instant, 'ja').replace(/\D/g, '');
}

export function safeIdPart(s: string): string {
  return (
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'chart'
  );
}

/**
 * `jiko_<chart-id>_<yyyymmdd>[_<variant>][_SYNTHETIC].<ext>`. Provenance lives in the name, not inside the file,
 * so a CSV stays a plain table and a synthetic export is recognisable in any folder listing.
 */
export function exportFileName(
  chart: { id: string; synthetic: boolean },
  ext: string,
  exportedAt: Date,
  variant?: string,
): string {
  const parts = ['jiko', safeIdPart(chart.id), jstDateStamp(exportedAt)];
  if (variant) parts.push(safeIdPart(variant));
  if (chart.synthetic) parts.push('SYNTHETIC');
  return `${parts.join('_')}.${ext}`;
}

/** `jiko_deck_<yyyymmdd>[_SYNTHETIC].pptx` */
export function deckFileName(exportedAt: Date, synthetic: boolean): string {
  return exportFileName({ id: 'deck', synthetic }, 'pptx', exportedAt);
}
