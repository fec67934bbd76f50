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

/** A dataset's part of a file name: its id, or `imported-<name>` (letters of any script kept) for an import. */
export function datasetNamePart(dataset: { id: string; imported?: { name: string } }): string {
  if (!dataset.imported) return safeIdPart(dataset.id);
  const name = dataset.imported.name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `imported-${name || safeIdPart(dataset.id)}`;
}

/**
 * `jiko_records_<dataset>_<yyyymmdd>[_SYNTHETIC].<ext>`: the records under a report view's filters, named like
 * every other export (the dataset in the name, synthetic data marked).
 */
export function recordsFileName(
  dataset: { id: string; synthetic: boolean; imported?: { name: string } },
  ext: 'csv' | 'parquet',
  exportedAt: Date,
): string {
  const parts = ['jiko', 'records', datasetNamePart(dataset), jstDateStamp(exportedAt)];
  if (dataset.synthetic) parts.push('SYNTHETIC');
  return `${parts.join('_')}.${ext}`;
}
