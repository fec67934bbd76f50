import { filtersToParams, type Filters } from '../query/report-filters.ts';

export interface RecordsDataset {
  id: string;
  synthetic: boolean;
  provenance: string;
  imported?: { name: string; fileName: string };
}

/**
 * The key-value metadata of an exported Parquet file: which dataset (synthetic data says so, an import names itself
 * "imported: <name>"), its provenance, the filters as URL parameters, and when. The CSV carries none of this
 * inside (a plain header row, so it re-imports); its file name says dataset and synthetic, and each row its
 * is_synthetic value.
 */
export function recordsMetadata(
  dataset: RecordsDataset,
  filters: Filters,
  exportedAt: Date,
  label: string,
): Record<string, string> {
  const params = Object.entries(filtersToParams(filters)).filter(([, v]) => v !== '');
  return {
    'jiko.dataset': dataset.id,
    'jiko.dataset_label': dataset.imported ? `imported: ${dataset.imported.name}` : label,
    'jiko.synthetic': String(dataset.synthetic),
    'jiko.provenance': dataset.provenance,
    'jiko.filters': new URLSearchParams(params).toString(),
    'jiko.exported_at': exportedAt.toISOString(),
  };
}
