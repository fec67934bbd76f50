import type { CellKey } from '../query/reports.ts';
import type { ChartContext } from './context.ts';

/** Report-level charts also know where a click on a mark leads: the drill-down of that cell, as a URL. */
export interface ReportChartContext extends ChartContext {
  drillHref: (cell: CellKey[]) => string;
  /** Source line for the dataset shown. */
  source: string;
  /** Caveats of the dataset shown (synthetic, partial), repeated on every chart. */
  datasetNotes: string[];
  /** The subtitle of the brushed chart itself: the period is highlighted there, not filtered. */
  highlightLabel?: string;
}
