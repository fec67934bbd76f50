import type * as Plot from '@observablehq/plot';
import type { NativeChart } from './native-chart.ts';

/** A column of the rows behind a chart, for "show as table" and CSV export. */
export interface SpecColumn {
  key: string;
  label: string;
}

/** Another CSV of a chart, offered next to the default one (e.g. the pivot wide as shown, and long). */
export interface CsvVariant {
  key: string;
  /** Menu label, localised. */
  label: string;
  columns: SpecColumn[];
  rows: Record<string, unknown>[];
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
  /** How to use the chart on screen (drag, click): shown under it, never exported. */
  hints?: string[];
  /** True when any row comes from the synthetic sample: exports must say so. */
  synthetic: boolean;
  columns: SpecColumn[];
  rows: Record<string, unknown>[];
  /** When set, the CSV menu offers these instead of `columns` / `rows`. */
  csvVariants?: CsvVariant[];
  /** The chart as a native PowerPoint chart, when it maps onto one (bars, stacked bars, lines). */
  native?: NativeChart;
  /**
   * A redraw of the same structure updates the drawn chart in place (charts/patch-in-place.ts) instead of
   * replacing it: only for charts without Plot interactions (tips, pointer) and without a brush on them.
   */
  drawInPlace?: boolean;
  /** Plot options without `document`; width/height are defaults that the figure may override. */
  plot: Plot.PlotOptions;
}
