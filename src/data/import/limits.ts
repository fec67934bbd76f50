/** Stated up front on the import page: what jiko reads before it refuses a file. */
export const IMPORT_LIMITS = {
  /** CSV/TSV and Parquet: the parsed cells of a larger file would not fit a tab's memory on a typical laptop. */
  textBytes: 200 * 1024 * 1024,
  parquetBytes: 200 * 1024 * 1024,
  /** .xlsx is unzipped and its XML parsed whole. */
  xlsxBytes: 30 * 1024 * 1024,
  rows: 2_000_000,
  columns: 100,
} as const;
