import type * as Plot from '@observablehq/plot';

/** A column of the rows behind a chart, for "show as table" and CSV export. */
export interface SpecColumn {
  key: string;
  label: string;
}

/**
 * Everything a chart is, as data: drawn by <PlotFigure>, exported (SVG, PNG, clipboard, CSV, .pptx) and shown as
 * a table from the same description. Strings are already localised.
 */
export interface ChartSpec {
  /** Stable id, e.g. "cases-by-cause"; used for test ids and export file names. */
  id: string;
  title: string;
  /** Active filters and dataset, e.g. "公開記録 · 2008–2025年度". */
  subtitle: string;
  /** Source line(s) shown under the chart and in every export. */
  sources: string[];
  /** Caveats that must travel with the chart (partial coverage, series breaks, synthetic data). */
  notes: string[];
  /** True when any row comes from the synthetic sample: exports must say so. */
  synthetic: boolean;
  columns: SpecColumn[];
  rows: Record<string, unknown>[];
  /** Plot options without `document`; width/height are defaults that the figure may override. */
  plot: Plot.PlotOptions;
}
